// The selection of an edition's participants (issue #4 §3): the rules form and the
// secretariat's scores, a selection run as a background job with its progress, the result
// with charts of the selection against the pool (or the engine's suggested relaxations), and
// applying it through RegistrationStore::Decide after a confirmation.
#pragma once

#include <string_view>
#include <vector>

#include "domain/core/clock.h"
#include "domain/participation/participation.h"
#include "domain/series/edition.h"
#include "web/selection/selection_stores.h"
#include "web/server/job_panel.h"
#include "web/server/router.h"

namespace plenary::web {

// The places the working groups hold together (the default number to select).
int Capacity(const Edition& edition);
// The registrations a selection chooses from: every one not erased, in id order.
std::vector<Registration> Pool(SelectionStores& stores, const Edition& edition);

// The lottery among equal scores: `pool` in the order of the SHA-256 of engine::LotteryText(seed,
// id), lowest first (the engine prefers the earlier of equal scores).
void OrderByLottery(std::vector<Registration>& pool, std::string_view seed);

// GET  /manage/editions/{number}/selection[?run=JOB]
// POST /manage/editions/{number}/selection (run), .../selection/scores, .../selection/apply
std::vector<Route> SelectionRoutes(SelectionStores& stores);

// The handler of store::JobKind::kSelection: input is the rules form as key=value lines; the
// result lists the selected registration ids (engine::EncodeSelectionRun).
JobHandler SelectionJobHandler(SelectionStores& stores, const Clock& clock);

}  // namespace plenary::web
