// The stores against both real databases: SQLite and the throwaway PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/both_databases_test.h"
#include "store/core/database.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"

namespace plenary::store {
namespace {

class StoreTest : public BothDatabasesTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(3);
    if (IsSkipped() || HasFatalFailure()) return;
    series_id_ = SeriesStore(db_->pool()).Create({0, "asem", "Series", "S", "", "", "a@b.org", {{"ASEF", "Secretariat"}}});
  }

  Edition Sample(int number) {
    Edition e;
    e.series_id = series_id_;
    e.number = number;
    e.title = "Human Rights & AI";
    e.city = "Copenhagen";
    e.country = "Denmark";
    e.time_zone = "Europe/Copenhagen";
    e.year = 2025;
    e.month = 10;
    e.start_date = LocalDate{2025, 10, 29};
    e.end_date = LocalDate{2025, 10, 31};
    e.registration_deadline = 1759269600;
    e.topics = {"Privacy", "Equality"};
    e.organisers = {{"Danish MFA", OrganiserRole::kHost}, {"ASEF", OrganiserRole::kCoOrganiser}};
    e.working_groups = {{0, "Privacy", "d", 25, 30, {"Q1", "Q2"}}, {0, "Equality", "", 20, 28, {}}};
    return e;
  }

  Id series_id_ = 0;
};

TEST_P(StoreTest, MigrateIsIdempotent) {
  auto again = db_->Migrate();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}

TEST_P(StoreTest, EditionRoundTripsWithChildrenAndAudit) {
  EditionStore editions(db_->pool());
  auto id = editions.Create(Sample(23), Id{0});
  ASSERT_TRUE(id.ok());
  auto e = editions.Get(series_id_, 23);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->title, "Human Rights & AI");
  EXPECT_EQ(e->start_date, (LocalDate{2025, 10, 29}));
  EXPECT_EQ(e->registration_deadline, 1759269600);
  EXPECT_EQ(e->topics, (std::vector<std::string>{"Privacy", "Equality"}));
  ASSERT_EQ(e->working_groups.size(), 2u);
  EXPECT_EQ(e->working_groups[0].questions, (std::vector<std::string>{"Q1", "Q2"}));
  EXPECT_EQ(e->working_groups[1].max_size, 28);
  EXPECT_EQ(e->organisers[1].role, OrganiserRole::kCoOrganiser);
  auto by_id = editions.GetById(*id);
  ASSERT_TRUE(by_id.has_value());
  EXPECT_EQ(by_id->number, 23);
  EXPECT_EQ(by_id->working_groups.size(), 2u);
  EXPECT_FALSE(editions.GetById(*id + 1000).has_value());
  auto log = AuditLog(db_->pool()).Recent(10, "edition");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].summary, "Created edition 23 \"Human Rights & AI\"");
}

TEST_P(StoreTest, DuplicateNumberIsAConflictAndChangesNothing) {
  EditionStore editions(db_->pool());
  ASSERT_TRUE(editions.Create(Sample(23), std::nullopt).ok());
  auto again = editions.Create(Sample(23), std::nullopt);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.error().fields()[0].field, "number");
  EXPECT_EQ(editions.List(series_id_).size(), 1u);
  EXPECT_EQ(AuditLog(db_->pool()).Recent(10, "edition").size(), 1u);
}

// Two secretariat members creating the same edition at once: both pass the "is the number
// taken?" check on PostgreSQL, and the loser used to get a server error from the UNIQUE key.
TEST_P(StoreTest, EditionsCreatedAtOnceWithOneNumberGiveOneEditionAndConflicts) {
  EditionStore editions(db_->pool());
  constexpr int kRounds = 8, kWriters = 3;
  std::atomic<int> created{0}, conflicts{0}, other{0};
  for (int round = 0; round < kRounds; ++round) {
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back([&, round] {
        try {
          auto id = editions.Create(Sample(30 + round), std::nullopt);
          if (id.ok()) {
            created++;
          } else if (id.error().code() == ErrorCode::kConflict && id.error().fields().size() == 1 &&
                     id.error().fields()[0].field == "number") {
            conflicts++;
          } else {
            other++;
          }
        } catch (const std::exception& e) {
          ADD_FAILURE() << e.what();
          other++;
        }
      });
    }
    for (auto& t : writers) t.join();
  }
  EXPECT_EQ(created.load(), kRounds);
  EXPECT_EQ(conflicts.load(), kRounds * (kWriters - 1));
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(editions.List(series_id_).size(), static_cast<size_t>(kRounds));
}

TEST_P(StoreTest, StaleUpdateIsRefusedAndKeepsWorkingGroupIds) {
  EditionStore editions(db_->pool());
  ASSERT_TRUE(editions.Create(Sample(24), std::nullopt).ok());
  auto e = *editions.Get(series_id_, 24);
  const Id first_group = e.working_groups[0].id;
  e.title = "New title";
  e.working_groups.push_back({0, "Remedies", "", 25, 30, {"Q"}});
  ASSERT_TRUE(editions.Update(e, std::nullopt).ok());
  auto stale = editions.Update(e, std::nullopt);  // same version again
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  auto stored = *editions.Get(series_id_, 24);
  EXPECT_EQ(stored.title, "New title");
  EXPECT_EQ(stored.version, 2);
  ASSERT_EQ(stored.working_groups.size(), 3u);
  EXPECT_EQ(stored.working_groups[0].id, first_group);
}

TEST_P(StoreTest, DocumentsKeepEveryByte) {
  EditionStore editions(db_->pool());
  auto id = editions.Create(Sample(24), std::nullopt);
  std::string pdf = "%PDF-1.7\n";
  pdf.push_back('\0');
  pdf += "\xff\xfe binary";
  ASSERT_TRUE(editions.SaveDocument({0, *id, "background_paper", "paper.pdf", "application/pdf", "abc123", pdf, 0}, std::nullopt).ok());
  auto doc = editions.GetDocument(*id, "background_paper");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->content, pdf);
  EXPECT_EQ(editions.DocumentInfoOf(*id, "background_paper")->size_bytes, static_cast<long long>(pdf.size()));
}

TEST_P(StoreTest, PartnerContactsAreAuditedAndValidated) {
  PartnerStore partners(db_->pool());
  Id mn = partners.Create(series_id_, {0, "Mongolia", PartnerKind::kCountry, RegionGroup::kAsia, "MN", {}});
  auto bad = partners.AddContact(mn, {0, "", "not-an-address", ""}, std::nullopt);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().size(), 2u);
  auto cid = partners.AddContact(mn, {0, "Bat-Erdene", "focal@mfa.gov.mn", "Director"}, std::nullopt);
  ASSERT_TRUE(cid.ok());
  ASSERT_TRUE(partners.UpdateContact(mn, {*cid, "Bat-Erdene", "new@mfa.gov.mn", "Director"}, std::nullopt).ok());
  EXPECT_EQ(partners.Get(mn)->contacts[0].email, "new@mfa.gov.mn");
  auto log = AuditLog(db_->pool()).Recent(10, "partner_contact");
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].summary, "Changed focal point " + std::to_string(*cid) + ": e-mail focal@mfa.gov.mn -> new@mfa.gov.mn;");
}

TEST_P(StoreTest, SignInLinksWorkOnceAndSessionsExpire) {
  AccountStore accounts(db_->pool());
  auto id = accounts.Create({0, "Secretariat@ASEF.org", "Secretariat", std::nullopt, false}, std::nullopt);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(accounts.FindByEmail("secretariat@asef.org")->id, *id);
  EXPECT_EQ(accounts.Create({0, "secretariat@asef.org", "X", std::nullopt, false}, std::nullopt).error().code(),
            ErrorCode::kConflict);
  accounts.CreateSignInLink("hash1", *id, 2000);
  EXPECT_EQ(accounts.ConsumeSignInLink("hash1", 1000), *id);
  EXPECT_EQ(accounts.ConsumeSignInLink("hash1", 1000), std::nullopt);
  accounts.CreateSignInLink("hash2", *id, 2000);
  EXPECT_EQ(accounts.ConsumeSignInLink("hash2", 2000), std::nullopt);  // expired
  accounts.CreateSession("s1", {*id, "csrf", 5000});
  EXPECT_EQ(accounts.FindSession("s1", 4999)->csrf_token, "csrf");
  EXPECT_FALSE(accounts.FindSession("s1", 5000).has_value());
}

TEST_P(StoreTest, GrantsCarryTheirEditionAndRefuseWrongScopes) {
  AccountStore accounts(db_->pool());
  EditionStore editions(db_->pool());
  auto edition = editions.Create(Sample(24), std::nullopt);
  const Id group = editions.Get(series_id_, 24)->working_groups[1].id;
  auto id = accounts.Create({0, "r@x.org", "R", std::nullopt, false}, std::nullopt);
  ASSERT_TRUE(accounts.Grant(*id, {Role::kRapporteur, ScopeKind::kWorkingGroup, group, 0}, std::nullopt).ok());
  auto wrong = accounts.Grant(*id, {Role::kRapporteur, ScopeKind::kEdition, *edition, 0}, std::nullopt);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().message(), "The role Rapporteur is granted per working_group, not per edition.");
  EXPECT_EQ(accounts.GrantsOf(*id),
            (std::vector<RoleGrant>{{Role::kRapporteur, ScopeKind::kWorkingGroup, group, *edition}}));
}

TEST_P(StoreTest, ExpiredSessionsAndLinksArePurged) {
  AccountStore accounts(db_->pool());
  auto id = accounts.Create({0, "p@x.org", "P", std::nullopt, false}, std::nullopt);
  accounts.CreateSession("old", {*id, "c", 1000});
  accounts.CreateSession("live", {*id, "c", 3000});
  accounts.CreateSignInLink("old-link", *id, 1000);
  accounts.CreateSignInLink("live-link", *id, 3000);
  accounts.PurgeExpired(2000);
  EXPECT_FALSE(accounts.FindSession("old", 0).has_value());
  EXPECT_TRUE(accounts.FindSession("live", 0).has_value());
  EXPECT_EQ(accounts.ConsumeSignInLink("old-link", 0), std::nullopt);
  EXPECT_EQ(accounts.ConsumeSignInLink("live-link", 0), *id);
}

TEST_P(StoreTest, AttemptsAreCountedInTheirWindowAndEveryKeyMustHaveRoom) {
  AccountStore accounts(db_->pool());
  const std::vector<AttemptLimit> ip = {{"ip:127.0.0.1", 3}};
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(accounts.TakeAttempt(ip, 0, 1000 + i));
  EXPECT_FALSE(accounts.TakeAttempt(ip, 0, 1003));
  EXPECT_TRUE(accounts.TakeAttempt(ip, 1001, 1004));  // the attempt at 1000 is out of the window
  // The e-mail key has room but the address has none: neither is counted.
  const std::vector<AttemptLimit> both = {{"email:a@b.example", 5}, {"ip:127.0.0.1", 3}};
  EXPECT_FALSE(accounts.TakeAttempt(both, 0, 1005));
  EXPECT_TRUE(accounts.TakeAttempt({{"email:a@b.example", 1}}, 0, 1006));
  // A success gives its attempt back.
  accounts.GiveBackAttempt({{"email:a@b.example", 1}}, 1006);
  EXPECT_TRUE(accounts.TakeAttempt({{"email:a@b.example", 1}}, 0, 1007));
}

TEST_P(StoreTest, ConcurrentAttemptsNeverPassTheLimit) {
  OpenScratchDatabase(12);
  if (IsSkipped() || HasFatalFailure()) return;
  AccountStore accounts(db_->pool());
  std::atomic<int> allowed = 0;
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i) {
    threads.emplace_back([&] {
      if (accounts.TakeAttempt({{"email:target@example.org", 5}, {"ip:10.0.0.1", 50}}, 0, 1000)) ++allowed;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(allowed.load(), 5);
}

INSTANTIATE_TEST_SUITE_P(Databases, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
