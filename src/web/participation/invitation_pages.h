// The secretariat's invitations to an edition: the list with each invitation's state, the
// form to invite one person, resend and revoke, and the CSV import (checked and previewed,
// then run as a background job whose progress page refreshes itself).
#pragma once

#include "web/server/http.h"
#include "web/server/jobs.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response InvitationsPage(RequestContext& ctx);
Response InviteOne(RequestContext& ctx);
Response ResendInvitation(RequestContext& ctx);
Response RevokeInvitation(RequestContext& ctx);
Response PreviewInvitationImport(RequestContext& ctx);
Response ConfirmInvitationImport(RequestContext& ctx);
// The progress and outcome of one of the edition's background jobs.
Response EditionJobPage(RequestContext& ctx);

// The "invitation_import" job: creates the file's invitations in batches with their mails,
// skipping addresses already invited (so a re-run after a crash carries on where it stopped).
Result<JobOutcome> RunInvitationImport(Services& services, const store::Job& job, const JobProgress& progress);

// The partner countries an invitee's country may be (by the partner's name).
std::vector<std::string> PartnerCountries(Services& services);

}  // namespace plenary::web
