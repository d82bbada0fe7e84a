// The one write transaction, on SQLite and on PostgreSQL.
#include "store/core/write_transaction.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "store/core/both_databases_test.h"

namespace plenary::store {
namespace {

class WriteTransactionTest : public BothDatabasesTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(4);
    if (IsSkipped() || HasFatalFailure()) return;
    soci::session session(db_->pool());
    session << "CREATE TABLE write_probe (k INTEGER PRIMARY KEY, v TEXT NOT NULL)";
  }

  int Rows() {
    soci::session session(db_->pool());
    int n = 0;
    session << "SELECT COUNT(*) FROM write_probe", soci::into(n);
    return n;
  }

  void Insert(soci::session& session, int k, const std::string& v) {
    session << "INSERT INTO write_probe (k, v) VALUES (:k, :v)", soci::use(k), soci::use(v);
  }
};

TEST_P(WriteTransactionTest, CommitsWhatItWasToldToAndRollsBackTheRest) {
  {
    soci::session session(db_->pool());
    WriteTransaction tx(session);
    Insert(session, 1, "kept");
    tx.Commit();
  }
  {
    soci::session session(db_->pool());
    WriteTransaction tx(session);
    Insert(session, 2, "not committed");
  }
  EXPECT_EQ(Rows(), 1);
}

TEST_P(WriteTransactionTest, ADuplicateKeyBecomesTheConflictItNamesAndChangesNothing) {
  soci::session session(db_->pool());
  Insert(session, 1, "first");
  const auto result = Write(db_->pool(), Error::Conflict("Key 1 is taken; choose another."),
                            [&](soci::session& s) -> Result<int> {
                              Insert(s, 2, "written before the duplicate");
                              Insert(s, 1, "duplicate");
                              return 2;
                            });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(result.error().message(), "Key 1 is taken; choose another.");
  EXPECT_EQ(Rows(), 1);
}

TEST_P(WriteTransactionTest, AnErrorValueRollsBackAndOtherDatabaseErrorsStayExceptions) {
  const Status refused = Write(db_->pool(), Error::Conflict("unused"), [&](soci::session& s) -> Status {
    Insert(s, 1, "rolled back");
    return Error::Invalid("The body refused.");
  });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(Rows(), 0);
  // NOT NULL is not a duplicate: it is a bug, and it must not be reported as a conflict.
  EXPECT_THROW((void)Write(db_->pool(), Error::Conflict("unused"),
                           [&](soci::session& s) -> Status {
                             s << "INSERT INTO write_probe (k, v) VALUES (3, NULL)";
                             return OkStatus();
                           }),
               soci::soci_error);
  EXPECT_EQ(Rows(), 0);
}

// The flaky "database is locked": a transaction that read, then wrote after another connection
// had committed, was refused at once on SQLite. A WriteTransaction waits for the writer ahead of
// it instead, and then reads what that writer committed.
TEST_P(WriteTransactionTest, AWriterWaitsForTheOneAheadAndReadsWhatItCommitted) {
  // PostgreSQL never refused this (row locks, no database-wide write lock), and its second
  // writer reads without waiting: the rule under test is SQLite's.
  if (GetParam() != "sqlite") GTEST_SKIP() << "SQLite's write lock";
  soci::session first(db_->pool());
  WriteTransaction ahead(first);
  Insert(first, 1, "ahead");
  std::atomic<int> seen{-1};
  std::atomic<bool> failed{false};
  std::thread second([&] {
    try {
      Write(db_->pool(), [&](soci::session& s) {
        int n = 0;
        s << "SELECT COUNT(*) FROM write_probe", soci::into(n);
        seen = n;
        Insert(s, 2, "behind");
      });
    } catch (const std::exception& e) {
      ADD_FAILURE() << e.what();
      failed = true;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ahead.Commit();
  second.join();
  EXPECT_FALSE(failed.load());
  EXPECT_EQ(seen.load(), 1);
  EXPECT_EQ(Rows(), 2);
}

INSTANTIATE_TEST_SUITE_P(Databases, WriteTransactionTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
