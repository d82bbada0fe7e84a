// The working-group assignment of an edition (issue #4 §3): a solver run over the accepted
// registrations as a background job with its progress, the draft it stores (each group's
// members, shares by gender, region and sector, how many got which choice, why someone is not
// in their first choice), hand moves that recompute the objective and list every broken
// rule, and publishing (groups, grants and one e-mail per person whose group changed).
#pragma once

#include <vector>

#include "domain/core/clock.h"
#include "web/assignment/assignment_stores.h"
#include "web/server/job_panel.h"
#include "web/server/router.h"

namespace plenary::web {

// GET  /manage/editions/{number}/assignment[?job=JOB|?run=RUN]
// POST /manage/editions/{number}/assignment (run), .../assignment/move, .../assignment/publish
std::vector<Route> AssignmentRoutes(AssignmentStores& stores);

// The handler of store::JobKind::kAssignment: solves for the accepted registrations and stores
// a draft run (created at `clock`'s time); the result is "run=<id>".
JobHandler AssignmentJobHandler(AssignmentStores& stores, const Clock& clock);

}  // namespace plenary::web
