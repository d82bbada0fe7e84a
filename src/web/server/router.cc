#include "web/server/router.h"

#include <iostream>

#include "web/account/credentials.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr const char* kSessionCookie = "plenary_session";
constexpr const char* kAnonymousCsrfCookie = "plenary_csrf";

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Who is asking: the session cookie names an unexpired session of an enabled account.
void Authenticate(RequestContext& ctx) {
  auto cookie = ctx.request.cookies.find(kSessionCookie);
  if (cookie != ctx.request.cookies.end()) {
    auto session = ctx.services.accounts.FindSession(Sha256Hex(cookie->second), store::NowUtc());
    if (session) {
      ctx.account = ctx.services.accounts.Get(session->account_id);
      if (ctx.account) {
        ctx.principal.account_id = ctx.account->id;
        ctx.principal.grants = ctx.services.accounts.GrantsOf(ctx.account->id);
        ctx.csrf_token = session->csrf_token;
        return;
      }
    }
  }
  // Signed-out forms (sign-in) use a double-submit token kept in its own cookie.
  auto anonymous = ctx.request.cookies.find(kAnonymousCsrfCookie);
  if (anonymous != ctx.request.cookies.end() && anonymous->second.size() >= 32) {
    ctx.csrf_token = anonymous->second;
  } else {
    ctx.csrf_token = RandomToken();
    ctx.cookies_to_set.push_back({kAnonymousCsrfCookie, ctx.csrf_token, -1});
  }
}

bool CsrfValid(const RequestContext& ctx) {
  const std::string sent = ctx.request.Field("csrf");
  return !sent.empty() && sent == ctx.csrf_token;
}

Response Refuse(RequestContext& ctx) {
  if (!ctx.principal.signed_in()) {
    if (ctx.request.method == Method::kGet) {
      return Response::Redirect("/sign-in?next=" + UrlEncode(ctx.request.path));
    }
    return ErrorPage(ctx, 401, "Please sign in", "Sign in first, then try again.");
  }
  return ErrorPage(ctx, 403, "Not available to you",
                   "You are signed in as " + ctx.account->display_name +
                       ", and your roles do not include this page. If you need it, ask the "
                       "secretariat.");
}

Response Run(RequestContext& ctx) {
  const auto segments = Segments(ctx.request.path);
  bool path_matched = false;
  for (const auto& route : Routes()) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(route.pattern, ctx.request.path, params)) continue;
    path_matched = true;
    if (route.method != ctx.request.method) continue;
    ctx.params = std::move(params);
    if (ctx.request.body_error_status == 413) {
      return ErrorPage(ctx, 413, "File too large",
                       "What you sent is larger than the limit of " +
                           std::to_string(ctx.services.config.max_upload_bytes / (1024 * 1024)) +
                           " MB. Go back and choose a smaller file (compress the PDF or reduce its images).");
    }
    if (ctx.request.body_error_status != 0) {
      return ErrorPage(ctx, 400, "The form could not be read",
                       "What the browser sent was not a well-formed form. Go back and submit it again.");
    }
    if (ctx.request.method == Method::kPost && !CsrfValid(ctx)) {
      return ErrorPage(ctx, 403, "This form has expired",
                       "The form was open too long or came from another site. Go back, reload "
                       "the page and submit it again; what you typed is not lost if you use "
                       "the browser's back button.");
    }
    AccessTarget target;
    if (route.target) {
      auto resolved = route.target(ctx);
      if (!resolved) return NotFoundPage(ctx);
      target = *resolved;
    }
    if (!Can(ctx.principal, route.action, target)) return Refuse(ctx);
    return route.handler(ctx);
  }
  if (path_matched) return ErrorPage(ctx, 405, "Not allowed", "This address does not take that kind of request.");
  return NotFoundPage(ctx);
}

}  // namespace

bool MatchPattern(const std::string& pattern, const std::string& path,
                  std::map<std::string, std::string>& params) {
  const auto want = Segments(pattern);
  const auto have = Segments(path);
  if (want.size() != have.size()) return false;
  for (size_t i = 0; i < want.size(); ++i) {
    const auto& w = want[i];
    if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      if (have[i].empty()) return false;
      params[w.substr(1, w.size() - 2)] = have[i];
    } else if (w != have[i]) {
      return false;
    }
  }
  return true;
}

Response Dispatch(const Request& request, Services& services) {
  RequestContext ctx{request, services, {}, std::nullopt, "", {}, {}};
  Response response;
  try {
    Authenticate(ctx);
    response = Run(ctx);
  } catch (const std::exception& e) {
    std::cerr << "plenary: internal error on " << request.path << ": " << e.what() << "\n";
    response = ErrorPage(ctx, 500, "Something went wrong",
                         "The server could not finish this request; nothing you sent was lost "
                         "if you go back. The error has been logged for the secretariat's "
                         "technical team.");
  }
  for (auto& cookie : ctx.cookies_to_set) response.cookies.push_back(std::move(cookie));
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                "script-src 'self'; frame-ancestors 'none'; form-action 'self'");
  return response;
}

}  // namespace plenary::web
