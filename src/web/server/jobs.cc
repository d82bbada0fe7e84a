#include "web/server/jobs.h"

#include <utility>

#include "web/assignment/assignment_pages.h"
#include "web/participation/invitation_pages.h"
#include "web/selection/selection_pages.h"

namespace plenary::web {

const std::map<std::string, JobHandler, std::less<>>& JobHandlers() {
  static const std::map<std::string, JobHandler, std::less<>> kHandlers = {
      {"selection", RunSelectionJob},
      {"assignment", RunAssignmentJob},
      {"invitation_import", RunInvitationImport},
  };
  return kHandlers;
}

Id EnqueueEditionJob(RequestContext& ctx, Id edition_id, std::string kind, std::string input,
                     int total) {
  store::Job job;
  job.edition_id = edition_id;
  job.kind = std::move(kind);
  job.input = std::move(input);
  job.total_count = total;
  job.message = "Waiting for the job worker.";
  job.created_by = ctx.ActorId();
  return ctx.services.jobs.Enqueue(job);
}

}  // namespace plenary::web
