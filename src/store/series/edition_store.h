// Editions, their topics, organisers, working groups and documents.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/status.h"
#include "domain/series/edition.h"

namespace plenary::store {

struct Document {
  Id id = 0;
  Id edition_id = 0;
  std::string kind;  // "background_paper"
  std::string filename;
  std::string content_type;
  std::string sha256;
  std::string content;
  UtcSeconds uploaded_at = 0;
};

struct DocumentInfo {
  std::string filename;
  long long size_bytes = 0;
  UtcSeconds uploaded_at = 0;
};

class EditionStore {
 public:
  explicit EditionStore(soci::connection_pool& pool) : pool_(pool) {}

  // Newest first, with topics but without working groups.
  std::vector<Edition> List(Id series_id);
  std::optional<Edition> Get(Id series_id, int number);
  // The same, found by its id (grants and feeds refer to editions by id).
  std::optional<Edition> GetById(Id edition_id);

  // Conflict when the number is taken. The audit entry is written in the same transaction.
  Result<Id> Create(const Edition& edition, std::optional<Id> actor);
  // Conflict when `edition.version` is not the stored version (someone else saved first) or
  // when the new number is taken. Working groups are matched by id (0: a new group); a stored
  // group missing from `edition` is removed, and whatever refers to it (its members, sessions
  // and appointed people) moves to the group `moves` names for it, in the same transaction. A
  // group in use without a move refuses the whole update: nothing is ever orphaned.
  Status Update(const Edition& edition, std::optional<Id> actor, const std::map<Id, Id>& moves = {});
  // What refers to a working group: who is in it, its sessions, who holds a role in it.
  struct GroupUse {
    std::vector<std::string> members;   // full names of the registrations placed in it
    std::vector<std::string> sessions;  // titles of its programme sessions
    std::vector<std::string> roles;     // "Demo Moderator (moderator)"
    bool empty() const { return members.empty() && sessions.empty() && roles.empty(); }
  };
  GroupUse UseOf(Id working_group_id);
  // Moves the edition from phase `from` to `to` (the caller checked the step's preconditions);
  // refused when the edition is no longer in `from` (someone moved it meanwhile). Audited.
  Status SetPhase(Id edition_id, EditionPhase from, EditionPhase to, std::optional<Id> actor, UtcSeconds now);

  Status SaveDocument(const Document& document, std::optional<Id> actor);
  std::optional<Document> GetDocument(Id edition_id, std::string_view kind);
  std::optional<DocumentInfo> DocumentInfoOf(Id edition_id, std::string_view kind);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
