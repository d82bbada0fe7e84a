// The signed-in person's own page: what they must do next in each edition, for every role they
// hold (issue 12 item 9: the secretariat's next phase step, the steering committee's approval,
// a focal point's nominations, an applicant's or participant's registration, a rapporteur's
// draft and its due date, a chair's session), their account (password, time zone) and their
// roles. It spans every feature, so it lives here.
#pragma once

#include <vector>

#include "domain/series/phase.h"
#include "store/core/account_store.h"
#include "store/participation/invitation_store.h"
#include "store/programme/programme_store.h"
#include "store/roles/appointment_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct MyPageStores {
  store::AccountStore& accounts;
  store::EditionStore& editions;
  store::PartnerStore& partners;
  store::RegistrationStore& registrations;
  store::InvitationStore& invitations;     // a focal point's nominations and quota
  store::ProgrammeStore& programme;        // the sessions a chair or speaker holds
  store::AppointmentStore& appointments;
  const PhaseFactsOf& phase_facts;         // the secretariat's next step
};

std::vector<Route> MyPageRoutes(MyPageStores& stores);

}  // namespace plenary::web
