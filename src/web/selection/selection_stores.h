// The stores the selection pages and the selection job use; built by src/app.
#pragma once

#include "store/core/account_store.h"
#include "store/core/job_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/selection/selection_store.h"
#include "store/series/edition_store.h"

namespace plenary::web {

struct SelectionStores {
  store::EditionStore& editions;
  store::RegistrationStore& registrations;
  store::InvitationStore& invitations;  // which registrations are nominated officials
  store::SelectionStore& selection;     // the secretariat's scores
  store::JobStore& jobs;
  store::AccountStore& accounts;  // the addresses the decision mails go to
};

}  // namespace plenary::web
