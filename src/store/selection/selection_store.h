// The secretariat's selection scores on an edition's registrations (registrations.score),
// set in one batch from the selection page.
#pragma once

#include <utility>
#include <vector>

#include <soci/soci.h>

#include "domain/core/status.h"
#include "domain/series/edition.h"

namespace plenary::store {

class SelectionStore {
 public:
  explicit SelectionStore(soci::connection_pool& pool) : pool_(pool) {}

  // All or nothing: a registration that is not in the edition refuses the batch.
  Status SetScores(Id edition_id, const std::vector<std::pair<Id, int>>& scores, std::optional<Id> actor);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
