// Background jobs: long work (a 1,000-row invitation import, a solver run) is queued by a
// request that answers at once, claimed by any app server's job worker with a conditional
// UPDATE, and reports progress the pages show. A job whose worker died (no progress for
// `stale_after` seconds) is claimed again; job handlers must therefore be resumable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/enum_names.h"
#include "domain/core/id.h"
#include "domain/core/zoned_time.h"

namespace plenary::store {

enum class JobStatus { kQueued, kRunning, kDone, kFailed };
std::string ToString(JobStatus status);
extern const EnumNames<JobStatus> kJobStatusNames;
// The work a job does; each kind has one handler (web/server/job_panel.h).
enum class JobKind { kInvitationImport, kSelection, kAssignment };
std::string ToString(JobKind kind);  // "invitation_import", "selection", "assignment"
std::optional<JobKind> JobKindFrom(std::string_view text);
extern const EnumNames<JobKind> kJobKindNames;

struct Job {
  Id id = 0;
  std::optional<Id> edition_id;
  JobKind kind = JobKind::kInvitationImport;
  JobStatus status = JobStatus::kQueued;
  int total_count = 0;
  int done_count = 0;
  std::string message;  // progress or failure text shown on the page
  std::string input;
  std::string result;
  UtcSeconds created_at = 0;
  std::optional<Id> created_by;
  std::optional<UtcSeconds> finished_at;
};

class JobStore {
 public:
  explicit JobStore(soci::connection_pool& pool) : pool_(pool) {}

  Id Enqueue(const Job& job);
  std::optional<Job> Get(Id id);
  // The newest jobs of a kind for an edition, newest first.
  std::vector<Job> Recent(Id edition_id, JobKind kind, int limit);
  // Claims the oldest queued job (or a running one whose claim went stale) for `worker`.
  std::optional<Job> ClaimNext(std::string_view worker, UtcSeconds now, int stale_after);
  // Progress; also refreshes the claim so a live job is not taken over.
  void Progress(Id id, int done, int total, std::string_view message);
  void Finish(Id id, std::string_view result, std::string_view message);
  void Fail(Id id, std::string_view message);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
