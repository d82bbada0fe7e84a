// Partners and their focal points: the secretariat's list and edit forms, and each focal
// point's view of their own partner.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "domain/series/partner.h"
#include "web/series/series_stores.h"
#include "web/server/router.h"

namespace plenary::web {

std::vector<Route> PartnerRoutes(SeriesStores& stores);

// A route whose {partner} names a partner: loaded once, its id is the access target.
using PartnerHandler = std::function<Response(RequestContext&, const Partner&)>;
Route PartnerRoute(Method method, std::string pattern, Action action, store::PartnerStore& partners,
                   PartnerHandler handler);

}  // namespace plenary::web
