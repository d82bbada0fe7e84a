// The retention purge: personal data of every edition that ended more than the configured
// number of days ago is anonymised (registrations and invitations). Run hourly by
// `plenary serve` and on demand by `plenary purge` (for cron).
#pragma once

#include "domain/series/edition.h"
#include "web/server/services.h"

namespace plenary::app {

struct PurgeOutcome {
  int editions_checked = 0;
  int anonymised = 0;  // registrations and unused invitations anonymised now
};

PurgeOutcome PurgeEndedEditions(web::Services& services, int retention_days, UtcSeconds now);

}  // namespace plenary::app
