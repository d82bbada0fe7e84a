// The programme of an edition, the people who follow it, and their private calendar feeds.
#pragma once

#include <map>
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

// One publication of an edition's programme.
struct ProgrammePublication {
  UtcSeconds published_at = 0;  // 0: published as it stood when publishing became a step
  std::optional<Id> actor_id;
  int sessions = 0;
  int clashes = 0;              // clashes published with the override reason
  std::string override_reason;
};

struct CalendarFeed {
  Id account_id = 0;
  Id edition_id = 0;
};

class ProgrammeStore {
 public:
  explicit ProgrammeStore(soci::connection_pool& pool) : pool_(pool) {}

  // The draft: what the secretariat edits; nobody else sees it until it is published.
  std::vector<ProgrammeSession> List(Id edition_id);
  std::optional<ProgrammeSession> Get(Id edition_id, Id session_id);
  Id Create(const ProgrammeSession& session, std::optional<Id> actor);
  Status Update(const ProgrammeSession& session, std::optional<Id> actor);
  Status Delete(Id edition_id, Id session_id, std::optional<Id> actor);

  // The published programme: what the public pages, the feeds and people's own programmes show.
  std::vector<ProgrammeSession> ListPublished(Id edition_id);
  std::optional<ProgrammePublication> LastPublication(Id edition_id);
  // Publishes the draft as it stands, in one transaction: the published version replaced by
  // it; every session's scheduled (not yet sent) join-link messages, of the sessions published
  // before and now, replaced by `join_links` (session id -> messages; their reference is set to
  // "session:ID"); `notices` (the changes, to the people they affect) queued; the publication
  // recorded with `clashes` and the reason they were published anyway; the audit.
  Status Publish(Id edition_id, const std::map<Id, std::vector<OutgoingMail>>& join_links,
                 const std::vector<OutgoingMail>& notices, int clashes, std::string_view override_reason,
                 std::optional<Id> actor, UtcSeconds now);

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
