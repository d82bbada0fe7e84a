// Background jobs as the pages see them (selection and assignment runs, invitation imports):
// the kinds, their handlers (run by app/job_worker.h on whichever app server claims a job),
// queuing one for an edition, and the one panel (job_panel.tpl) that shows a job's progress,
// failure or outcome on any page.
#pragma once

#include <ctemplate/template.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "domain/core/status.h"
#include "store/core/job_store.h"
#include "web/server/request_context.h"

namespace plenary::web {

using JobProgress = std::function<void(int done, int total, std::string_view message)>;

struct JobOutcome {
  std::string result;   // kept in jobs.result (JSON or text) for the result page
  std::string message;  // one line for the panel ("1,000 invitations sent.")
};

// A handler reports progress as it goes and returns what the panel shows; it may be run again
// after a crash, so it must skip the work a previous run already committed.
using JobHandler = std::function<Result<JobOutcome>(const store::Job& job, const JobProgress& progress)>;
using JobHandlers = std::map<store::JobKind, JobHandler>;

// Queues a job of `kind` for an edition on behalf of the signed-in user; `total` is the count
// its progress bar runs to when known beforehand (0: the handler reports it).
Id EnqueueEditionJob(store::JobStore& jobs, const RequestContext& ctx, Id edition_id, store::JobKind kind,
                     std::string input, int total = 0);

struct JobPanel {
  std::string heading;      // "Selection run 12"
  std::string unit;         // what the progress counts ("invitations", "seconds"); "" shows no bar
  std::string page_url;     // the page the panel is on, to stop or resume its updating
  std::string failed_note;  // what a failure means for the data; "" when nothing needs saying
  std::string result_template;  // shown inside the panel (filled by the page); "" for none
};

// Fills the JOB_PANEL include of `page` with `job` (times in `zone`) and returns the
// dictionary of its JOB_RESULT include, for the page to fill (nullptr without a result template).
ctemplate::TemplateDictionary* FillJobPanel(ctemplate::TemplateDictionary& page, const RequestContext& ctx,
                                            const store::Job& job, std::string_view zone, const JobPanel& panel);

}  // namespace plenary::web
