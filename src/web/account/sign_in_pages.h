// Signing in with a password or a one-time link sent by e-mail, and signing out.
#pragma once

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response SignInForm(RequestContext& ctx);
Response SignIn(RequestContext& ctx);
Response RequestSignInLink(RequestContext& ctx);
Response SignInLinkConfirm(RequestContext& ctx);
Response SignInWithLink(RequestContext& ctx);
Response SignOut(RequestContext& ctx);

// Starts a session for the account: a fresh token (no fixation), HttpOnly, SameSite=Lax,
// Secure behind TLS. Used by every way of signing in.
void StartSession(RequestContext& ctx, Response& response, Id account_id);

// A one-time sign-in link for the account, valid for the configured time; the raw token is
// only in the returned URL. With `mail_to`, the link is e-mailed in the same transaction.
// `next`: a local path the link leads to after signing in (ignored unless SafeNext accepts it).
std::string IssueSignInLink(Services& services, const store::Account& account, bool send_mail,
                            const std::string& next = "");

}  // namespace plenary::web
