// An edition's phases (issue 12 item 1): the facts every feature contributes to the next step's
// preconditions, and the secretariat's step to the next phase after a confirmation that says
// what will happen. The edition's hub (web/series) shows the phase and what the step needs.
#pragma once

#include <vector>

#include "domain/series/phase.h"
#include "store/assignment/assignment_store.h"
#include "store/participation/approval_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/series/edition_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct LifecycleStores {
  store::EditionStore& editions;
  store::RegistrationStore& registrations;
  store::ApprovalStore& approvals;
  store::ProgrammeStore& programme;
  store::AssignmentStore& assignments;
};

PhaseFacts GatherPhaseFacts(LifecycleStores& stores, const Edition& edition);

std::vector<Route> PhaseRoutes(LifecycleStores& stores);

}  // namespace plenary::web
