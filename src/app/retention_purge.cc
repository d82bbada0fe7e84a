#include "app/retention_purge.h"

#include "domain/participation/participation.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"

namespace plenary::app {

PurgeOutcome PurgeEndedEditions(soci::connection_pool& pool, int retention_days, UtcSeconds now) {
  PurgeOutcome outcome;
  const auto series = store::SeriesStore(pool).Primary();
  if (!series) return outcome;
  store::RegistrationStore registrations(pool);
  for (const auto& edition : store::EditionStore(pool).List(series->id)) {
    const auto due = PurgeDueAt(edition, retention_days);
    if (!due || now < *due) continue;
    ++outcome.editions_checked;
    outcome.anonymised += registrations.PurgeEdition(edition.id, now);
  }
  return outcome;
}

}  // namespace plenary::app
