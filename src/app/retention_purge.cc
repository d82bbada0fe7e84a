#include "app/retention_purge.h"

#include "domain/participation/participation.h"

namespace plenary::app {

PurgeOutcome PurgeEndedEditions(web::Services& services, int retention_days, UtcSeconds now) {
  PurgeOutcome outcome;
  const auto series = services.series.Primary();
  if (!series) return outcome;
  for (const auto& edition : services.editions.List(series->id)) {
    const auto due = PurgeDueAt(edition, retention_days);
    if (!due || now < *due) continue;
    ++outcome.editions_checked;
    outcome.anonymised += services.registrations.PurgeEdition(edition.id, now);
  }
  return outcome;
}

}  // namespace plenary::app
