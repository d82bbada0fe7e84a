// Working-group assignment runs of an edition (migration V005): the solver's result kept as a
// draft, hand moves on it, and publishing it to the registrations with the group_member
// grants and the mail that tells each participant their group, all in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/status.h"
#include "domain/series/edition.h"
#include "store/core/outbox_store.h"

namespace plenary::store {

enum class RunStatus { kDraft, kPublished };
extern const EnumNames<RunStatus> kRunStatusNames;

struct AssignmentRun {
  Id id = 0;
  Id edition_id = 0;
  std::optional<Id> job_id;
  UtcSeconds created_at = 0;
  std::optional<Id> created_by;
  int64_t objective = 0;
  int64_t lower_bound = 0;
  bool proven_optimal = false;
  RunStatus status = RunStatus::kDraft;
  std::optional<UtcSeconds> published_at;
};

struct AssignmentMember {
  Id registration_id = 0;
  Id working_group_id = 0;
  friend bool operator==(const AssignmentMember&, const AssignmentMember&) = default;
};

// One participant whose published group changes: the new group, the one they leave (its
// group_member grant is withdrawn) and the message telling them.
struct Placement {
  Id registration_id = 0;
  std::optional<Id> account_id;
  Id working_group_id = 0;
  std::optional<Id> previous_group;
  std::optional<OutgoingMail> mail;
};

class AssignmentStore {
 public:
  explicit AssignmentStore(soci::connection_pool& pool) : pool_(pool) {}

  // Stores a draft with its members. A job run again after a crash finds the run it already
  // saved (run.job_id is unique) and gets its id back without a second copy.
  Id SaveDraft(const AssignmentRun& run, const std::vector<AssignmentMember>& members);
  std::optional<AssignmentRun> Get(Id edition_id, Id run_id);
  std::optional<AssignmentRun> ForJob(Id job_id);
  std::optional<AssignmentRun> Latest(Id edition_id);
  // In registration id order.
  std::vector<AssignmentMember> Members(Id run_id);
  // A hand move: the member's group and the run's recomputed objective; the run is a draft
  // again until published. NotFound when the person is not in the run.
  Status Move(Id edition_id, Id run_id, Id registration_id, Id working_group_id, int64_t objective,
              std::optional<Id> actor);
  // Sets every placement's registrations.working_group_id, moves its group_member grant from
  // the previous group to the new one, queues its mail, and marks the run published.
  Status Publish(Id edition_id, Id run_id, const std::vector<Placement>& placements, std::optional<Id> actor);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
