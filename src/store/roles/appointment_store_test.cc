// AppointmentStore against both databases: the group roles as grants and the others as rows,
// listed in the page's order; the place checked; a second appointment to the same role refused;
// the account found or created by address; ending a role; the audit by account id only.
#include "store/roles/appointment_store.h"

#include <gtest/gtest.h>

#include "store/core/account_store.h"
#include "store/programme/programme_store.h"
#include "store/series/edition_database_test.h"

namespace plenary::store {
namespace {

class AppointmentStoreTest : public EditionDatabaseTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(2);
    if (IsSkipped() || HasFatalFailure()) return;
    edition_ = CreateEdition24({{0, "Privacy", "", 1, 30, {}}, {0, "Equality", "", 1, 30, {}}});
    ProgrammeStore programme(db_->pool());
    ProgrammeSession opening;
    opening.edition_id = edition_.id;
    opening.title = "Opening plenary";
    opening.start = 1812000000;
    opening.end = 1812003600;
    opening_ = programme.Create(opening, std::nullopt);
    ProgrammeSession group = opening;
    group.title = "Privacy, first session";
    group.kind = SessionKind::kWorkingGroup;
    group.working_group_id = edition_.working_groups[0].id;
    group_session_ = programme.Create(group, std::nullopt);
  }

  int Count(const std::string& sql) {
    soci::session session(db_->pool());
    int n = 0;
    session << sql, soci::into(n);
    return n;
  }

  Edition edition_;
  Id opening_ = 0, group_session_ = 0;
};

TEST_P(AppointmentStoreTest, RolesAreGivenOnceInTheirPlaceAndListedInThePagesOrder) {
  AppointmentStore store(db_->pool());
  const Id privacy = edition_.working_groups[0].id, equality = edition_.working_groups[1].id;
  OutgoingMail letter;
  letter.subject = "Your role";
  letter.body_text = "Dear Ana";
  const auto appoint = [&](AppointmentKind kind, std::optional<Id> group, std::optional<Id> session,
                           const std::string& email, const std::string& name) {
    return store.Appoint({kind, edition_.id, group, session, 0, "", ""}, email, name, letter, std::nullopt, 100);
  };
  ASSERT_TRUE(appoint(AppointmentKind::kChair, std::nullopt, opening_, "chair@example.org", "Chair Person").ok());
  ASSERT_TRUE(appoint(AppointmentKind::kRapporteur, equality, std::nullopt, "Ana@Example.org ", "Ana Lee").ok());
  ASSERT_TRUE(appoint(AppointmentKind::kModerator, privacy, std::nullopt, "mod@example.org", "Mo Derator").ok());
  ASSERT_TRUE(appoint(AppointmentKind::kLeadRapporteur, std::nullopt, std::nullopt, "ana@example.org", "").ok());

  const auto all = store.List(edition_.id);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].kind, AppointmentKind::kModerator);
  EXPECT_EQ(all[0].working_group_id, privacy);
  EXPECT_EQ(all[1].kind, AppointmentKind::kRapporteur);
  EXPECT_EQ(all[1].email, "ana@example.org");  // the address as stored: trimmed, lower case
  EXPECT_EQ(all[1].name, "Ana Lee");
  EXPECT_EQ(all[2].kind, AppointmentKind::kLeadRapporteur);
  EXPECT_EQ(all[2].account_id, all[1].account_id);  // the same person, found by address
  EXPECT_EQ(all[3].kind, AppointmentKind::kChair);
  EXPECT_EQ(all[3].session_id, opening_);
  EXPECT_EQ(store.OfAccount(all[1].account_id).size(), 2u);
  // A group role is access: the grant is there.
  const auto grants = AccountStore(db_->pool()).GrantsOf(all[1].account_id);
  ASSERT_EQ(grants.size(), 1u);
  EXPECT_EQ(grants[0], (RoleGrant{Role::kRapporteur, ScopeKind::kWorkingGroup, equality, edition_.id}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE subject = 'Your role'"), 4);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE to_address = 'ana@example.org'"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE summary = 'Account " + std::to_string(all[1].account_id) +
                  " appointed rapporteur of working group " + std::to_string(equality) + "'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE summary LIKE '%ana@%' OR summary LIKE '%Ana Lee%'"), 0);

  // Refused: the same role twice, a working group's session for a chair, a foreign group.
  const auto twice = appoint(AppointmentKind::kRapporteur, equality, std::nullopt, "ana@example.org", "Ana Lee");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().message(), "ana@example.org is already rapporteur there.");
  const auto closed = appoint(AppointmentKind::kChair, std::nullopt, group_session_, "x@example.org", "X");
  EXPECT_EQ(closed.error().message(),
            "Chairs and speakers are appointed for plenary sessions; a working group has a moderator.");
  const auto foreign = appoint(AppointmentKind::kModerator, 999999, std::nullopt, "x@example.org", "X");
  EXPECT_EQ(foreign.error().message(), "Choose one of this edition's working groups for the moderator.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM accounts WHERE email = 'x@example.org'"), 0);  // nothing half-done

  // Ending roles.
  ASSERT_TRUE(store.Remove(all[1], std::nullopt, 200).ok());
  ASSERT_TRUE(store.Remove(all[3], std::nullopt, 200).ok());
  EXPECT_EQ(store.Remove(all[3], std::nullopt, 200).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(AccountStore(db_->pool()).GrantsOf(all[1].account_id).empty());
  const auto left = store.List(edition_.id);
  ASSERT_EQ(left.size(), 2u);
  EXPECT_EQ(left[0].kind, AppointmentKind::kModerator);
  EXPECT_EQ(left[1].kind, AppointmentKind::kLeadRapporteur);
}

INSTANTIATE_TEST_SUITE_P(Databases, AppointmentStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
