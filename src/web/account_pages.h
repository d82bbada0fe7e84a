// The signed-in person's own page and the secretariat's audit log.
#pragma once

#include "web/http.h"
#include "web/request_context.h"

namespace plenary::web {

Response MyPage(RequestContext& ctx);
Response SetPassword(RequestContext& ctx);
Response SetTimeZone(RequestContext& ctx);
Response AuditLogPage(RequestContext& ctx);

}  // namespace plenary::web
