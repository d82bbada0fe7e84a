// The secretariat's invitations to an edition: the list with each invitation's state, the
// form to invite one person, resend and revoke, and the CSV import (checked and previewed,
// then run as a background job whose progress page refreshes itself).
#pragma once

#include <string>
#include <vector>

#include "domain/core/clock.h"
#include "store/series/partner_store.h"
#include "web/participation/participation_stores.h"
#include "web/server/job_panel.h"
#include "web/server/router.h"
#include "web/server/web_config.h"

namespace plenary::web {

// The invitations pages and the page of one of the edition's background jobs.
std::vector<Route> InvitationRoutes(ParticipationStores& stores);

// The "invitation_import" job: creates the file's invitations in batches with their mails,
// skipping addresses already invited (so a re-run after a crash carries on where it stopped).
// Links expire from `clock`'s time when the batch is composed; `config` gives the base URL.
JobHandler InvitationImportJobHandler(ParticipationStores& stores, const WebConfig& config, const Clock& clock);

// The partner countries of the series an invitee's country may be (by the partner's name).
std::vector<std::string> PartnerCountries(store::PartnerStore& partners, Id series_id);

}  // namespace plenary::web
