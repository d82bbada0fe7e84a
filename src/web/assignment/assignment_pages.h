// The working-group assignment of an edition (issue #4 §3): a solver run over the accepted
// registrations as a background job with its progress, the draft it stores (each group's
// members, shares by gender, region and sector, how many got which choice, why someone is not
// in their first choice), hand moves that recompute the objective and list every broken
// rule, and publishing (groups, grants and one e-mail per person whose group changed).
#pragma once

#include "web/server/http.h"
#include "web/server/jobs.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response AssignmentPage(RequestContext& ctx);     // GET  .../assignment[?job=JOB|?run=RUN]
Response RunAssignment(RequestContext& ctx);      // POST .../assignment
Response MoveParticipant(RequestContext& ctx);    // POST .../assignment/move
Response PublishAssignment(RequestContext& ctx);  // POST .../assignment/publish

// The "assignment" job: solves for the accepted registrations and stores a draft run; the
// result is "run=<id>".
Result<JobOutcome> RunAssignmentJob(Services& services, const store::Job& job, const JobProgress& progress);

}  // namespace plenary::web
