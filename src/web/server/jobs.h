// The background work the pages start (a bulk invitation import, a solver run): each job kind
// has one handler, run by the job worker (app/job_worker.h) on whichever app server claims it.
// A handler reports progress as it goes and returns what the result page shows; a handler may
// be run again after a crash, so it must skip the work a previous run already committed.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "domain/core/status.h"
#include "store/core/job_store.h"
#include "web/server/request_context.h"
#include "web/server/services.h"

namespace plenary::web {

using JobProgress = std::function<void(int done, int total, std::string_view message)>;

struct JobOutcome {
  std::string result;   // kept in jobs.result (JSON or text) for the result page
  std::string message;  // one line for the progress page ("1,000 invitations sent.")
};

using JobHandler = Result<JobOutcome> (*)(Services& services, const store::Job& job, const JobProgress& progress);

// Every job kind and its handler (web/jobs.cc).
const std::map<std::string, JobHandler, std::less<>>& JobHandlers();

// Queues a job of `kind` for an edition on behalf of the signed-in user; `total` is the count
// its progress bar runs to when known beforehand (0: the handler reports it).
Id EnqueueEditionJob(RequestContext& ctx, Id edition_id, std::string kind, std::string input,
                     int total = 0);

}  // namespace plenary::web
