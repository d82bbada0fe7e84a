// The personal-data side of RegistrationStore against both databases: the erasure request,
// completing an erasure, the public list and the retention purge of an ended edition.
#include <gtest/gtest.h>

#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/series/edition_database_test.h"
#include "store/core/database.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"

namespace plenary::store {
namespace {

class RegistrationStoreTest : public EditionDatabaseTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(2);
    if (IsSkipped() || HasFatalFailure()) return;
    const Id series = CreateSeries();
    Edition e;
    e.series_id = series;
    e.number = 23;
    e.title = "Human Rights & AI";
    e.city = "Copenhagen";
    e.country = "Denmark";
    e.time_zone = "Europe/Copenhagen";
    e.year = 2025;
    e.start_date = LocalDate{2025, 10, 29};
    e.end_date = LocalDate{2025, 10, 31};  // in the past: the purge applies
    e.working_groups = {{0, "Privacy", "", 25, 30, {}}, {0, "Equality", "", 20, 28, {}}};
    auto id = EditionStore(db_->pool()).Create(e, std::nullopt);
    ASSERT_TRUE(id.ok());
    edition_ = *EditionStore(db_->pool()).GetById(*id);
  }

  Id Invite(const std::string& email, const std::string& name) {
    NewInvitation n;
    n.invitation.edition_id = edition_.id;
    n.invitation.email = email;
    n.invitation.name = name;
    n.invitation.organisation = name + " Org";
    n.invitation.expires_at = NowUtc() + 86400;
    n.token_hash = "hash-" + email;
    OutgoingMail mail;
    mail.subject = "Invitation";
    mail.body_text = "Dear " + name;
    n.mail = mail;
    auto ids = InvitationStore(db_->pool()).Create({n}, std::nullopt);
    EXPECT_TRUE(ids.ok());
    return ids.ok() ? ids->front() : 0;
  }

  RegistrationCreated Register(const std::string& email, const std::string& name, bool listed) {
    Invite(email, name);
    Registration r;
    r.edition_id = edition_.id;
    r.full_name = name;
    r.family_name = name.substr(name.find(' ') + 1);
    r.organisation = name + " Org";
    r.country = "Denmark";
    r.region = "Europe";
    r.privacy_version = kPrivacyNoticeVersion;
    r.public_listing = listed;
    r.ranking = {edition_.working_groups[1].id, edition_.working_groups[0].id};
    OutgoingMail mail;
    mail.subject = "Registration received";
    mail.body_text = "Dear " + name;
    auto created = RegistrationStore(db_->pool()).Create("hash-" + email, r, mail, NowUtc());
    EXPECT_TRUE(created.ok()) << created.error().message();
    return created.ok() ? *created : RegistrationCreated{};
  }

  int Count(const std::string& sql, const std::string& param) {
    soci::session session(db_->pool());
    int n = 0;
    session << sql, soci::use(param), soci::into(n);
    return n;
  }

  Edition edition_;
};

TEST_P(RegistrationStoreTest, AnErasureIsRequestedOnceAndCompletedWithoutATrace) {
  const auto created = Register("karen@example.dk", "Karen Blixen", true);
  RegistrationStore store(db_->pool());
  OutgoingMail notice;
  notice.to_address = "a@b.org";
  notice.subject = "Erasure request: registration " + std::to_string(created.registration_id);
  ASSERT_TRUE(store.RequestErasure(edition_.id, created.registration_id, notice, 1000).ok());
  ASSERT_TRUE(store.RequestErasure(edition_.id, created.registration_id, notice, 2000).ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE to_address = :a", "a@b.org"), 1);
  auto requests = store.ErasureRequests(edition_.id);
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].erasure_requested_at, 1000);

  ASSERT_TRUE(store.Erase(edition_.id, created.registration_id, std::nullopt, 3000).ok());
  EXPECT_EQ(store.Erase(edition_.id, created.registration_id, std::nullopt, 3001).error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store.Erase(edition_.id, 999999, std::nullopt, 3001).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(store.ErasureRequests(edition_.id).empty());
  const auto erased = store.Get(edition_.id, created.registration_id);
  EXPECT_EQ(erased->full_name, "Erased participant");
  EXPECT_EQ(erased->organisation, "");
  EXPECT_EQ(erased->erased_at, 3000);
  EXPECT_FALSE(erased->account_id.has_value());
  EXPECT_EQ(erased->ranking.size(), 2u);
  const auto invitation = InvitationStore(db_->pool()).List(edition_.id).at(0);
  EXPECT_EQ(invitation.email, "erased-" + std::to_string(invitation.id) + "@invalid");
  EXPECT_EQ(invitation.name, "");
  AccountStore accounts(db_->pool());
  EXPECT_FALSE(accounts.FindByEmail("karen@example.dk").has_value());
  EXPECT_TRUE(accounts.GrantsOf(created.account_id).empty());
  for (const char* needle : {"%Karen%", "%Blixen%", "%karen@example.dk%"}) {
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE summary LIKE :p", needle), 0) << needle;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE body_text LIKE :p", needle), 0) << needle;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE to_address LIKE :p", needle), 0) << needle;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE summary = :s",
                  "Registration " + std::to_string(created.registration_id) + " erased on the person's request"),
            1);
}

TEST_P(RegistrationStoreTest, APromotionFillsAPlaceGivenUpAfterAcceptanceOnce) {
  RegistrationStore store(db_->pool());
  const auto left = Register("left@example.dk", "Left Early", false);
  const auto waiting = Register("wait@example.dk", "Wait Patiently", false);
  const auto second = Register("next@example.dk", "Next Inline", false);
  const auto never = Register("never@example.dk", "Never Accepted", false);
  ASSERT_TRUE(store.Decide(edition_.id, {{left.registration_id, RegistrationStatus::kAccepted, "", std::nullopt},
                                         {waiting.registration_id, RegistrationStatus::kWaitlisted, "", std::nullopt},
                                         {second.registration_id, RegistrationStatus::kWaitlisted, "", std::nullopt},
                                         {never.registration_id, RegistrationStatus::kWaitlisted, "", std::nullopt}},
                           std::nullopt)
                  .ok());
  // A waitlisted person who gives up frees no place; an accepted one does.
  ASSERT_TRUE(store.Withdraw(edition_.id, never.registration_id, "Gave up", std::nullopt, std::nullopt, 100).ok());
  EXPECT_TRUE(store.FreedPlaces(edition_.id).empty());
  ASSERT_TRUE(store.Withdraw(edition_.id, left.registration_id, "Gave up", std::nullopt, std::nullopt, 200).ok());
  auto freed = store.FreedPlaces(edition_.id);
  ASSERT_EQ(freed.size(), 1u);
  EXPECT_EQ(freed[0].id, left.registration_id);

  // Only someone on the waiting list, and only into a freed place.
  const auto not_waiting = store.Promote(edition_.id, never.registration_id, left.registration_id, "", std::nullopt,
                                         std::nullopt, 300);
  ASSERT_FALSE(not_waiting.ok());
  EXPECT_EQ(not_waiting.error().message(),
            "Only a person on the waiting list can be promoted; registration " +
                std::to_string(never.registration_id) + " is withdrawn.");
  EXPECT_EQ(store.Promote(edition_.id, second.registration_id, never.registration_id, "", std::nullopt, std::nullopt,
                          300)
                .error()
                .code(),
            ErrorCode::kConflict);

  OutgoingMail mail;
  mail.to_address = "wait@example.dk";
  mail.subject = "Accepted";
  mail.body_text = "Dear Wait Patiently";
  ASSERT_TRUE(store.Promote(edition_.id, waiting.registration_id, left.registration_id, "Replaces Left Early", mail,
                            std::nullopt, 300)
                  .ok());
  const auto promoted = store.Get(edition_.id, waiting.registration_id);
  EXPECT_EQ(promoted->status, RegistrationStatus::kAccepted);
  EXPECT_EQ(promoted->replaces_id, left.registration_id);
  EXPECT_EQ(promoted->decision_reason, "Replaces Left Early");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE to_address = :a AND subject = 'Accepted'", "wait@example.dk"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM role_grants WHERE role = :r AND account_id = " +
                      std::to_string(waiting.account_id),
                  "participant"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE summary = :s",
                  "Registration " + std::to_string(waiting.registration_id) +
                      " promoted from the waiting list into the place of registration " +
                      std::to_string(left.registration_id)),
            1);
  EXPECT_TRUE(store.FreedPlaces(edition_.id).empty());
  // The place is taken: a second promotion into it is refused and changes nothing.
  const auto twice = store.Promote(edition_.id, second.registration_id, left.registration_id, "", std::nullopt,
                                   std::nullopt, 400);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().message(), "Registration " + std::to_string(left.registration_id) +
                                         " is not a freed place of this edition (or someone has taken it already); "
                                         "reload the page to see the places still free.");
  EXPECT_EQ(store.Get(edition_.id, second.registration_id)->status, RegistrationStatus::kWaitlisted);
}

TEST_P(RegistrationStoreTest, ThePublicListHasOnlyAcceptedListedPeopleByFamilyName) {
  const auto zed = Register("z@example.dk", "Anna Zeller", true);
  const auto abe = Register("a@example.dk", "Omar Abe", true);
  const auto quiet = Register("q@example.dk", "Quiet Person", false);
  Register("p@example.dk", "Pending Person", true);
  RegistrationStore store(db_->pool());
  ASSERT_TRUE(store.Decide(edition_.id,
                           {{zed.registration_id, RegistrationStatus::kAccepted, "", {}},
                            {abe.registration_id, RegistrationStatus::kAccepted, "", {}},
                            {quiet.registration_id, RegistrationStatus::kAccepted, "", {}}},
                           std::nullopt)
                  .ok());
  auto listed = store.PublicList(edition_.id);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].full_name, "Omar Abe");
  EXPECT_EQ(listed[1].full_name, "Anna Zeller");
  // Nobody asked: refused without a legal reason, nothing changed; with one, erased.
  const auto unasked = store.Erase(edition_.id, abe.registration_id, std::nullopt, NowUtc());
  ASSERT_FALSE(unasked.ok());
  EXPECT_EQ(unasked.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(store.PublicList(edition_.id).size(), 2u);
  EXPECT_FALSE(store.Get(edition_.id, abe.registration_id)->erased_at.has_value());
  ASSERT_TRUE(store.Erase(edition_.id, abe.registration_id, std::nullopt, NowUtc(), "Court order 12/2027").ok());
  EXPECT_EQ(store.PublicList(edition_.id).size(), 1u);
}

TEST_P(RegistrationStoreTest, ThePurgeAnonymisesRegistrationsAndUnusedInvitationsOnce) {
  Register("karen@example.dk", "Karen Blixen", false);
  Invite("never@example.dk", "Never Registered");
  RegistrationStore store(db_->pool());
  EXPECT_EQ(store.PurgeEdition(edition_.id, NowUtc()), 2);
  EXPECT_EQ(store.PurgeEdition(edition_.id, NowUtc()), 0);
  for (const char* needle : {"%Karen%", "%Never%", "%@example.dk%"}) {
    EXPECT_EQ(Count("SELECT COUNT(*) FROM registrations WHERE full_name LIKE :p", needle), 0) << needle;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE name LIKE :p", needle), 0) << needle;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE email LIKE :p", needle), 0) << needle;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM accounts WHERE email LIKE :p", needle), 0) << needle;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE to_address LIKE :p", needle), 0) << needle;
  }
  EXPECT_EQ(PurgeDueAt(edition_, 365), *ToUtc({{2025, 10, 31}, 23, 0}, "UTC") + 365 * 86400LL);
}

INSTANTIATE_TEST_SUITE_P(Databases, RegistrationStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::store
