// The signed-in person's own page: their account (password, time zone) and every role they
// hold, with a link to where each role's work is. It spans every feature, so it lives here.
#pragma once

#include <vector>

#include "store/core/account_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct MyPageStores {
  store::AccountStore& accounts;
  store::EditionStore& editions;
  store::PartnerStore& partners;
  store::RegistrationStore& registrations;
};

std::vector<Route> MyPageRoutes(MyPageStores& stores);

}  // namespace plenary::web
