// The programme of an edition, the people who follow it, and their private calendar feeds.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/access.h"
#include "domain/programme/programme.h"
#include "store/core/outbox_store.h"

namespace plenary::store {

// Someone who takes part in an edition, with the working groups they belong to.
struct EditionMember {
  Id account_id = 0;
  std::string email;
  std::string display_name;
  std::string time_zone;  // "" when not set
  std::vector<Id> working_groups;
};

struct CalendarFeed {
  Id account_id = 0;
  Id edition_id = 0;
};

class ProgrammeStore {
 public:
  explicit ProgrammeStore(soci::connection_pool& pool) : pool_(pool) {}

  std::vector<ProgrammeSession> List(Id edition_id);
  std::optional<ProgrammeSession> Get(Id edition_id, Id session_id);
  // Saves and, in the same transaction, replaces the session's scheduled (not yet sent)
  // messages with `scheduled` (their reference is set to "session:ID").
  Id Create(const ProgrammeSession& session, const std::vector<OutgoingMail>& scheduled, std::optional<Id> actor);
  Status Update(const ProgrammeSession& session, const std::vector<OutgoingMail>& scheduled, std::optional<Id> actor);
  Status Delete(Id edition_id, Id session_id, std::optional<Id> actor);

  // Who follows the edition's programme (join links): role holders of the edition and its
  // groups, except people whose registration is not (yet) accepted.
  std::vector<EditionMember> Members(Id edition_id);

  void CreateFeed(std::string_view token_hash, Id account_id, Id edition_id);
  void RevokeFeeds(Id account_id, Id edition_id);
  std::optional<CalendarFeed> FindFeed(std::string_view token_hash);
  bool HasFeed(Id account_id, Id edition_id);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
