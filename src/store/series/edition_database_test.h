// For tests only (header-only, included by *_test.cc): BothDatabasesTest with a series and
// the 24th edition to hang the data of a store test on.
#pragma once

#include <vector>

#include "domain/series/edition.h"
#include "store/core/both_databases_test.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"

namespace plenary::store {

class EditionDatabaseTest : public BothDatabasesTest {
 protected:
  // The "asem" series with no organisations.
  Id CreateSeries() { return SeriesStore(db_->pool()).Create({0, "asem", "Series", "S", "", "", "a@b.org", {}}); }

  // The 24th edition ("Digital Civic Space", Ulaanbaatar, 8-10 June 2027, registration until
  // 1809000000) of a new series with these working groups, read back with their ids.
  Edition CreateEdition24(std::vector<WorkingGroup> groups) {
    Edition e;
    e.series_id = CreateSeries();
    e.number = 24;
    e.title = "Digital Civic Space";
    e.city = "Ulaanbaatar";
    e.country = "Mongolia";
    e.time_zone = "Asia/Ulaanbaatar";
    e.year = 2027;
    e.start_date = LocalDate{2027, 6, 8};
    e.end_date = LocalDate{2027, 6, 10};
    e.registration_deadline = 1809000000;
    e.working_groups = std::move(groups);
    EditionStore editions(db_->pool());
    if (auto id = editions.Create(e, std::nullopt); !id.ok()) {
      ADD_FAILURE() << id.error().message();
      return e;
    }
    return *editions.Get(e.series_id, 24);
  }

};

}  // namespace plenary::store
