// Approvals of the accepted list against both real databases: what an approval records, how a
// later change shows as added and removed, and the outbox listed per recipient.
#include <gtest/gtest.h>

#include "store/participation/approval_store.h"
#include "store/core/audit_log.h"
#include "store/series/edition_database_test.h"
#include "store/core/database.h"
#include "store/core/outbox_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"

namespace plenary::store {
namespace {

TEST(AcceptedDigest, IsTheSha256OfTheSortedIdsOnePerLine) {
  EXPECT_EQ(AcceptedDigest({2, 1}), "a6e2b7a040683432de03a18fd8a1939a2fdf82585b364bfc874bdd4095c4cae1");
  EXPECT_EQ(AcceptedDigest({}), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ApprovalDrift, NamesTheAddedAndTheRemoved) {
  ListApproval a;
  a.accepted_ids = {1, 2, 3};
  const auto drift = DriftSince(a, {4, 2, 3, 5});
  EXPECT_EQ(drift.added, (std::vector<Id>{4, 5}));
  EXPECT_EQ(drift.removed, (std::vector<Id>{1}));
  EXPECT_TRUE(drift.stale());
  EXPECT_FALSE(DriftSince(a, {3, 2, 1}).stale());
}

class ApprovalStoreTest : public EditionDatabaseTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(4);
    if (IsSkipped() || HasFatalFailure()) return;
    edition_ = CreateEdition24({{0, "Expression", "", 25, 30, {}}});
    InvitationStore invitations(db_->pool());
    RegistrationStore registrations(db_->pool());
    for (int i = 0; i < 3; ++i) {
      const std::string email = "p" + std::to_string(i) + "@example.org";
      Invitation inv;
      inv.edition_id = edition_.id;
      inv.email = email;
      inv.name = email;
      inv.expires_at = NowUtc() + 3600;
      ASSERT_TRUE(invitations.Create({{inv, "h" + std::to_string(i), std::nullopt}}, std::nullopt).ok());
      Registration r;
      r.edition_id = edition_.id;
      r.full_name = r.family_name = email;
      r.organisation = "Org";
      r.country = "Mongolia";
      r.region = "Asia";
      r.ranking = {edition_.working_groups[0].id};
      r.privacy_version = "2026-11";
      OutgoingMail confirmation;
      confirmation.subject = "Received " + std::to_string(i);
      auto created = registrations.Create("h" + std::to_string(i), r, confirmation, NowUtc());
      ASSERT_TRUE(created.ok()) << created.error().message();
      ids_.push_back(created->registration_id);
    }
  }

  void Decide(Id id, RegistrationStatus status) {
    ASSERT_TRUE(RegistrationStore(db_->pool()).Decide(edition_.id, {{id, status, "", std::nullopt}}, std::nullopt).ok());
  }

  Edition edition_;
  std::vector<Id> ids_;
};

TEST_P(ApprovalStoreTest, AnApprovalRecordsTheAcceptedListAndLaterChangesShow) {
  ApprovalStore approvals(db_->pool());
  EXPECT_FALSE(approvals.Latest(edition_.id).has_value());
  Decide(ids_[0], RegistrationStatus::kAccepted);
  Decide(ids_[1], RegistrationStatus::kAccepted);
  const auto made = approvals.Approve(edition_.id, "Looks balanced", std::nullopt, 1000);
  const auto latest = approvals.Latest(edition_.id);
  ASSERT_TRUE(latest.has_value());
  EXPECT_EQ(latest->id, made.id);
  EXPECT_EQ(latest->at, 1000);
  EXPECT_EQ(latest->accepted_count, 2);
  EXPECT_EQ(latest->accepted_ids, (std::vector<Id>{ids_[0], ids_[1]}));
  EXPECT_EQ(latest->accepted_digest, AcceptedDigest({ids_[0], ids_[1]}));
  EXPECT_EQ(latest->comment, "Looks balanced");
  EXPECT_FALSE(DriftSince(*latest, approvals.AcceptedIds(edition_.id)).stale());

  Decide(ids_[0], RegistrationStatus::kDeclined);
  Decide(ids_[2], RegistrationStatus::kAccepted);
  const auto drift = DriftSince(*latest, approvals.AcceptedIds(edition_.id));
  EXPECT_EQ(drift.added, (std::vector<Id>{ids_[2]}));
  EXPECT_EQ(drift.removed, (std::vector<Id>{ids_[0]}));

  approvals.Approve(edition_.id, "", std::nullopt, 2000);
  const auto all = approvals.List(edition_.id);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].at, 2000);  // newest first
  EXPECT_EQ(all[0].accepted_ids, (std::vector<Id>{ids_[1], ids_[2]}));
  const auto audit = AuditLog(db_->pool()).Recent(1, "list_approval");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].summary, "Approved the accepted list of edition " + std::to_string(edition_.id) + " (2 accepted)");
}

TEST_P(ApprovalStoreTest, TheOutboxListsWhatOnePersonWasSentOldestFirst) {
  OutboxStore outbox(db_->pool());
  OutgoingMail extra;
  extra.to_address = "P1@Example.org";
  extra.subject = "Later";
  outbox.Enqueue(extra);
  const auto mails = outbox.ListTo("p1@example.org");
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(mails[0].subject, "Received 1");
  EXPECT_EQ(mails[1].subject, "Later");
  EXPECT_TRUE(outbox.ListTo("nobody@example.org").empty());
}

INSTANTIATE_TEST_SUITE_P(Databases, ApprovalStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
