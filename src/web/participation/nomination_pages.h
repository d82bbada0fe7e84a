// Nominations: the secretariat sets each partner's quota and asks the partners' focal points
// to nominate (each gets an account with a focal-point grant and a sign-in link that leads to
// the partner's nomination page); a focal point nominates officials of their own partner,
// each nominee receiving an invitation.
#pragma once

#include <optional>

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response NominationsOverview(RequestContext& ctx);
Response SetNominationQuota(RequestContext& ctx);
// Asks every partner not asked yet whose government quota is open; AskPartnerAgain asks the
// one partner in {partner} again (a new sign-in link for each of its focal points).
Response AskPartnersToNominate(RequestContext& ctx);
Response AskPartnerAgain(RequestContext& ctx);

// {number} and {partner}: the edition and the partner whose nominations they are.
std::optional<AccessTarget> NominationTarget(RequestContext& ctx);
Response PartnerNominationsPage(RequestContext& ctx);
Response NominateOfficial(RequestContext& ctx);

}  // namespace plenary::web
