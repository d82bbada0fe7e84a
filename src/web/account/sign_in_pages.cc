#include "web/account/sign_in_pages.h"

#include "domain/core/text.h"
#include "web/account/credentials.h"
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

Response Form(RequestContext& ctx, const std::string& email, const std::string& next,
              const std::vector<FieldError>& errors, int status, const std::string& notice = "") {
  return RenderPage(ctx, "sign_in.tpl", "Sign in", [&](ctemplate::TemplateDictionary& d) {
    SetFormField(d, "EMAIL", email, errors, "email", "email");
    SetFormField(d, "PASSWORD", "", errors, "password", "password");
    SetFormField(d, "LINK_EMAIL", "", errors, "link_email", "link_email");
    SetErrorSummary(d, errors, [](const std::string& f) { return f; });
    d.SetValue("NEXT", next);
    if (!notice.empty()) d.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);
  }, status);
}

bool RateLimited(RequestContext& ctx, const std::string& email) {
  const auto since = store::NowUtc() - kAttemptWindowSeconds;
  const auto& cfg = ctx.services.config;
  return ctx.services.accounts.CountAttempts("email:" + email, since) >= cfg.max_failed_signins_per_email ||
         ctx.services.accounts.CountAttempts("ip:" + ctx.request.client_address, since) >=
             cfg.max_failed_signins_per_address;
}

void RecordFailure(RequestContext& ctx, const std::string& email) {
  const auto now = store::NowUtc();
  ctx.services.accounts.RecordAttempt("email:" + email, now);
  ctx.services.accounts.RecordAttempt("ip:" + ctx.request.client_address, now);
}

std::string LandingFor(const Principal& p) {
  return Can(p, Action::kViewManagement) ? "/manage" : "/me";
}

}  // namespace

void StartSession(RequestContext& ctx, Response& response, Id account_id) {
  const std::string token = RandomToken();
  const auto now = store::NowUtc();
  ctx.services.accounts.PurgeExpired(now);
  const auto expires = now + ctx.services.config.session_hours * 3600LL;
  ctx.services.accounts.CreateSession(Sha256Hex(token), {account_id, RandomToken(), expires});
  response.cookies.push_back({kSessionCookie, token, ctx.services.config.session_hours * 3600});
}

std::string IssueSignInLink(Services& services, const store::Account& account, bool send_mail,
                            const std::string& next) {
  const std::string token = RandomToken();
  const std::string safe_next = SafeNext(next);
  const std::string url = services.config.base_url + "/sign-in/link?token=" + token +
                          (safe_next.empty() ? "" : "&next=" + UrlEncode(safe_next));
  const auto expires = store::NowUtc() + services.config.signin_link_minutes * 60LL;
  std::optional<store::OutgoingMail> mail;
  if (send_mail) {
    store::OutgoingMail m;
    m.to_address = account.email;
    m.to_name = account.display_name;
    m.subject = "Your sign-in link";
    m.body_text = "Dear " + account.display_name + ",\n\nUse this link to sign in. It works once and expires in " +
                  std::to_string(services.config.signin_link_minutes / 60) + " hours:\n\n" + url +
                  "\n\nIf you did not ask for it, ignore this message.\n";
    m.purpose = "signin_link";
    mail = m;
  }
  services.accounts.CreateSignInLink(Sha256Hex(token), account.id, expires, mail);
  return url;
}

Response SignInForm(RequestContext& ctx) {
  if (ctx.account) return Response::Redirect(LandingFor(ctx.principal));
  return Form(ctx, "", SafeNext(ctx.request.Query("next")), {}, 200);
}

Response SignIn(RequestContext& ctx) {
  const std::string email = AsciiLower(Trim(ctx.request.Field("email")));
  const std::string password = ctx.request.Field("password");
  const std::string next = SafeNext(ctx.request.Field("next"));
  std::vector<FieldError> errors;
  if (email.empty()) errors.push_back({"email", "Enter the e-mail address of your account."});
  if (password.empty()) errors.push_back({"password", "Enter your password, or ask for a sign-in link below."});
  if (!errors.empty()) return Form(ctx, email, next, errors, 422);
  if (RateLimited(ctx, email)) {
    return Form(ctx, email, next,
                {{"email", "Too many failed attempts. Wait 15 minutes, or ask for a sign-in link by e-mail below."}},
                429);
  }
  const auto account = ctx.services.accounts.FindByEmail(email);
  if (!account || account->disabled || !account->password_hash ||
      !VerifyPassword(password, *account->password_hash)) {
    RecordFailure(ctx, email);
    return Form(ctx, email, next,
                {{"password", "That e-mail address and password do not match an account. Check both, "
                              "or ask for a sign-in link by e-mail below."}},
                401);
  }
  Principal principal{account->id, ctx.services.accounts.GrantsOf(account->id)};
  Response r = Response::Redirect(next.empty() ? LandingFor(principal) : next);
  StartSession(ctx, r, account->id);
  return r;
}

Response RequestSignInLink(RequestContext& ctx) {
  const std::string email = AsciiLower(Trim(ctx.request.Field("link_email")));
  if (email.empty() || email.find('@') == std::string::npos) {
    return Form(ctx, "", "", {{"link_email", "Enter your e-mail address to receive a sign-in link."}}, 422);
  }
  if (RateLimited(ctx, email)) {
    return Form(ctx, "", "", {{"link_email", "Too many requests. Wait 15 minutes and try again."}}, 429);
  }
  // Counted like a failure so the form cannot be used to flood someone's mailbox.
  RecordFailure(ctx, email);
  if (auto account = ctx.services.accounts.FindByEmail(email); account && !account->disabled) {
    IssueSignInLink(ctx.services, *account, true);
  }
  // The same answer whether or not the account exists: the form does not reveal who has one.
  return Form(ctx, "", "", {}, 200,
              "If an account exists for " + email + ", a sign-in link is on its way. It works once.");
}

Response SignInLinkConfirm(RequestContext& ctx) {
  return RenderPage(ctx, "sign_in_link.tpl", "Sign in", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("TOKEN", ctx.request.Query("token"));
    d.SetValue("NEXT", SafeNext(ctx.request.Query("next")));
  });
}

Response SignInWithLink(RequestContext& ctx) {
  const auto account_id = ctx.services.accounts.ConsumeSignInLink(Sha256Hex(ctx.request.Field("token")), store::NowUtc());
  const std::string next = SafeNext(ctx.request.Field("next"));
  if (!account_id) {
    return Form(ctx, "", next, {{"link_email", "That sign-in link has expired or was already used. Ask for a new one here."}}, 410);
  }
  Principal principal{*account_id, ctx.services.accounts.GrantsOf(*account_id)};
  Response r = Response::Redirect(next.empty() ? LandingFor(principal) : next);
  StartSession(ctx, r, *account_id);
  return r;
}

Response SignOut(RequestContext& ctx) {
  auto cookie = ctx.request.cookies.find(kSessionCookie);
  if (cookie != ctx.request.cookies.end()) ctx.services.accounts.DeleteSession(Sha256Hex(cookie->second));
  Response r = Response::Redirect("/");
  r.cookies.push_back({kSessionCookie, "", 0});
  return r;
}

}  // namespace plenary::web
