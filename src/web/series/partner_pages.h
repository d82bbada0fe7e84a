// Partners and their focal points: the secretariat's list and edit forms, and each focal
// point's view of their own partner.
#pragma once

#include <optional>

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response PartnersPage(RequestContext& ctx);
Response PartnerPage(RequestContext& ctx);
Response AddPartnerContact(RequestContext& ctx);
Response UpdatePartnerContact(RequestContext& ctx);
Response RemovePartnerContact(RequestContext& ctx);

std::optional<AccessTarget> PartnerTarget(RequestContext& ctx);

}  // namespace plenary::web
