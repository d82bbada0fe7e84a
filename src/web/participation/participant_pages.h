// The participant's own pages for an edition (status, working group, links, their data and
// the request to be erased), the public participant list and the privacy notice.
#pragma once

#include <vector>

#include "web/participation/participation_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// GET /editions/{number}/me, GET /editions/{number}/me/data.json,
// POST /editions/{number}/me/erasure, GET /editions/{number}/participants and GET /privacy.
std::vector<Route> ParticipantRoutes(ParticipationStores& stores);

}  // namespace plenary::web
