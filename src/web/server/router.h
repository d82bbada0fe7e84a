// The route table and the one place where requests are authorised: every route names the
// Action it needs (domain/access.h) and how to find its target; the router checks CSRF and
// access before any handler runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/access.h"
#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

using Handler = Response (*)(RequestContext& ctx);
// Resolves the route's target from its path parameters; nullopt means "no such thing" (404).
using TargetResolver = std::optional<AccessTarget> (*)(RequestContext& ctx);

struct Route {
  Method method;
  std::string pattern;  // "/editions/{number}"; a parameter matches one path segment
  Action action;
  TargetResolver target;  // nullptr: no target
  Handler handler;
};

const std::vector<Route>& Routes();

// Matches, authenticates, checks CSRF and access, and runs the handler.
Response Dispatch(const Request& request, Services& services);

// Exposed for tests.
bool MatchPattern(const std::string& pattern, const std::string& path,
                  std::map<std::string, std::string>& params);

}  // namespace plenary::web
