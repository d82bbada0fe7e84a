// The signed-in person's own page and the secretariat's audit log.
#pragma once

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response MyPage(RequestContext& ctx);
Response SetPassword(RequestContext& ctx);
Response SetTimeZone(RequestContext& ctx);
Response AuditLogPage(RequestContext& ctx);

}  // namespace plenary::web
