// One request as the handlers see it: the parsed request, who is asking, the site it asks, the
// CSRF token to put in forms, the path parameters, and what every page needs to render
// (templates, configuration, the clock). A feature's stores are not here: each feature's
// routes hold the stores that feature uses (its *_routes.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/access.h"
#include "domain/core/clock.h"
#include "domain/core/text.h"
#include "store/core/account_store.h"
#include "web/server/http.h"
#include "web/server/templates.h"
#include "web/server/web_config.h"

namespace plenary::web {

// The series this installation serves, as every page's layout shows it; looked up once per
// request by the router.
struct Site {
  Id series_id = 0;
  std::string slug;        // "asem-hr": stable, in feed UIDs and acronyms
  std::string name;        // "Informal ASEM Seminar on Human Rights"
  std::string short_name;  // "ASEM Seminar": the layout's site name
  std::string contact_email;
};

struct RequestContext {
  const Request& request;
  const Templates& templates;
  const WebConfig& config;
  const Clock& clock;
  std::optional<Site> site;  // none on a fresh installation, before a series is created
  Principal principal;
  std::optional<store::Account> account;
  std::optional<store::WebSession> session;  // the signed-in browser's session
  std::string session_hash;                  // and the SHA-256 of its token
  std::string csrf_token;
  std::map<std::string, std::string> params;
  std::vector<Cookie> cookies_to_set;

  UtcSeconds Now() const { return clock.Now(); }
  std::string Param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  }
  // The path parameter as an id (domain/core/text.h ParseId); nullopt when it is not one.
  std::optional<Id> IdParam(const std::string& name) const { return ParseId(Param(name)); }
  std::optional<Id> ActorId() const { return principal.account_id; }
};

}  // namespace plenary::web
