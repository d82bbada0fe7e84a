// Registration through an invitation link (the token is the credential) and the
// participant's own edits until the deadline: the form, its refusals, the confirmation mail.
#pragma once

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response InvitationForm(RequestContext& ctx);      // GET /invitations/{token}
Response RegisterWithInvitation(RequestContext& ctx);  // POST /invitations/{token}
Response OwnRegistrationForm(RequestContext& ctx);  // GET /editions/{number}/registration
Response UpdateOwnRegistration(RequestContext& ctx);  // POST /editions/{number}/registration

}  // namespace plenary::web
