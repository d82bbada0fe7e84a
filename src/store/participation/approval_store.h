// The steering committee's approvals of an edition's accepted list. An approval records the
// accepted registrations as they stood (their ids, their count and a SHA-256 digest of the
// sorted ids), so the page can say whether the list has changed since, and how.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/enum_names.h"

#include <soci/soci.h>

#include "domain/participation/participation.h"

namespace plenary::store {

// A steering committee member's word on the list: approved, or asked for changes (with why).
enum class Verdict { kApproved, kChangesRequested };
extern const EnumNames<Verdict> kVerdictNames;

struct ListApproval {
  Id id = 0;
  Id edition_id = 0;
  std::optional<Id> account_id;
  std::string approver_name;  // the account's display name ("" when the account is gone)
  UtcSeconds at = 0;
  int accepted_count = 0;
  std::string accepted_digest;
  std::string comment;
  std::vector<Id> accepted_ids;  // sorted
  Verdict verdict = Verdict::kApproved;
};

// Hex SHA-256 of the ids sorted ascending, written as decimal numbers each followed by "\n".
std::string AcceptedDigest(std::vector<Id> ids);

// How the accepted list differs from an approval of it.
struct ApprovalDrift {
  std::vector<Id> added;    // accepted now, not when approved
  std::vector<Id> removed;  // accepted when approved, not now
  bool stale() const { return !added.empty() || !removed.empty(); }
};
ApprovalDrift DriftSince(const ListApproval& approval, std::vector<Id> accepted_now);

// Where the list stands with the steering committee: each member's latest word on the list as
// it is now (a word on an earlier list does not count). Approved when at least one member
// approved it and nobody's latest word on it asks for changes.
struct ListStanding {
  std::vector<ListApproval> approvals;        // on the current list, newest first
  std::vector<ListApproval> change_requests;  // on the current list, newest first
  bool approved() const { return !approvals.empty() && change_requests.empty(); }
};
ListStanding StandingOfList(const std::vector<ListApproval>& all_newest_first, const std::vector<Id>& accepted_now);

class ApprovalStore {
 public:
  explicit ApprovalStore(soci::connection_pool& pool) : pool_(pool) {}

  // Records a member's verdict on the accepted list as it stands, in the same transaction (so
  // what is recorded is exactly what was accepted at that moment: drafts included), with an
  // audit entry; returns it. A request for changes needs a comment (the caller checks).
  ListApproval Approve(Id edition_id, std::string_view comment, std::optional<Id> actor, UtcSeconds now,
                       Verdict verdict = Verdict::kApproved);
  // The edition's approvals, newest first.
  std::vector<ListApproval> List(Id edition_id);
  std::optional<ListApproval> Latest(Id edition_id);
  // The ids of the edition's registrations accepted as the list stands (a draft decision
  // counts), not erased, sorted.
  std::vector<Id> AcceptedIds(Id edition_id);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
