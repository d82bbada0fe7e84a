// The roles page of an edition (issue 12 item 9): who moderates, reports and takes notes in
// each working group, who is Lead Rapporteur, who chairs and speaks in each plenary session,
// and what is still to appoint. The secretariat appoints an accepted participant or anyone by
// e-mail; each appointment is mailed (mail/letters AppointmentLetter) and audited.
#pragma once

#include <vector>

#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/roles/appointment_store.h"
#include "store/series/edition_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct RoleStores {
  store::EditionStore& editions;
  store::RegistrationStore& registrations;  // the accepted participants to choose from
  store::InvitationStore& invitations;      // their addresses
  store::ProgrammeStore& programme;         // the plenary sessions
  store::AppointmentStore& appointments;
};

// GET  /manage/editions/{number}/roles
// POST /manage/editions/{number}/roles (appoint), /manage/editions/{number}/roles/remove
std::vector<Route> RoleRoutes(RoleStores& stores);

}  // namespace plenary::web
