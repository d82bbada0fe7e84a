// The stores the account pages use; built by src/app.
#pragma once

#include "store/core/account_store.h"
#include "store/core/audit_log.h"

namespace plenary::web {

struct AccountStores {
  store::AccountStore& accounts;
  store::AuditLog& audit;
};

}  // namespace plenary::web
