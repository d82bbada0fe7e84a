// The secretariat's audit log: who changed what, when.
#pragma once

#include <vector>

#include "web/account/account_stores.h"
#include "web/server/router.h"

namespace plenary::web {

std::vector<Route> AuditRoutes(AccountStores& stores);

}  // namespace plenary::web
