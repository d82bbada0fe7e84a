// The route table's shape and the one place where requests are authorised: every route names
// the Action it needs (domain/core/access.h) and how to load its target; the router checks the
// body, CSRF and access before any handler runs, and no handler checks access itself.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/access.h"
#include "domain/core/clock.h"
#include "store/core/account_store.h"
#include "web/server/http.h"
#include "web/server/request_context.h"
#include "web/server/templates.h"
#include "web/server/web_config.h"

namespace plenary::web {

// A route's handler bound to what its path names: the target the access check is asked about
// and the handler with the loaded thing (an edition, a partner) in hand. The target is loaded
// once, by the route's resolver; handlers take it as an argument and never look it up again.
struct Bound {
  AccessTarget target;
  std::function<Response()> run;
};
// Loads the route's target from the path parameters; nullopt means "no such thing" (404).
using Resolver = std::function<std::optional<Bound>(RequestContext& ctx)>;

struct Route {
  Method method;
  std::string pattern;  // "/editions/{number}"; a parameter matches one path segment
  Action action;
  Resolver resolve;
};

// A route whose path names nothing to load (the home page, sign-in, the partners list).
Route PlainRoute(Method method, std::string pattern, Action action,
                 std::function<Response(RequestContext&)> handler);
// The same for a feature's handler that takes the feature's stores.
template <typename Stores>
Route PlainRoute(Method method, std::string pattern, Action action, Stores& stores,
                 Response (*handler)(RequestContext&, Stores&)) {
  return PlainRoute(method, std::move(pattern), action,
                    [&stores, handler](RequestContext& ctx) { return handler(ctx, stores); });
}

// The route's answers are the same for every signed-out reader (a public page, a feed, a static
// file): see Response::shared.
Route Shared(Route route);

// The series this installation serves, for the layout and the resolvers; nullopt before one
// exists. Called once per request.
using SiteLookup = std::function<std::optional<Site>()>;

class Router {
 public:
  // `accounts` finds sessions and grants; everything else a route needs its resolver holds.
  // Every reference must outlive the router; `config` may change before the server starts (the
  // base URL is known once the port is bound).
  Router(std::vector<Route> routes, store::AccountStore& accounts, SiteLookup site,
         const Templates& templates, const WebConfig& config, const Clock& clock);

  // Matches, authenticates, checks the body, CSRF and access, and runs the handler. Never
  // throws: a failure that ends the request is logged and answered with a 500 page.
  Response Dispatch(const Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }
  const WebConfig& config() const { return config_; }

 private:
  Response Run(RequestContext& ctx) const;
  bool Authenticate(RequestContext& ctx) const;

  std::vector<Route> routes_;
  store::AccountStore& accounts_;
  SiteLookup site_;
  const Templates& templates_;
  const WebConfig& config_;
  const Clock& clock_;
};

// Exposed for tests.
bool MatchPattern(const std::string& pattern, const std::string& path,
                  std::map<std::string, std::string>& params);

}  // namespace plenary::web
