// The stores the programme pages use; built by src/app.
#pragma once

#include "store/core/account_store.h"
#include "store/programme/programme_store.h"
#include "store/series/edition_store.h"

namespace plenary::web {

struct ProgrammeStores {
  store::EditionStore& editions;
  store::ProgrammeStore& programme;
  // The private calendar acts for the feed's owner, not for whoever asks: their account and
  // current grants.
  store::AccountStore& accounts;
};

}  // namespace plenary::web
