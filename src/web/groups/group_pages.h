// The closed-door working group's space (issue 15 item 1): for its published members, its
// moderator, rapporteurs and note-takers, and the secretariat. Anyone else signed in gets 404
// (the router hides closed-door routes: their existence is not confirmed); a signed-out visitor
// is asked to sign in, for any group number alike.
#pragma once

#include <vector>

#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/roles/appointment_store.h"
#include "store/series/edition_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct GroupStores {
  store::EditionStore& editions;            // the group, its topic and questions, the paper
  store::RegistrationStore& registrations;  // the members (accepted, placed in the group)
  store::ProgrammeStore& programme;         // the group's published sessions
  store::AppointmentStore& appointments;    // its moderator, rapporteurs and note-takers
};

// GET /editions/{number}/groups/{group}
std::vector<Route> GroupRoutes(GroupStores& stores);

}  // namespace plenary::web
