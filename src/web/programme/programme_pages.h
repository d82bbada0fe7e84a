// The programme as people read it: the public page and its printable form, a participant's
// own programme with join links and a private calendar URL, and the feeds (iCalendar, frab
// XML and JSON, the API's JSON).
#pragma once

#include <vector>

#include "web/programme/programme_stores.h"
#include "web/server/router.h"

namespace plenary::web {

std::vector<Route> ProgrammeRoutes(ProgrammeStores& stores);

}  // namespace plenary::web
