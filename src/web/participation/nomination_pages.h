// Nominations: the secretariat sets each partner's quota and asks the partners' focal points
// to nominate (each gets an account with a focal-point grant and a sign-in link that leads to
// the partner's nomination page); a focal point nominates officials of their own partner,
// each nominee receiving an invitation.
#pragma once

#include <vector>

#include "web/participation/participation_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// The secretariat's nominations overview, quotas and requests, and each partner's nomination
// page ({number} and {partner}: both loaded once; the access target is the pair, so that a
// focal point reaches only their own partner's nominations).
std::vector<Route> NominationRoutes(ParticipationStores& stores);

}  // namespace plenary::web
