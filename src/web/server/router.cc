#include "web/server/router.h"

#include <iostream>

#include "store/core/credentials.h"
#include "web/server/cache_policy.h"
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

bool CsrfValid(const RequestContext& ctx) {
  const std::string sent = ctx.request.Field("csrf");
  return !sent.empty() && store::SameSecret(sent, ctx.csrf_token);
}

Response Refuse(RequestContext& ctx) {
  if (!ctx.principal.signed_in()) {
    if (ctx.request.method == Method::kGet) {
      return Response::Redirect("/sign-in?next=" + UrlEncode(ctx.request.path));
    }
    return ErrorPage(ctx, Error(ErrorCode::kUnauthenticated, "Sign in first, then try again."));
  }
  return ErrorPage(ctx, Error::Forbidden("You are signed in as " + ctx.account->display_name +
                                         ", and your roles do not include this page. If you need "
                                         "it, ask the secretariat."));
}

// What the server adapter could not accept of the body (web/server/http_server.cc).
std::optional<Error> BodyError(const RequestContext& ctx) {
  switch (ctx.request.body_error) {
    case BodyProblem::kNone:
      return std::nullopt;
    case BodyProblem::kTooLarge:
      return Error(ErrorCode::kTooLarge,
                   "What you sent is larger than the server accepts: a file up to " +
                       std::to_string(ctx.config.max_upload_bytes / (1024 * 1024)) +
                       " MB, a text field up to 1 MB. Go back and choose a smaller file (compress "
                       "the PDF or reduce its images), or shorten the text.");
    case BodyProblem::kMalformed:
      return Error(ErrorCode::kMalformed,
                   "What the browser sent was not a well-formed form. Go back and submit it "
                   "again.");
    case BodyProblem::kBadAddress:
      return Error(ErrorCode::kMalformed,
                   "This address is not well-formed (a '%' must be followed by two hexadecimal "
                   "digits). Check the link, or start from the home page.");
  }
  return std::nullopt;
}

}  // namespace

Route PlainRoute(Method method, std::string pattern, Action action,
                 std::function<Response(RequestContext&)> handler) {
  return {method, std::move(pattern), action,
          [handler = std::move(handler)](RequestContext& ctx) -> std::optional<Bound> {
            return Bound{{}, [&ctx, &handler] { return handler(ctx); }};
          }};
}

Route Shared(Route route) {
  route.resolve = [resolve = std::move(route.resolve)](RequestContext& ctx) -> std::optional<Bound> {
    auto bound = resolve(ctx);
    if (bound) {
      bound->run = [run = std::move(bound->run)] {
        Response response = run();
        response.shared = true;
        return response;
      };
    }
    return bound;
  };
  return route;
}

Router::Router(std::vector<Route> routes, store::AccountStore& accounts, SiteLookup site,
               const Templates& templates, const WebConfig& config, const Clock& clock)
    : routes_(std::move(routes)),
      accounts_(accounts),
      site_(std::move(site)),
      templates_(templates),
      config_(config),
      clock_(clock) {}

// Who is asking: the session cookie names an unexpired session of an enabled account. True when
// a signed-out reader without a token cookie was given a fresh token: its cookie is set only if
// the response carries a form that needs it (cache_policy.h).
bool Router::Authenticate(RequestContext& ctx) const {
  auto cookie = ctx.request.cookies.find(kSessionCookie);
  if (cookie != ctx.request.cookies.end()) {
    const std::string hash = store::Sha256Hex(cookie->second);
    auto session = accounts_.FindSession(hash, ctx.Now());
    if (session) {
      ctx.account = accounts_.Get(session->account_id);
      if (ctx.account) {
        ctx.principal.account_id = ctx.account->id;
        ctx.principal.grants = accounts_.GrantsOf(ctx.account->id);
        ctx.csrf_token = session->csrf_token;
        ctx.session = session;
        ctx.session_hash = hash;
        return false;
      }
    }
  }
  // Signed-out forms (sign-in) use a double-submit token kept in its own cookie.
  auto anonymous = ctx.request.cookies.find(kAnonymousCsrfCookie);
  if (anonymous != ctx.request.cookies.end() && anonymous->second.size() >= 32) {
    ctx.csrf_token = anonymous->second;
    return false;
  }
  ctx.csrf_token = store::RandomToken();
  return true;
}

Response Router::Run(RequestContext& ctx) const {
  if (ctx.request.body_error == BodyProblem::kBadAddress) return ErrorPage(ctx, "Bad address", *BodyError(ctx));
  std::string allow;  // the methods the address takes, for a 405
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(route.pattern, ctx.request.path, params)) continue;
    const std::string method = route.method == Method::kGet ? "GET, HEAD" : "POST";
    if (allow.find(method) == std::string::npos) allow += (allow.empty() ? "" : ", ") + method;
    if (route.method != ctx.request.method) continue;
    ctx.params = std::move(params);
    if (auto problem = BodyError(ctx)) return ErrorPage(ctx, *problem);
    if (ctx.request.method == Method::kPost && !CsrfValid(ctx)) {
      return ErrorPage(ctx, "This form has expired",
                       Error::Forbidden("The form was open too long or came from another site. Go "
                                        "back, reload the page and submit it again; what you typed "
                                        "is not lost if you use the browser's back button."));
    }
    auto bound = route.resolve(ctx);
    if (!bound) return NotFoundPage(ctx);
    if (!Can(ctx.principal, route.action, bound->target)) {
      // Closed-door content: to the signed-in who may not see it, it does not exist.
      if (route.action == Action::kViewWorkingGroupClosed && ctx.principal.signed_in()) return NotFoundPage(ctx);
      return Refuse(ctx);
    }
    return bound->run();
  }
  if (!allow.empty()) {
    auto response = ErrorPage(ctx, Error(ErrorCode::kNotAllowed, "This address does not take that kind of request."));
    response.headers.emplace_back("Allow", allow);
    return response;
  }
  return NotFoundPage(ctx);
}

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

Response Router::Dispatch(const Request& request) const {
  RequestContext ctx{request, templates_, config_, clock_};
  Response response;
  bool fresh_token = false;
  try {
    ctx.site = site_();
    fresh_token = Authenticate(ctx);
    response = Run(ctx);
  } catch (const std::exception& e) {
    std::cerr << "plenary: internal error on " << request.path << ": " << e.what() << "\n";
    response = ErrorPage(ctx, Error::Internal(
                                  "The server could not finish this request; nothing you sent was "
                                  "lost if you go back. The error has been logged for the "
                                  "secretariat's technical team."));
  }
  for (auto& cookie : ctx.cookies_to_set) response.cookies.push_back(std::move(cookie));
  if (ApplyCachePolicy(request, ctx.principal.signed_in(), fresh_token ? ctx.csrf_token : "", response)) {
    response.cookies.push_back({kAnonymousCsrfCookie, ctx.csrf_token, -1});
  }
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                "script-src 'self'; frame-ancestors 'none'; form-action 'self'");
  return response;
}

}  // namespace plenary::web
