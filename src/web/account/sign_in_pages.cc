#include "web/account/sign_in_pages.h"

#include "domain/core/text.h"
#include "mail/letters.h"
#include "store/core/credentials.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr int kAttemptWindowSeconds = 15 * 60;
constexpr const char* kSessionCookie = "plenary_session";

// Only local paths, so the sign-in form cannot be used to send people elsewhere: one leading
// slash, no backslash, no control characters or spaces, of a sensible length.
std::string SafeNext(const std::string& next) {
  if (next.size() < 2 || next.size() > 512 || next[0] != '/' || next[1] == '/') return "";
  for (unsigned char c : next) {
    if (c <= ' ' || c == 0x7F || c == '\\') return "";
  }
  return next;
}

Response Form(RequestContext& ctx, const std::string& email, const std::string& next, const FormState& form,
              const std::string& notice = "") {
  const auto& errors = form.errors;
  return RenderPage(ctx, "sign_in.tpl", "Sign in", [&](ctemplate::TemplateDictionary& d) {
    SetFormField(d, "EMAIL", email, errors, "email", "email");
    SetFormField(d, "PASSWORD", "", errors, "password", "password");
    SetFormField(d, "LINK_EMAIL", "", errors, "link_email", "link_email");
    SetErrorSummary(d, errors, [](const std::string& f) { return f; });
    d.SetValue("NEXT", next);
    if (!notice.empty()) d.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);
  }, form.status);
}

std::vector<store::AttemptLimit> Limits(const RequestContext& ctx, const std::string& email) {
  return {{"email:" + email, ctx.config.max_failed_signins_per_email},
          {"ip:" + ctx.request.client_address, ctx.config.max_failed_signins_per_address}};
}

// Counts this attempt against the account and the address, or refuses it when either has had
// its most in the window: checked and counted at once (store::AccountStore::TakeAttempt).
bool TakeAttempt(RequestContext& ctx, store::AccountStore& accounts, const std::string& email) {
  return accounts.TakeAttempt(Limits(ctx, email), ctx.Now() - kAttemptWindowSeconds, ctx.Now());
}

// A password hash for accounts that have none, or do not exist: checking against it takes as
// long as checking a real one, so the answer's time does not tell who has an account.
const std::string& StandInHash() {
  static const std::string hash = store::HashPassword(store::RandomToken());
  return hash;
}

std::string LandingFor(const Principal& p) {
  return Can(p, Action::kViewManagement) ? "/manage" : "/me";
}

}  // namespace

void StartSession(RequestContext& ctx, Response& response, store::AccountStore& accounts, Id account_id,
                  bool by_link) {
  const std::string token = store::RandomToken();
  const auto now = ctx.Now();
  accounts.PurgeExpired(now);
  const auto expires = now + ctx.config.session_hours * 3600LL;
  accounts.CreateSession(store::Sha256Hex(token), {account_id, store::RandomToken(), expires, now, by_link});
  response.cookies.push_back({kSessionCookie, token, ctx.config.session_hours * 3600});
}

std::string IssueSignInLink(store::AccountStore& accounts, const WebConfig& config, UtcSeconds now,
                            const store::Account& account, SignInMail send, const std::string& next) {
  const std::string token = store::RandomToken();
  const std::string safe_next = SafeNext(next);
  const std::string url = config.base_url + "/sign-in/link?token=" + token +
                          (safe_next.empty() ? "" : "&next=" + UrlEncode(safe_next));
  const auto expires = now + config.signin_link_minutes * 60LL;
  std::optional<store::OutgoingMail> message;
  if (send == SignInMail::kSend) {
    message = mail::Addressed(
        mail::Compose(mail::SignInLinkLetter{account.display_name, url, config.signin_link_minutes / 60}),
        account.email, account.display_name, "signin_link", std::nullopt);
  }
  accounts.CreateSignInLink(store::Sha256Hex(token), account.id, expires, message);
  return url;
}

namespace {

Response SignInForm(RequestContext& ctx, AccountStores&) {
  if (ctx.account) return Response::Redirect(LandingFor(ctx.principal));
  return Form(ctx, "", SafeNext(ctx.request.Query("next")), FormState::Fresh());
}

Response SignIn(RequestContext& ctx, AccountStores& stores) {
  const std::string email = AsciiLower(Trim(ctx.request.Field("email")));
  const std::string password = ctx.request.Field("password");
  const std::string next = SafeNext(ctx.request.Field("next"));
  std::vector<FieldError> errors;
  if (email.empty()) errors.push_back({"email", "Enter the e-mail address of your account."});
  if (password.empty()) errors.push_back({"password", "Enter your password, or ask for a sign-in link below."});
  if (!errors.empty()) return Form(ctx, email, next, FormState::Refused(Error::Invalid(errors)));
  if (!TakeAttempt(ctx, stores.accounts, email)) {
    return Form(ctx, email, next,
                FormState::OnField("email", Error::RateLimited("Too many failed attempts. Wait 15 minutes, or ask "
                                                               "for a sign-in link by e-mail below.")));
  }
  const auto account = stores.accounts.FindByEmail(email);
  const bool has_password = account && !account->disabled && account->password_hash;
  const bool verified = store::VerifyPassword(password, has_password ? *account->password_hash : StandInHash());
  if (!has_password || !verified) {
    return Form(ctx, email, next,
                FormState::OnField("password", Error(ErrorCode::kUnauthenticated,
                                                     "That e-mail address and password do not match an "
                                                     "account. Check both, or ask for a sign-in link by "
                                                     "e-mail below.")));
  }
  stores.accounts.GiveBackAttempt(Limits(ctx, email), ctx.Now());  // not a failure
  Principal principal{account->id, stores.accounts.GrantsOf(account->id)};
  Response r = Response::Redirect(next.empty() ? LandingFor(principal) : next);
  StartSession(ctx, r, stores.accounts, account->id, false);
  return r;
}

Response RequestSignInLink(RequestContext& ctx, AccountStores& stores) {
  const std::string email = AsciiLower(Trim(ctx.request.Field("link_email")));
  if (email.empty() || email.find('@') == std::string::npos) {
    return Form(ctx, "", "",
                FormState::OnField("link_email", Error::Invalid("Enter your e-mail address to receive a sign-in link.")));
  }
  // Counted like a failure so the form cannot be used to flood someone's mailbox.
  if (!TakeAttempt(ctx, stores.accounts, email)) {
    return Form(ctx, "", "",
                FormState::OnField("link_email", Error::RateLimited("Too many requests. Wait 15 minutes and try again.")));
  }
  if (auto account = stores.accounts.FindByEmail(email); account && !account->disabled) {
    IssueSignInLink(stores.accounts, ctx.config, ctx.Now(), *account, SignInMail::kSend);
  }
  // The same answer whether or not the account exists: the form does not reveal who has one.
  return Form(ctx, "", "", FormState::Fresh(),
              "If an account exists for " + email + ", a sign-in link is on its way. It works once.");
}

Response SignInLinkConfirm(RequestContext& ctx, AccountStores&) {
  return RenderPage(ctx, "sign_in_link.tpl", "Sign in", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("TOKEN", ctx.request.Query("token"));
    d.SetValue("NEXT", SafeNext(ctx.request.Query("next")));
  });
}

Response SignInWithLink(RequestContext& ctx, AccountStores& stores) {
  const auto account_id = stores.accounts.ConsumeSignInLink(store::Sha256Hex(ctx.request.Field("token")), ctx.Now());
  const std::string next = SafeNext(ctx.request.Field("next"));
  if (!account_id) {
    return Form(ctx, "", next,
                FormState::OnField("link_email", Error::Gone("That sign-in link has expired or was already used. "
                                                             "Ask for a new one here.")));
  }
  Principal principal{*account_id, stores.accounts.GrantsOf(*account_id)};
  Response r = Response::Redirect(next.empty() ? LandingFor(principal) : next);
  StartSession(ctx, r, stores.accounts, *account_id, true);
  return r;
}

Response SignOut(RequestContext& ctx, AccountStores& stores) {
  auto cookie = ctx.request.cookies.find(kSessionCookie);
  if (cookie != ctx.request.cookies.end()) stores.accounts.DeleteSession(store::Sha256Hex(cookie->second));
  Response r = Response::Redirect("/");
  r.cookies.push_back({kSessionCookie, "", 0});
  return r;
}

}  // namespace

std::vector<Route> SignInRoutes(AccountStores& stores) {
  using enum Method;
  return {
      PlainRoute(kGet, "/sign-in", Action::kViewPublic, stores, SignInForm),
      PlainRoute(kPost, "/sign-in", Action::kViewPublic, stores, SignIn),
      PlainRoute(kPost, "/sign-in/link/request", Action::kViewPublic, stores, RequestSignInLink),
      PlainRoute(kGet, "/sign-in/link", Action::kViewPublic, stores, SignInLinkConfirm),
      PlainRoute(kPost, "/sign-in/link", Action::kViewPublic, stores, SignInWithLink),
      PlainRoute(kPost, "/sign-out", Action::kViewOwnAccount, stores, SignOut),
  };
}

}  // namespace plenary::web
