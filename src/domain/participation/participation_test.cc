#include "domain/participation/participation.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace plenary {
namespace {

using ::testing::HasSubstr;

constexpr UtcSeconds kNow = 1790000000;  // 2026-09-21: before the test edition's deadline

Edition TestEdition() {
  Edition e;
  e.id = 7;
  e.number = 24;
  e.title = "Human Rights & Digital Civic Space";
  e.time_zone = "Asia/Ulaanbaatar";
  e.start_date = LocalDate{2027, 6, 8};
  e.end_date = LocalDate{2027, 6, 10};
  e.registration_deadline = *ToUtc({{2027, 4, 30}, 23, 59}, "Asia/Ulaanbaatar");
  e.working_groups = {{11, "Freedom of Expression Online", "", 25, 30, {}},
                      {12, "Privacy and Surveillance", "", 25, 30, {}},
                      {13, "Equality and Non-discrimination", "", 25, 30, {}}};
  return e;
}

std::vector<Partner> TestPartners() {
  return {{1, "Mongolia", PartnerKind::kCountry, RegionGroup::kAsia, "MN", {}},
          {2, "Denmark", PartnerKind::kCountry, RegionGroup::kEurope, "DK", {}},
          {3, "ASEAN Secretariat", PartnerKind::kOrganisation, RegionGroup::kAsia, "ASEAN", {}}};
}

RegistrationDraft ValidDraft() {
  RegistrationDraft d;
  d.full_name = "Anna Jensen";
  d.family_name = "Jensen";
  d.organisation = "Danish Institute for Human Rights";
  d.position = "Adviser";
  d.country = "Denmark";
  d.sector = "nhri";
  d.gender = "woman";
  d.expertise = "privacy, data protection,  privacy ,";
  d.choices = {"12", "11", "13"};
  d.privacy_consent = true;
  d.chatham_acknowledged = true;
  return d;
}

std::vector<FieldError> ErrorsOf(const RegistrationDraft& d) {
  auto r = ParseRegistration(d, TestEdition(), TestPartners(), kNow);
  return r.ok() ? std::vector<FieldError>{} : r.error().fields();
}

TEST(Participation, OnlyAnAcceptedPlaceThatIsNotErasedStandsAccepted) {
  EXPECT_EQ(StandingOf(RegistrationStatus::kAccepted, false), Standing::kAccepted);
  EXPECT_EQ(StandingOf(RegistrationStatus::kAccepted, true), Standing::kErased);
  for (auto status : {RegistrationStatus::kApplied, RegistrationStatus::kWaitlisted, RegistrationStatus::kDeclined,
                      RegistrationStatus::kWithdrawn}) {
    EXPECT_EQ(StandingOf(status, false), Standing::kApplicant) << ToString(status);
  }
}

TEST(Participation, ParsesAValidRegistration) {
  auto r = ParseRegistration(ValidDraft(), TestEdition(), TestPartners(), kNow);
  ASSERT_TRUE(r.ok()) << r.error().fields().at(0).message;
  EXPECT_EQ(r->edition_id, 7);
  EXPECT_EQ(r->region, "Europe");
  EXPECT_EQ(r->sector, Sector::kNhri);
  EXPECT_EQ(r->gender, Gender::kWoman);
  EXPECT_EQ(r->expertise, (std::vector<std::string>{"privacy", "data protection"}));
  EXPECT_EQ(r->ranking, (std::vector<Id>{12, 11, 13}));
  EXPECT_EQ(r->RankOf(11), 2);
  EXPECT_EQ(r->privacy_version, kPrivacyNoticeVersion);
  EXPECT_EQ(r->consented_at, kNow);
  EXPECT_EQ(r->chatham_acknowledged_at, kNow);
  EXPECT_FALSE(r->public_listing);
}

TEST(Participation, TheFamilyNameMustBePartOfTheFullName) {
  auto d = ValidDraft();
  d.family_name = "Hansen";
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{
                             {"family_name", "The family name must be written as it appears in your full name "
                                             "(\"Anna Jensen\"); copy that part of it."}}));
  d.family_name = "";
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{{"family_name", "Enter your family name."}}));
}

TEST(Participation, TheRankingMustListEveryGroupOnce) {
  auto omitted = ValidDraft();
  omitted.choices = {"12", "11", ""};
  EXPECT_EQ(ErrorsOf(omitted),
            (std::vector<FieldError>{{"choice_3", "Choose your third choice: rank every working group."}}));
  omitted.choices = {"12"};
  EXPECT_EQ(ErrorsOf(omitted),
            (std::vector<FieldError>{{"choice_2", "Choose your second choice: rank every working group."},
                                     {"choice_3", "Choose your third choice: rank every working group."}}));
  auto repeated = ValidDraft();
  repeated.choices = {"12", "12", "13"};
  EXPECT_EQ(ErrorsOf(repeated), (std::vector<FieldError>{
                                    {"choice_2", "You chose \"Privacy and Surveillance\" more than once; rank each "
                                                 "working group once."}}));
  auto foreign = ValidDraft();
  foreign.choices = {"99", "11", "13"};
  EXPECT_EQ(ErrorsOf(foreign), (std::vector<FieldError>{
                                   {"choice_1", "Your first choice is not a working group of this edition; choose "
                                                "one from the list."}}));
}

TEST(Participation, TheCountryMustBeAPartnerCountryOrInternational) {
  auto d = ValidDraft();
  d.country = "Narnia";
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{
                             {"country", "\"Narnia\" is not one of the partner countries; choose it from the list."}}));
  d.country = "ASEAN Secretariat";  // a partner, but not a country
  EXPECT_EQ(ErrorsOf(d).at(0).field, "country");
  d.country = "";
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{
                             {"country", "Choose your country, or \"International\" if you work for an "
                                         "international organisation."}}));
  d.country = "International";
  auto r = ParseRegistration(d, TestEdition(), TestPartners(), kNow);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->region, "Other");
}

TEST(Participation, ConsentAndTheChathamHouseRuleAreRequired) {
  auto d = ValidDraft();
  d.privacy_consent = false;
  d.chatham_acknowledged = false;
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"privacy_consent",
                 "Consent to the privacy notice to register; without it we cannot keep your registration."},
                {"chatham_acknowledged", "Acknowledge the Chatham House Rule: the working groups meet under it."}}));
}

TEST(Participation, ALineBreakInAOneLineFieldIsRefusedButNotInNeeds) {
  auto d = ValidDraft();
  d.full_name = "Anna Jensen\r\nReply-To: attacker@example.net";
  d.organisation = "Institute\tX";
  d.access_needs = "Step-free access.\nA seat near the door.";
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"full_name", "Your name as you write it has a line break or a tab; type it on one line."},
                {"organisation", "Your organisation has a line break or a tab; type it on one line."}}));
}

TEST(Participation, LimitsCountCharactersInEveryScript) {
  auto d = ValidDraft();
  d.full_name.clear();
  for (int i = 0; i < 60; ++i) d.full_name += "สมชาย";  // 300 characters, 900 bytes
  d.family_name = "สมชาย";
  EXPECT_EQ(ErrorsOf(d), std::vector<FieldError>{});
  d.full_name += "ก";
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"full_name", "Your name as you write it is longer than 300 characters (it has 301); shorten it."}}));
}

TEST(Participation, TextThatIsNotUtf8IsRefused) {
  auto d = ValidDraft();
  d.full_name = "Anna \xff Jensen";
  d.organisation = "Institute \xc3";
  d.expertise = "\xe2\x82";
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"full_name", "Your name as you write it contains bytes that are not text (UTF-8); type it again."},
                {"organisation", "Your organisation contains bytes that are not text (UTF-8); type it again."},
                {"expertise", "Your expertise contains bytes that are not text (UTF-8); type it again."}}));
}

// Strict UTF-8 (domain/utf8.h), as in the invitation files: an overlong "/" and an encoded
// surrogate are not text either.
TEST(Participation, OverlongFormsAndSurrogatesAreRefused) {
  auto d = ValidDraft();
  d.organisation = "Institute \xc0\xaf Bangkok";
  d.position = "Director \xed\xa0\x80";
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"organisation", "Your organisation contains bytes that are not text (UTF-8); type it again."},
                {"position", "Your position contains bytes that are not text (UTF-8); type it again."}}));
}

TEST(Participation, WithoutAQuotaAPartnerNominatesOneGovernmentOfficial) {
  EXPECT_EQ(DefaultNominationQuota(Sector::kGovernment), 1);
  for (Sector s : AllSectors()) {
    if (s != Sector::kGovernment) {
      EXPECT_EQ(DefaultNominationQuota(s), 0) << ToString(s);
    }
  }
}

TEST(Participation, SectorAndGenderMustBeChosen) {
  auto d = ValidDraft();
  d.sector = "";
  d.gender = "unknown";
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{{"sector", "Choose the sector you work in."},
                                                  {"gender", "Choose a gender, or \"Prefer not to say\"."}}));
  d.sector = "Civil society";
  d.gender = "Prefer not to say";
  EXPECT_TRUE(ErrorsOf(d).empty());
}

TEST(Participation, NamesInAnyScriptAreAccepted) {
  const std::vector<std::pair<std::string, std::string>> names = {
      {"Батбаяр Дорж", "Дорж"},            // Mongolian Cyrillic
      {"สมชาย ใจดี", "ใจดี"},               // Thai
      {"王小明", "王"},                     // Chinese
      {"محمد العلي", "العلي"},             // Arabic
      {"अनीता शर्मा", "शर्मा"},             // Devanagari
  };
  for (const auto& [full, family] : names) {
    auto d = ValidDraft();
    d.full_name = full;
    d.family_name = family;
    d.latin_name = "Transliterated";
    auto r = ParseRegistration(d, TestEdition(), TestPartners(), kNow);
    ASSERT_TRUE(r.ok()) << full << ": " << r.error().fields().at(0).message;
    EXPECT_EQ(r->full_name, full);
    EXPECT_EQ(r->family_name, family);
  }
}

TEST(Participation, RegistrationClosesAtTheDeadlineStatedInTheEditionsZone) {
  auto e = TestEdition();
  e.phase = EditionPhase::kRegistrationOpen;
  EXPECT_TRUE(CheckRegistrationOpen(e, *e.registration_deadline - 1).ok());
  auto closed = CheckRegistrationOpen(e, *e.registration_deadline);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().message(),
            "Registration closed on 30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00). Write to "
            "the secretariat if you need to change your registration.");
  Edition unset = e;
  unset.registration_deadline.reset();
  EXPECT_EQ(CheckRegistrationOpen(unset, kNow).error().message(),
            "Registration for the 24th edition has not opened: the secretariat has not set a deadline yet.");
  // Only the phase "registration open" takes registrations, whatever the deadline says.
  for (auto phase : {EditionPhase::kDraft, EditionPhase::kAnnounced, EditionPhase::kRegistrationClosed,
                     EditionPhase::kSelection}) {
    e.phase = phase;
    const auto refused = CheckRegistrationOpen(e, *e.registration_deadline - 1);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message(), "Registration for the 24th edition is not open: the edition is in the phase "
                                         "\u201c" + Label(phase) + "\u201d. Write to the secretariat if you need to "
                                         "change your registration.");
  }
}

TEST(Participation, AnonymisedKeepsOnlyWhatTheStatisticsNeed) {
  auto r = *ParseRegistration(ValidDraft(), TestEdition(), TestPartners(), kNow);
  r.id = 5;
  r.latin_name = "Anna Jensen";
  r.access_needs = "Wheelchair";
  r.dietary_needs = "Vegan";
  r.public_listing = true;
  r.account_id = 9;
  r.decision_reason = "Strong record on privacy";
  r.status = RegistrationStatus::kAccepted;
  r.working_group_id = 12;
  const auto a = Anonymised(r, kNow + 10);
  EXPECT_EQ(a.id, 5);
  EXPECT_EQ(a.full_name, "Erased participant");
  for (const auto& text : {a.family_name, a.latin_name, a.organisation, a.position, a.country, a.access_needs,
                           a.dietary_needs, a.decision_reason}) {
    EXPECT_EQ(text, "");
  }
  EXPECT_TRUE(a.expertise.empty());
  EXPECT_FALSE(a.account_id.has_value());
  EXPECT_FALSE(a.public_listing);
  EXPECT_EQ(a.gender, Gender::kPreferNotToSay);
  EXPECT_EQ(a.region, "Europe");
  EXPECT_EQ(a.sector, Sector::kNhri);
  EXPECT_EQ(a.status, RegistrationStatus::kAccepted);
  EXPECT_EQ(a.ranking, r.ranking);
  EXPECT_EQ(a.working_group_id, 12);
  EXPECT_EQ(a.erased_at, kNow + 10);
}

TEST(Participation, ThePurgeIsDueTheRetentionPeriodAfterTheLastDayEndsInTheEditionsZone) {
  auto e = TestEdition();
  // 10 June 2027 ends at 16:00 UTC in Ulaanbaatar (UTC+8); 365 days later is 9 June 2028.
  EXPECT_EQ(PurgeDueAt(e, 365), *ToUtc({{2027, 6, 10}, 16, 0}, "UTC") + 365 * 86400LL);
  EXPECT_EQ(PurgeDueAt(e, 0), *ToUtc({{2027, 6, 10}, 16, 0}, "UTC"));
  e.time_zone = "";
  EXPECT_EQ(PurgeDueAt(e, 0), *ToUtc({{2027, 6, 11}, 0, 0}, "UTC"));
  e.end_date.reset();
  EXPECT_FALSE(PurgeDueAt(e, 365).has_value());
}

TEST(Participation, ThePrivacyNoticeInTheDocsIsTheVersionRegistrationsConsentTo) {
  std::ifstream in(std::string(PLENARY_SOURCE_DIR) + "/docs/PRIVACY.md");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_THAT(text.str(), HasSubstr(std::string("Version ") + kPrivacyNoticeVersion + "."));
}

TEST(Participation, GovernmentComesOnlyThroughANomination) {
  EXPECT_EQ(CheckSectorOfInvitation(Sector::kGovernment, InvitationKind::kNominated), std::nullopt);
  EXPECT_EQ(CheckSectorOfInvitation(Sector::kCivilSociety, InvitationKind::kInvited), std::nullopt);
  const auto refused = CheckSectorOfInvitation(Sector::kGovernment, InvitationKind::kInvited);
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->field, "sector");
  EXPECT_EQ(refused->message, "Government officials take part through their partner's nomination: choose the sector "
                              "you work in, or ask your country's focal point to nominate you.");
}

TEST(Participation, TheFactsSelectionUsedAreLockedOnceAccepted) {
  Registration stored;
  stored.country = "Denmark";
  stored.region = "Europe";
  stored.sector = Sector::kCivilSociety;
  stored.gender = Gender::kWoman;
  stored.organisation = "Old";
  Registration wanted = stored;
  wanted.country = "Germany";
  wanted.sector = Sector::kGovernment;
  wanted.organisation = "New";
  // Not accepted: an edit like any other.
  EXPECT_TRUE(LockedFactChanges(stored, wanted).empty());
  stored.proposed_status = RegistrationStatus::kAccepted;  // a draft acceptance locks them too
  const auto changes = LockedFactChanges(stored, wanted);
  EXPECT_EQ(changes, (std::vector<FactChange>{{"country", "Denmark", "Germany"},
                                              {"sector", "civil_society", "government"}}));
  EXPECT_EQ(Describe(changes[0]), "Country: Denmark → Germany");
  EXPECT_EQ(Describe(changes[1]), "Sector: Civil society → Government");
  EXPECT_EQ(Describe({"gender", "woman", "prefer_not_to_say"}), "Gender: Woman → Prefer not to say");
  const auto kept = WithLockedFacts(wanted, stored);
  EXPECT_EQ(kept.country, "Denmark");
  EXPECT_EQ(kept.region, "Europe");
  EXPECT_EQ(kept.sector, Sector::kCivilSociety);
  EXPECT_EQ(kept.organisation, "New");  // the rest of the edit stands
  stored.proposed_status.reset();
  stored.status = RegistrationStatus::kAccepted;
  EXPECT_EQ(LockedFactChanges(stored, wanted).size(), 2u);
}

}  // namespace
}  // namespace plenary
