// The secretariat builds the programme: sessions with their times, rooms, people and
// questions; the clashes to fix before publishing are listed above the sessions.
#pragma once

#include <optional>

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response ManageProgramme(RequestContext& ctx);
Response AddSession(RequestContext& ctx);
Response EditSessionForm(RequestContext& ctx);
Response UpdateSession(RequestContext& ctx);
Response DeleteSession(RequestContext& ctx);

}  // namespace plenary::web
