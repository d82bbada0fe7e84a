// The stores the series pages use (editions, partners, and the outbox the edition's hub
// flags); built by src/app.
#pragma once

#include "store/core/outbox_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"

namespace plenary::web {

struct SeriesStores {
  store::EditionStore& editions;
  store::PartnerStore& partners;
  store::OutboxStore& outbox;
};

}  // namespace plenary::web
