// The stores the series pages use (editions and partners); built by src/app.
#pragma once

#include "store/series/edition_store.h"
#include "store/series/partner_store.h"

namespace plenary::web {

struct SeriesStores {
  store::EditionStore& editions;
  store::PartnerStore& partners;
};

}  // namespace plenary::web
