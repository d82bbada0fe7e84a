// Pages anyone can read: the series home with its archive, each edition's page, and (for
// those who take part) the background paper.
#pragma once

#include <vector>

#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct PublicStores {
  store::SeriesStore& series;
  store::EditionStore& editions;
};

std::vector<Route> PublicRoutes(PublicStores& stores);

}  // namespace plenary::web
