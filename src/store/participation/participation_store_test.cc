// Invitations, registrations, decisions and jobs against both real databases: the rules that
// must hold under concurrency (an invitation is consumed once, a job is claimed once) and
// the all-or-nothing batches.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/core/audit_log.h"
#include "store/series/edition_database_test.h"
#include "store/core/database.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"

namespace plenary::store {
namespace {

class ParticipationStoreTest : public EditionDatabaseTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(6);
    if (IsSkipped() || HasFatalFailure()) return;
    edition_ = CreateEdition24({{0, "Expression", "", 25, 30, {}}, {0, "Privacy", "", 25, 30, {}}});
  }

  NewInvitation Invite(const std::string& email, const std::string& token_hash, UtcSeconds expires = 1809000000) {
    Invitation i;
    i.edition_id = edition_.id;
    i.email = email;
    i.name = "Name of " + email;
    i.expires_at = expires;
    OutgoingMail mail;
    mail.subject = "Invitation";
    mail.body_text = "link";
    mail.purpose = "invitation";
    return {i, token_hash, mail};
  }

  Registration Form(const std::string& name) {
    Registration r;
    r.edition_id = edition_.id;
    r.full_name = name;
    r.family_name = name;
    r.organisation = "Org";
    r.country = "Mongolia";
    r.region = "Asia";
    r.ranking = {edition_.working_groups[1].id, edition_.working_groups[0].id};
    r.privacy_version = "2026-11";
    r.consented_at = 100;
    r.chatham_acknowledged_at = 100;
    return r;
  }

  int Count(const std::string& table) {
    soci::session s(db_->pool());
    int n = 0;
    s << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  }

  Edition edition_;
};

TEST_P(ParticipationStoreTest, AnInvitationBatchIsAllOrNothing) {
  InvitationStore invitations(db_->pool());
  ASSERT_TRUE(invitations.Create({Invite("a@example.org", "h1")}, std::nullopt).ok());
  // The second row repeats an address already invited: nothing of the batch is stored.
  auto batch = invitations.Create({Invite("b@example.org", "h2"), Invite("A@Example.org", "h3")}, std::nullopt);
  ASSERT_FALSE(batch.ok());
  EXPECT_EQ(batch.error().message(), "a@example.org has already been invited to this edition.");
  EXPECT_EQ(invitations.List(edition_.id).size(), 1u);
  EXPECT_EQ(Count("outbox"), 1);
  EXPECT_FALSE(invitations.FindByTokenHash("h2").has_value());
  const auto found = invitations.FindByTokenHash("h1");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->email, "a@example.org");
  EXPECT_EQ(StateOf(*found, 1000), InvitationState::kPending);
}

TEST_P(ParticipationStoreTest, ResendReplacesTheTokenAndRevokeWithdrawsTheUnsentMessage) {
  InvitationStore invitations(db_->pool());
  auto ids = invitations.Create({Invite("a@example.org", "old")}, std::nullopt);
  ASSERT_TRUE(ids.ok());
  OutgoingMail again;
  again.to_address = "a@example.org";
  again.subject = "Invitation (again)";
  ASSERT_TRUE(invitations.Resend(edition_.id, (*ids)[0], "new", 1809000000, again, std::nullopt).ok());
  EXPECT_FALSE(invitations.FindByTokenHash("old").has_value());
  ASSERT_TRUE(invitations.FindByTokenHash("new").has_value());
  EXPECT_EQ(invitations.FindByTokenHash("new")->sent_count, 2);
  EXPECT_EQ(Count("outbox"), 1);  // the first, still queued with the old link, was replaced
  ASSERT_TRUE(invitations.Revoke(edition_.id, (*ids)[0], std::nullopt).ok());
  EXPECT_EQ(Count("outbox"), 0);  // the second was still queued
  EXPECT_EQ(StateOf(*invitations.FindByTokenHash("new"), 1000), InvitationState::kRevoked);
  EXPECT_FALSE(invitations.Revoke(edition_.id, (*ids)[0], std::nullopt).ok());
}

TEST_P(ParticipationStoreTest, ARegistrationConsumesItsInvitationOnceWithAccountGrantHistoryAndMail) {
  InvitationStore invitations(db_->pool());
  ASSERT_TRUE(invitations.Create({Invite("p@example.org", "tok")}, std::nullopt).ok());
  RegistrationStore registrations(db_->pool());
  OutgoingMail confirmation;
  confirmation.subject = "Registration received";
  auto created = registrations.Create("tok", Form("Энхтуяа"), confirmation, 1000);
  ASSERT_TRUE(created.ok()) << created.error().message();
  const auto r = registrations.Get(edition_.id, created->registration_id);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->full_name, "Энхтуяа");
  EXPECT_EQ(r->ranking, (std::vector<Id>{edition_.working_groups[1].id, edition_.working_groups[0].id}));
  EXPECT_EQ(r->RankOf(edition_.working_groups[0].id), 2);
  EXPECT_EQ(r->account_id, created->account_id);
  EXPECT_EQ(registrations.History(r->id).size(), 1u);
  soci::session s(db_->pool());
  std::string to;
  s << "SELECT to_address FROM outbox WHERE subject = 'Registration received'", soci::into(to);
  EXPECT_EQ(to, "p@example.org");
  int grants = 0;
  long long account = created->account_id;
  // An applicant, not yet a participant: the participant material waits for acceptance.
  s << "SELECT COUNT(*) FROM role_grants WHERE account_id = :a AND role = 'applicant'", soci::use(account),
      soci::into(grants);
  EXPECT_EQ(grants, 1);
  s << "SELECT COUNT(*) FROM role_grants WHERE account_id = :a AND role = 'participant'", soci::use(account),
      soci::into(grants);
  EXPECT_EQ(grants, 0);

  auto again = registrations.Create("tok", Form("Someone else"), confirmation, 1001);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(registrations.List(edition_.id).size(), 1u);
  EXPECT_EQ(registrations.Create("forged", Form("X"), confirmation, 1001).error().code(), ErrorCode::kNotFound);
}

TEST_P(ParticipationStoreTest, ExpiredAndRevokedInvitationsAreRefusedWithTheirReason) {
  InvitationStore invitations(db_->pool());
  auto ids = invitations.Create({Invite("old@example.org", "expired", 500), Invite("rev@example.org", "revoked")},
                                std::nullopt);
  ASSERT_TRUE(ids.ok());
  ASSERT_TRUE(invitations.Revoke(edition_.id, (*ids)[1], std::nullopt).ok());
  RegistrationStore registrations(db_->pool());
  auto expired = registrations.Create("expired", Form("A"), std::nullopt, 1000);
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.error().message(), "This invitation link has expired. Ask the secretariat to send it again.");
  auto revoked = registrations.Create("revoked", Form("B"), std::nullopt, 1000);
  ASSERT_FALSE(revoked.ok());
  EXPECT_EQ(revoked.error().message().rfind("This invitation was withdrawn", 0), 0u);
  EXPECT_EQ(Count("registrations"), 0);
  EXPECT_EQ(Count("accounts"), 0);
}

TEST_P(ParticipationStoreTest, ConcurrentSubmissionsOfOneInvitationStoreExactlyOneRegistration) {
  InvitationStore invitations(db_->pool());
  ASSERT_TRUE(invitations.Create({Invite("race@example.org", "race")}, std::nullopt).ok());
  RegistrationStore registrations(db_->pool());
  std::atomic<int> ok{0}, refused{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      try {
        auto r = registrations.Create("race", Form("Racer " + std::to_string(t)), std::nullopt, 1000);
        (r.ok() ? ok : refused)++;
      } catch (const std::exception&) {
        failed++;  // "database is locked": the WriteTransaction makes the losers wait instead
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 1);
  EXPECT_EQ(refused.load(), 3);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(Count("registrations"), 1);
  EXPECT_EQ(Count("registration_preferences"), 2);
  EXPECT_EQ(Count("accounts"), 1);
}

// Four focal points nominate at once for a partner with one place (the default quota), for
// five partners in turn: the store counts with the partner's row locked, so exactly one
// nomination per partner is stored. (Without the lock PostgreSQL let two through in about
// four runs of ten of a single partner.)
TEST_P(ParticipationStoreTest, ConcurrentNominationsNeverExceedTheQuota) {
  InvitationStore invitations(db_->pool());
  const auto nomination = [&](Id partner, const std::string& email) {
    NewInvitation n = Invite(email, email);
    n.invitation.kind = InvitationKind::kNominated;
    n.invitation.partner_id = partner;
    n.invitation.sector = Sector::kGovernment;
    return n;
  };
  Id partner = 0;
  for (int round = 0; round < 5; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    partner = PartnerStore(db_->pool()).Create(
        edition_.series_id, {0, "Partner " + std::to_string(round), PartnerKind::kCountry, RegionGroup::kAsia,
                             "P" + std::to_string(round), {}});
    std::atomic<int> ok{0}, refused{0}, failed{0};
    std::vector<std::string> messages(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        try {
          auto created = invitations.Create(
              {nomination(partner, "official" + std::to_string(round) + "." + std::to_string(t) + "@example.org")},
              std::nullopt);
          if (created.ok()) {
            ok++;
          } else {
            refused++;
            messages[t] = created.error().message();
            EXPECT_EQ(created.error().code(), ErrorCode::kInvalidInput);
          }
        } catch (const std::exception&) {
          failed++;
        }
      });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(ok.load(), 1);
    EXPECT_EQ(refused.load(), 3);
    EXPECT_EQ(failed.load(), 0);
    EXPECT_EQ(invitations.Nominations(edition_.id, partner).size(), 1u);
    for (const auto& m : messages) {
      if (!m.empty()) {
        EXPECT_EQ(m, "The partner's quota for this edition is 1 and 1 already nominated; ask the secretariat to "
                     "raise it.");
      }
    }
  }
  // A raised quota makes room for one more, and a revoked nomination frees its place.
  invitations.SetQuota(edition_.id, partner, Sector::kGovernment, 2, std::nullopt);
  auto created = invitations.Create({nomination(partner, "second@example.org")}, std::nullopt);
  ASSERT_TRUE(created.ok());
  const NewInvitation third = nomination(partner, "third@example.org");
  EXPECT_FALSE(invitations.Create({third}, std::nullopt).ok());
  ASSERT_TRUE(invitations.Revoke(edition_.id, (*created)[0], std::nullopt).ok());
  EXPECT_TRUE(invitations.Create({third}, std::nullopt).ok());
}

TEST_P(ParticipationStoreTest, DecisionsAreOneTransactionWithHistoryAndMail) {
  InvitationStore invitations(db_->pool());
  ASSERT_TRUE(invitations.Create({Invite("a@example.org", "ta"), Invite("b@example.org", "tb")}, std::nullopt).ok());
  RegistrationStore registrations(db_->pool());
  const Id a = registrations.Create("ta", Form("A"), std::nullopt, 1000)->registration_id;
  const Id b = registrations.Create("tb", Form("B"), std::nullopt, 1000)->registration_id;
  OutgoingMail mail;
  mail.to_address = "a@example.org";
  mail.subject = "Accepted";
  ASSERT_TRUE(registrations.Decide(edition_.id, {{a, RegistrationStatus::kAccepted, "strong profile", mail},
                                                 {b, RegistrationStatus::kWaitlisted, "", std::nullopt}},
                                   std::nullopt).ok());
  EXPECT_EQ(registrations.Get(edition_.id, a)->status, RegistrationStatus::kAccepted);
  EXPECT_EQ(registrations.Get(edition_.id, a)->decision_reason, "strong profile");
  EXPECT_EQ(registrations.Get(edition_.id, b)->status, RegistrationStatus::kWaitlisted);
  const auto history = registrations.History(a);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].status, RegistrationStatus::kAccepted);
  EXPECT_EQ(Count("outbox"), 3);  // the two invitations and the one decision with a message
  // An unknown registration refuses the whole batch: b stays waitlisted.
  auto bad = registrations.Decide(edition_.id, {{b, RegistrationStatus::kAccepted, "", std::nullopt},
                                                {999999, RegistrationStatus::kAccepted, "", std::nullopt}},
                                  std::nullopt);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(registrations.Get(edition_.id, b)->status, RegistrationStatus::kWaitlisted);
  // Deciding the same status again adds no history.
  ASSERT_TRUE(registrations.Decide(edition_.id, {{a, RegistrationStatus::kAccepted, "", std::nullopt}}, std::nullopt).ok());
  EXPECT_EQ(registrations.History(a).size(), 2u);
}

TEST_P(ParticipationStoreTest, OnlyAcceptedRegistrationsFollowTheProgramme) {
  InvitationStore invitations(db_->pool());
  ASSERT_TRUE(invitations.Create({Invite("a@example.org", "ta")}, std::nullopt).ok());
  RegistrationStore registrations(db_->pool());
  const auto created = registrations.Create("ta", Form("A"), std::nullopt, 1000);
  ProgrammeStore programme(db_->pool());
  EXPECT_TRUE(programme.Members(edition_.id).empty());
  ASSERT_TRUE(registrations.Decide(edition_.id, {{created->registration_id, RegistrationStatus::kAccepted, "", std::nullopt}},
                                   std::nullopt).ok());
  const auto members = programme.Members(edition_.id);
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].account_id, created->account_id);
  EXPECT_EQ(members[0].email, "a@example.org");
}

TEST_P(ParticipationStoreTest, AJobIsClaimedOnceAndAStaleClaimIsTakenOver) {
  JobStore jobs(db_->pool());
  Job job;
  job.edition_id = edition_.id;
  job.kind = JobKind::kInvitationImport;
  job.total_count = 10;
  job.input = "email,name,sector\n";
  const Id id = jobs.Enqueue(job);
  auto first = jobs.ClaimNext("w1", 1000, 60);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->id, id);
  EXPECT_EQ(first->status, JobStatus::kRunning);
  EXPECT_FALSE(jobs.ClaimNext("w2", 1001, 60).has_value());
  jobs.Progress(id, 4, 10, "4 of 10");
  EXPECT_EQ(jobs.Get(id)->done_count, 4);
  // w1 went silent: a claim older than 60 s is taken over.
  auto taken = jobs.ClaimNext("w2", NowUtc() + 120, 60);
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(taken->done_count, 4);
  jobs.Finish(id, "{}", "10 invitations sent.");
  const auto done = jobs.Get(id);
  EXPECT_EQ(done->status, JobStatus::kDone);
  EXPECT_EQ(done->done_count, 10);
  EXPECT_EQ(done->message, "10 invitations sent.");
  EXPECT_FALSE(jobs.ClaimNext("w3", NowUtc() + 1000, 60).has_value());
  EXPECT_EQ(jobs.Recent(edition_.id, JobKind::kInvitationImport, 5).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Databases, ParticipationStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
