// One invitation link and the message that carries it, composed in one place for every way an
// invitation is sent: the secretariat's form, the bulk import, a resend and a nomination. The
// link holds a fresh random token; only its SHA-256 is stored.
#pragma once

#include <string>

#include "domain/core/status.h"
#include "domain/participation/participation.h"
#include "domain/series/edition.h"
#include "store/participation/invitation_store.h"
#include "web/server/web_config.h"

namespace plenary::web {

// When a link sent at `now` stops working: after the configured days, but never after the
// edition's registration deadline when it has one.
UtcSeconds InvitationExpiry(const WebConfig& config, const Edition& edition, UtcSeconds now);

// Invitations are sent until the registration deadline (when there is one); after it a link
// would arrive already expired, so sending is refused with the deadline in the edition's zone.
Status CheckInvitationsOpen(const Edition& edition, UtcSeconds now);

struct ComposedInvitation {
  std::string token;  // goes only into the link
  std::string link;   // <base_url>/invitations/<token>
  store::NewInvitation stored;  // invitation (with expires_at), token hash and message
};

// `invitation` names the person (e-mail, name, sector, ...); its expiry is set here.
ComposedInvitation ComposeInvitation(const WebConfig& config, const Edition& edition, std::string_view series_name,
                                     Invitation invitation, UtcSeconds now);

}  // namespace plenary::web
