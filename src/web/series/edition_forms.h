// The secretariat's pages for editions: the dashboard, creating and editing an edition with
// its working groups, and uploading the background paper.
#pragma once

#include <vector>

#include "web/series/series_stores.h"
#include "web/server/router.h"

namespace plenary::web {

std::vector<Route> EditionFormRoutes(SeriesStores& stores);

}  // namespace plenary::web
