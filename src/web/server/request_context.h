// One request as the handlers see it: the parsed request, who is asking, the CSRF token to
// put in forms, the path parameters and the shared services.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "domain/core/access.h"
#include "domain/core/text.h"
#include "store/core/account_store.h"
#include "web/server/http.h"
#include "web/server/services.h"

namespace plenary::web {

struct RequestContext {
  const Request& request;
  Services& services;
  Principal principal;
  std::optional<store::Account> account;
  std::string csrf_token;
  std::map<std::string, std::string> params;
  std::vector<Cookie> cookies_to_set;

  std::string Param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  }
  // The path parameter as an id (domain/text.h ParseId); nullopt when it is not one.
  std::optional<Id> IdParam(const std::string& name) const { return ParseId(Param(name)); }
  std::optional<Id> ActorId() const { return principal.account_id; }
};

}  // namespace plenary::web
