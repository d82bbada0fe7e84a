// The secretariat's side of erasure: the requests of an edition and completing one.
#pragma once

#include <optional>

#include "domain/core/access.h"
#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response ErasureRequests(RequestContext& ctx);   // GET /manage/editions/{number}/erasures
Response CompleteErasure(RequestContext& ctx);   // POST /manage/editions/{number}/erasures/{erasure}: a registration id

}  // namespace plenary::web
