// The secretariat's side of erasure: the requests of an edition and completing one.
#pragma once

#include <vector>

#include "web/participation/participation_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// GET /manage/editions/{number}/erasures and
// POST /manage/editions/{number}/erasures/{erasure} ({erasure}: a registration id).
std::vector<Route> ErasureRoutes(ParticipationStores& stores);

}  // namespace plenary::web
