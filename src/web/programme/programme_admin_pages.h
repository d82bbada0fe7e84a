// The secretariat builds the programme: sessions with their times, rooms, people and
// questions; the clashes to fix before publishing are listed above the sessions.
#pragma once

#include <vector>

#include "web/programme/programme_stores.h"
#include "web/server/router.h"

namespace plenary::web {

std::vector<Route> ProgrammeAdminRoutes(ProgrammeStores& stores);

}  // namespace plenary::web
