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
    // Only accepted places are assigned.
    ASSERT_TRUE(RegistrationStore(db_->pool())
                    .Decide(edition_.id,
                            {{people_[0].registration_id, RegistrationStatus::kAccepted, "", std::nullopt},
                             {people_[1].registration_id, RegistrationStatus::kAccepted, "", std::nullopt}},
                            std::nullopt)
                    .ok());
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

// Access follows status: a place declined after the groups were published loses its group, the
// group's grant (closed sessions, join links) and the participant grant in the same change.
TEST_P(AssignmentStoreTest, ADeclineAfterPublicationRemovesTheGroupAndItsGrant) {
  AssignmentStore store(db_->pool());
  AccountStore accounts(db_->pool());
  RegistrationStore registrations(db_->pool());
  const Id g0 = edition_.working_groups[0].id;
  const Id reg = people_[0].registration_id, account = people_[0].account_id;
  AssignmentRun run;
  run.edition_id = edition_.id;
  const Id id = store.SaveDraft(run, {{reg, g0}});
  ASSERT_TRUE(store.Publish(edition_.id, id, {{reg, account, g0, std::nullopt, std::nullopt}}, std::nullopt).ok());
  const RoleGrant member{Role::kGroupMember, ScopeKind::kWorkingGroup, g0, edition_.id};
  const RoleGrant participant{Role::kParticipant, ScopeKind::kEdition, edition_.id, edition_.id};
  const RoleGrant applicant{Role::kApplicant, ScopeKind::kEdition, edition_.id, edition_.id};
  EXPECT_EQ(accounts.GrantsOf(account), (std::vector<RoleGrant>{applicant, participant, member}));

  ASSERT_TRUE(registrations.Decide(edition_.id, {{reg, RegistrationStatus::kDeclined, "", std::nullopt}}, std::nullopt)
                  .ok());
  EXPECT_EQ(accounts.GrantsOf(account), (std::vector<RoleGrant>{applicant}));
  EXPECT_EQ(registrations.Get(edition_.id, reg)->working_group_id, std::nullopt);
  // A run made before the decline cannot put the person back.
  const auto again = store.Publish(edition_.id, id, {{reg, account, g0, std::nullopt, std::nullopt}}, std::nullopt);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(accounts.GrantsOf(account), (std::vector<RoleGrant>{applicant}));
}

TEST_P(AssignmentStoreTest, AWithdrawalRemovesEveryGrantOfTheAcceptanceAndQueuesItsMail) {
  AssignmentStore store(db_->pool());
  AccountStore accounts(db_->pool());
  RegistrationStore registrations(db_->pool());
  const Id g1 = edition_.working_groups[1].id;
  const Id reg = people_[1].registration_id, account = people_[1].account_id;
  AssignmentRun run;
  run.edition_id = edition_.id;
  const Id id = store.SaveDraft(run, {{reg, g1}});
  ASSERT_TRUE(store.Publish(edition_.id, id, {{reg, account, g1, std::nullopt, std::nullopt}}, std::nullopt).ok());
  OutgoingMail mail;
  mail.to_address = "p1@example.org";
  mail.subject = "Your place is released";
  mail.purpose = "registration_decision";
  ASSERT_TRUE(registrations.Withdraw(edition_.id, reg, "Cannot travel", mail, account, 500).ok());
  const auto r = registrations.Get(edition_.id, reg);
  EXPECT_EQ(r->status, RegistrationStatus::kWithdrawn);
  EXPECT_EQ(r->working_group_id, std::nullopt);
  EXPECT_EQ(accounts.GrantsOf(account),
            (std::vector<RoleGrant>{{Role::kApplicant, ScopeKind::kEdition, edition_.id, edition_.id}}));
  EXPECT_EQ(registrations.History(reg).back().reason, "Cannot travel");
  soci::session s(db_->pool());
  int mails = 0;
  s << "SELECT COUNT(*) FROM outbox WHERE subject = 'Your place is released'", soci::into(mails);
  EXPECT_EQ(mails, 1);
  // Twice: refused, and nothing more is queued.
  const auto again = registrations.Withdraw(edition_.id, reg, "", mail, account, 501);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().message(), "Only an accepted or waitlisted registration can be withdrawn; this one is withdrawn.");
  s << "SELECT COUNT(*) FROM outbox WHERE subject = 'Your place is released'", soci::into(mails);
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
