// The stores the series pages use (editions, partners, and the outbox the edition's hub
// flags); built by src/app.
#pragma once

#include "domain/series/phase.h"
#include "store/core/outbox_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"

namespace plenary::web {

struct SeriesStores {
  store::EditionStore& editions;
  store::PartnerStore& partners;
  store::OutboxStore& outbox;
  const PhaseFactsOf& phase_facts;  // for the hub's next step (web/lifecycle gathers them)
};

}  // namespace plenary::web
