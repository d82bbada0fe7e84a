// For tests only (header-only, included by *_test.cc): the base of tests that run once on
// SQLite and once on the throwaway PostgreSQL cluster, each on a fresh migrated database.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/core/database.h"
#include "store/core/scratch_database.h"

namespace plenary::store {

class BothDatabasesTest : public ::testing::TestWithParam<std::string> {
 protected:
  // Opens db_ with `connections` pooled sessions and migrates it. On PostgreSQL without
  // PLENARY_TEST_PG_URL the test is skipped: SetUp returns when IsSkipped() after this.
  void OpenScratchDatabase(int connections) {
    if (GetParam() == "postgresql" && !TestPostgresUrl()) GTEST_SKIP() << "PLENARY_TEST_PG_URL not set";
    auto db = Database::Open(ScratchDatabaseUrl(GetParam()), connections);
    ASSERT_TRUE(db.ok()) << db.error().message();
    db_ = std::move(*db);
    auto applied = db_->Migrate();
    ASSERT_TRUE(applied.ok()) << applied.error().message();
  }

  std::unique_ptr<Database> db_;
};

}  // namespace plenary::store
