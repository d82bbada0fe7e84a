// The participant's own pages for an edition (status, working group, links, their data and
// the request to be erased), the public participant list and the privacy notice.
#pragma once

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response ParticipantPage(RequestContext& ctx);     // GET /editions/{number}/me
Response MyDataJson(RequestContext& ctx);          // GET /editions/{number}/me/data.json
Response RequestErasure(RequestContext& ctx);      // POST /editions/{number}/me/erasure
Response PublicParticipants(RequestContext& ctx);  // GET /editions/{number}/participants
Response PrivacyNotice(RequestContext& ctx);       // GET /privacy

}  // namespace plenary::web
