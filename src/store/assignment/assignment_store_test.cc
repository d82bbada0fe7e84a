// Assignment runs against both real databases: a job saved twice keeps one run, a hand move
// on someone outside the run changes nothing, publishing moves grants with the group and
// queues exactly the mails it was given, and scores are set all or nothing.
#include "store/assignment/assignment_store.h"

#include <gtest/gtest.h>

#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/series/edition_database_test.h"
#include "store/core/database.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/selection/selection_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"

namespace plenary::store {
namespace {

class AssignmentStoreTest : public EditionDatabaseTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(4);
    if (IsSkipped() || HasFatalFailure()) return;
    edition_ = CreateEdition24({{0, "Expression", "", 1, 2, {}}, {0, "Privacy", "", 1, 2, {}}});
    for (int i = 0; i < 2; ++i) {
      const std::string email = "p" + std::to_string(i) + "@example.org", token = "t" + std::to_string(i);
      Invitation inv;
      inv.edition_id = edition_.id;
      inv.email = email;
      inv.name = email;
      inv.expires_at = 1809000000;
      ASSERT_TRUE(InvitationStore(db_->pool()).Create({{inv, token, std::nullopt}}, std::nullopt).ok());
      Registration r;
      r.edition_id = edition_.id;
      r.full_name = r.family_name = "Person " + std::to_string(i);
      r.organisation = "Org";
      r.country = "Mongolia";
      r.region = "Asia";
      r.ranking = {edition_.working_groups[0].id, edition_.working_groups[1].id};
      r.privacy_version = "2026-11";
      auto created = RegistrationStore(db_->pool()).Create(token, r, std::nullopt, 100);
      ASSERT_TRUE(created.ok()) << created.error().message();
      people_.push_back(*created);
    }
  }

  Edition edition_;
  std::vector<RegistrationCreated> people_;
};

TEST_P(AssignmentStoreTest, AJobSavedTwiceKeepsOneRun) {
  AssignmentStore store(db_->pool());
  AssignmentRun run;
  run.edition_id = edition_.id;
  run.job_id = 77;
  run.created_at = 100;
  run.objective = 10;
  run.lower_bound = 8;
  const std::vector<AssignmentMember> members = {{people_[0].registration_id, edition_.working_groups[0].id},
                                                 {people_[1].registration_id, edition_.working_groups[1].id}};
  const Id first = store.SaveDraft(run, members);
  EXPECT_EQ(store.SaveDraft(run, members), first);
  EXPECT_EQ(store.Members(first), members);
  EXPECT_EQ(store.Latest(edition_.id)->id, first);
  EXPECT_EQ(store.ForJob(77)->objective, 10);
  EXPECT_EQ(store.Get(edition_.id, first)->status, RunStatus::kDraft);
  EXPECT_FALSE(store.Get(edition_.id + 1, first).has_value());
}

TEST_P(AssignmentStoreTest, PublishingMovesTheGrantWithTheGroupAndQueuesTheGivenMails) {
  AssignmentStore store(db_->pool());
  AccountStore accounts(db_->pool());
  const Id g0 = edition_.working_groups[0].id, g1 = edition_.working_groups[1].id;
  const Id reg = people_[0].registration_id, account = people_[0].account_id;
  AssignmentRun run;
  run.edition_id = edition_.id;
  const Id id = store.SaveDraft(run, {{reg, g0}, {people_[1].registration_id, g1}});
  EXPECT_FALSE(store.Move(edition_.id, id, 999999, g1, 5, std::nullopt).ok());
  OutgoingMail mail;
  mail.to_address = "p0@example.org";
  mail.subject = "Your working group: Expression";
  mail.purpose = "working_group";
  ASSERT_TRUE(store.Publish(edition_.id, id, {{reg, account, g0, std::nullopt, mail}}, std::nullopt).ok());
  EXPECT_EQ(store.Get(edition_.id, id)->status, RunStatus::kPublished);
  EXPECT_EQ(RegistrationStore(db_->pool()).Get(edition_.id, reg)->working_group_id, g0);
  const RoleGrant in_g0{Role::kGroupMember, ScopeKind::kWorkingGroup, g0, edition_.id};
  const RoleGrant in_g1{Role::kGroupMember, ScopeKind::kWorkingGroup, g1, edition_.id};
  auto grants = accounts.GrantsOf(account);
  EXPECT_EQ(std::count(grants.begin(), grants.end(), in_g0), 1);
  ASSERT_TRUE(store.Move(edition_.id, id, reg, g1, 5, std::nullopt).ok());
  EXPECT_EQ(store.Get(edition_.id, id)->status, RunStatus::kDraft);
  EXPECT_EQ(store.Get(edition_.id, id)->objective, 5);
  ASSERT_TRUE(store.Publish(edition_.id, id, {{reg, account, g1, g0, std::nullopt}}, std::nullopt).ok());
  grants = accounts.GrantsOf(account);
  EXPECT_EQ(std::count(grants.begin(), grants.end(), in_g0), 0);
  EXPECT_EQ(std::count(grants.begin(), grants.end(), in_g1), 1);
  soci::session s(db_->pool());
  int mails = 0;
  s << "SELECT COUNT(*) FROM outbox WHERE purpose = 'working_group'", soci::into(mails);
  EXPECT_EQ(mails, 1);
}

TEST_P(AssignmentStoreTest, ScoresAreSetAllOrNothing) {
  SelectionStore selection(db_->pool());
  RegistrationStore registrations(db_->pool());
  const Id a = people_[0].registration_id, b = people_[1].registration_id;
  EXPECT_FALSE(selection.SetScores(edition_.id, {{a, 7}, {999999, 3}}, std::nullopt).ok());
  EXPECT_EQ(registrations.Get(edition_.id, a)->score, 0);
  ASSERT_TRUE(selection.SetScores(edition_.id, {{a, 7}, {b, -2}}, std::nullopt).ok());
  EXPECT_EQ(registrations.Get(edition_.id, a)->score, 7);
  EXPECT_EQ(registrations.Get(edition_.id, b)->score, -2);
}

INSTANTIATE_TEST_SUITE_P(Databases, AssignmentStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
