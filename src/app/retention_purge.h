// The retention purge: personal data of every edition that ended more than the configured
// number of days ago is anonymised (registrations and invitations). Run hourly by
// `plenary serve` and on demand by `plenary purge` (for cron).
#pragma once

#include <soci/soci.h>

#include "domain/core/zoned_time.h"

namespace plenary::app {

struct PurgeOutcome {
  int editions_checked = 0;
  int anonymised = 0;  // registrations and unused invitations anonymised now
};

PurgeOutcome PurgeEndedEditions(soci::connection_pool& pool, int retention_days, UtcSeconds now);

}  // namespace plenary::app
