// Registration through an invitation link (the token is the credential) and the
// participant's own edits until the deadline: the form, its refusals, the confirmation mail.
#pragma once

#include <vector>

#include "web/participation/participation_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// GET and POST /invitations/{token}; GET and POST /editions/{number}/registration.
std::vector<Route> RegistrationRoutes(ParticipationStores& stores);

}  // namespace plenary::web
