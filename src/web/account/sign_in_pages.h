// Signing in with a password or a one-time link sent by e-mail, and signing out.
#pragma once

#include <string>
#include <vector>

#include "store/core/account_store.h"
#include "web/account/account_stores.h"
#include "web/server/router.h"

namespace plenary::web {

std::vector<Route> SignInRoutes(AccountStores& stores);

// Starts a session for the account: a fresh token (no fixation), HttpOnly, SameSite=Lax,
// Secure behind TLS. Used by every way of signing in.
// `by_link`: begun with a one-time link (sign-in or invitation), not a password; such a session
// may set a new password without the old one for a few minutes (my_page.cc).
void StartSession(RequestContext& ctx, Response& response, store::AccountStore& accounts, Id account_id,
                  bool by_link);

// Whether IssueSignInLink mails the link (in the same transaction) or only returns it (for a
// command that prints it).
enum class SignInMail { kReturnOnly, kSend };

// A one-time sign-in link for the account, valid for the configured time from `now`; the raw
// token is only in the returned URL. `next`: a local path the link leads to after signing in
// (ignored unless it is a safe local path).
std::string IssueSignInLink(store::AccountStore& accounts, const WebConfig& config, UtcSeconds now,
                            const store::Account& account, SignInMail mail, const std::string& next = "");

}  // namespace plenary::web
