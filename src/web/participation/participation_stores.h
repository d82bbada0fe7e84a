// The stores the participation pages use (invitations, nominations, registrations, the
// participant's pages, erasure, applications and their approval, the invitation import job);
// built by src/app.
#pragma once

#include "store/core/account_store.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "store/participation/approval_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"

namespace plenary::web {

struct ParticipationStores {
  store::SeriesStore& series;  // the series' name, for the import job's messages
  store::EditionStore& editions;
  store::PartnerStore& partners;
  store::AccountStore& accounts;
  store::InvitationStore& invitations;
  store::RegistrationStore& registrations;
  store::ApprovalStore& approvals;
  store::JobStore& jobs;
  store::OutboxStore& outbox;
};

}  // namespace plenary::web
