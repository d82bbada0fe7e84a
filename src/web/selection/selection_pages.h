// The selection of an edition's participants (issue #4 §3): the rules form and the
// secretariat's scores, a selection run as a background job with its progress, the result
// with charts of the selection against the pool (or the engine's suggested relaxations), and
// applying it through RegistrationStore::Decide after a confirmation.
#pragma once

#include "web/server/http.h"
#include "web/server/jobs.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response SelectionPage(RequestContext& ctx);     // GET  /manage/editions/{number}/selection[?run=JOB]
Response RunSelection(RequestContext& ctx);      // POST /manage/editions/{number}/selection
Response SaveScores(RequestContext& ctx);        // POST /manage/editions/{number}/selection/scores
Response ApplySelection(RequestContext& ctx);    // POST /manage/editions/{number}/selection/apply

// The "selection" job: input is the rules form as key=value lines; the result lists the
// selected registration ids (see selection_pages.cc for the format).
Result<JobOutcome> RunSelectionJob(Services& services, const store::Job& job, const JobProgress& progress);

}  // namespace plenary::web
