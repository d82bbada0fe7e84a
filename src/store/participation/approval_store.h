// The steering committee's approvals of an edition's accepted list. An approval records the
// accepted registrations as they stood (their ids, their count and a SHA-256 digest of the
// sorted ids), so the page can say whether the list has changed since, and how.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/participation/participation.h"

namespace plenary::store {

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

class ApprovalStore {
 public:
  explicit ApprovalStore(soci::connection_pool& pool) : pool_(pool) {}

  // Approves the accepted list as it stands in the same transaction (so what is recorded is
  // exactly what was accepted at that moment), with an audit entry; returns the approval.
  ListApproval Approve(Id edition_id, std::string_view comment, std::optional<Id> actor, UtcSeconds now);
  // The edition's approvals, newest first.
  std::vector<ListApproval> List(Id edition_id);
  std::optional<ListApproval> Latest(Id edition_id);
  // The ids of the edition's accepted registrations, sorted.
  std::vector<Id> AcceptedIds(Id edition_id);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
