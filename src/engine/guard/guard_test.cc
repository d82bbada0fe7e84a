// The matching rules of the attribution guard, one by one, with exact byte offsets.
#include "engine/guard/guard.h"

#include <gtest/gtest.h>

#include <thread>

namespace plenary::engine {
namespace {

constexpr char kRegistry[] =
    "id,given_name,family_name,organisation,organisation_short,country,role\n"
    "p001,Lone,Mouyal,University of Copenhagen,UCPH,Denmark,government\n"
    "p002,Yingxia,Tang,Tsinghua University,,China,academia\n"
    "p003,Beata,Stoczyńska,Asia-Europe Foundation,ASEF,Poland,international organisation\n"
    "p004,Wei,Long,Fudan University,,China,academia\n"
    "p005,Søren,Ørsted,Danish Institute for Human Rights,DIHR,Denmark,nhri\n"
    "p006,英霞,唐,清华大学,,China,government\n"
    "p007,민준,김,서울대학교,,Republic of Korea,civil society\n"
    "p008,Сүхбаатар,Батбаяр,Монголын Үндэсний Их Сургууль,МУИС,Mongolia,academia\n"
    "p009,สมชาย,ใจดี,มหาวิทยาลัยมหิดล,,Thailand,civil society\n"
    "p010,Mary,May,Amnesty International,AI,Ireland,civil society\n"
    "p011,Wei,Chen,Peking University,PKU,China,civil society\n";

GuardRegistry Registry() {
  auto parsed = ParseGuardRegistryCsv(kRegistry);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message());
  return std::move(parsed.value());
}

const AttributionGuard& Guard() {
  static const AttributionGuard guard = std::move(AttributionGuard::Build(Registry()).value());
  return guard;
}

std::vector<Finding> Scan(std::string_view text) {
  auto found = Guard().Scan(text);
  EXPECT_TRUE(found.ok());
  return found.ok() ? found.value() : std::vector<Finding>{};
}

Finding F(FindingKind kind, size_t start, std::string text, std::string participant) {
  const size_t end = start + text.size();
  return {kind, start, end, std::move(text), std::move(participant)};
}

constexpr auto kName = FindingKind::kName;
constexpr auto kAffiliation = FindingKind::kAffiliation;
constexpr auto kDescription = FindingKind::kDescription;

TEST(GuardTest, FullNameFamilyFirstInCapitalsAndGivenFirst) {
  EXPECT_EQ(Scan("opened by Lone MOUYAL, then"),
            (std::vector{F(kName, 10, "Lone MOUYAL", "p001")}));
  EXPECT_EQ(Scan("Dr. TANG Yingxia spoke"), (std::vector{F(kName, 4, "TANG Yingxia", "p002")}));
  EXPECT_EQ(Scan("mouyal lone agreed"), (std::vector{F(kName, 0, "mouyal lone", "p001")}));
}

TEST(GuardTest, DiacriticsFoldBothWays) {
  EXPECT_EQ(Scan("Ambassador Beata Stoczynska"),
            (std::vector{F(kName, 11, "Beata Stoczynska", "p003")}));
  EXPECT_EQ(Scan("Ms STOCZYŃSKA said"), (std::vector{F(kName, 3, "STOCZYŃSKA", "p003")}));
  EXPECT_EQ(Scan("Mr Orsted"), (std::vector{F(kName, 3, "Orsted", "p005")}));
  // Decomposed accent (n + U+0301) folds like the precomposed letter.
  EXPECT_EQ(Scan("Stoczyn\xCC\x81ska"), (std::vector{F(kName, 0, "Stoczyn\xCC\x81ska", "p003")}));
}

TEST(GuardTest, LineBreaksAndSpacesBetweenParts) {
  EXPECT_EQ(Scan("Lone\n  Mouyal"), (std::vector{F(kName, 0, "Lone\n  Mouyal", "p001")}));
  EXPECT_EQ(Scan("Lone, Mouyal"),
            (std::vector{F(kName, 0, "Lone", "p001"), F(kName, 6, "Mouyal", "p001")}));
}

TEST(GuardTest, PossessiveIsTheNameOnly) {
  EXPECT_EQ(Scan("Mouyal's point"), (std::vector{F(kName, 0, "Mouyal", "p001")}));
  EXPECT_EQ(Scan("Mouyal\xE2\x80\x99s point"), (std::vector{F(kName, 0, "Mouyal", "p001")}));
}

TEST(GuardTest, LowerCaseSingleWordNeverMatches) {
  EXPECT_TRUE(Scan("a long debate in may; the lone voice").empty());
  EXPECT_EQ(Scan("Long argued"), (std::vector{F(kName, 0, "Long", "p004")}));
  EXPECT_EQ(Scan("wei long agreed"), (std::vector{F(kName, 0, "wei long", "p004")}));
}

TEST(GuardTest, GivenNameOnlyWhenUniqueAndCapitalised) {
  EXPECT_EQ(Scan("Yingxia noted"), (std::vector{F(kName, 0, "Yingxia", "p002")}));
  EXPECT_TRUE(Scan("Wei noted").empty());  // two participants are called Wei
}

TEST(GuardTest, AffiliationInFullAndShort) {
  EXPECT_EQ(Scan("at the university of copenhagen"),
            (std::vector{F(kAffiliation, 7, "university of copenhagen", "p001")}));
  EXPECT_EQ(Scan("UCPH and ucph"), (std::vector{F(kAffiliation, 0, "UCPH", "p001")}));
}

TEST(GuardTest, HanHangulWithAndWithoutSpace) {
  EXPECT_EQ(Scan("唐英霞说"), (std::vector{F(kName, 0, "唐英霞", "p006")}));
  EXPECT_EQ(Scan("唐 英霞"), (std::vector{F(kName, 0, "唐 英霞", "p006")}));
  EXPECT_EQ(Scan("김민준은"), (std::vector{F(kName, 0, "김민준", "p007")}));
  EXPECT_EQ(Scan("唐教授"), (std::vector{F(kName, 0, "唐", "p006")}));
  EXPECT_TRUE(Scan("唐朝的历史").empty());
}

TEST(GuardTest, CyrillicAndThai) {
  EXPECT_EQ(Scan("БАТБАЯР Сүхбаатар"), (std::vector{F(kName, 0, "БАТБАЯР Сүхбаатар", "p008")}));
  EXPECT_EQ(Scan("คุณสมชาย ใจดี กล่าว"), (std::vector{F(kName, 9, "สมชาย ใจดี", "p009")}));
  // A Thai family name that is also a word counts alone only apart or after a title.
  EXPECT_TRUE(Scan("เขาใจดีมาก").empty());
  EXPECT_EQ(Scan("คุณสมชายกล่าว"), (std::vector{F(kName, 9, "สมชาย", "p009")}));
  EXPECT_EQ(Scan("Dr. ใจดี said"), (std::vector{F(kName, 4, "ใจดี", "p009")}));
}

TEST(GuardTest, DescriptionPointsToExactlyOne) {
  EXPECT_EQ(Scan("the Danish official said"),
            (std::vector{F(kDescription, 4, "Danish official", "p001")}));
  EXPECT_EQ(Scan("an activist from Thailand"),
            (std::vector{F(kDescription, 3, "activist from Thailand", "p009")}));
  EXPECT_TRUE(Scan("an academic from China").empty());  // two Chinese academics
  EXPECT_TRUE(Scan("Denmark adopted a law; Danish officials agreed").empty());
}

TEST(GuardTest, PersonWordsOfACountry) {
  // Ireland sent one participant; Denmark two.
  EXPECT_EQ(Scan("the Irish participant and the Dane"),
            (std::vector{F(kDescription, 4, "Irish participant", "p010")}));
  auto registry = Registry();
  registry.participants.push_back(
      {"p012", "Anna", "Lind", "Lund University", "", "Sweden", "academia"});
  const auto guard = std::move(AttributionGuard::Build(registry).value());
  EXPECT_EQ(guard.Scan("as the Swede said; a swede is a turnip").value(),
            (std::vector{F(kDescription, 7, "Swede", "p012")}));
}

TEST(GuardTest, OverlapsKeepTheLongestPerParticipantButEveryParticipant) {
  // "Wei Long" (full name) swallows "Long"; "Chen" names p011 alone.
  EXPECT_EQ(Scan("WEI LONG and Chen"),
            (std::vector{F(kName, 0, "WEI LONG", "p004"), F(kName, 13, "Chen", "p011")}));
  // A Latin and a Han family name side by side: each reported for its own participant.
  EXPECT_EQ(Scan("Tang, 唐"),
            (std::vector{F(kName, 0, "Tang", "p002"), F(kName, 6, "唐", "p006")}));
}

TEST(GuardTest, OfficialOfAnInternationalOrganisationAndTitlesInTheRegistry) {
  auto registry = Registry();
  registry.participants.push_back({"p013", "Dr. Katarzyna", "Nowak",
                                   "European External Action Service", "EEAS", "European Union",
                                   "international organisation"});
  const auto guard = std::move(AttributionGuard::Build(registry).value());
  EXPECT_EQ(guard.Scan("the EU official and Katarzyna Nowak").value(),
            (std::vector{F(kDescription, 4, "EU official", "p013"),
                         F(kName, 20, "Katarzyna Nowak", "p013")}));
}

TEST(GuardTest, EachHalfOfADoubleBarrelledName) {
  auto registry = Registry();
  registry.participants.push_back({"p014", "Ewa", "Zielińska-Kowalczyk", "", "", "Poland", ""});
  const auto guard = std::move(AttributionGuard::Build(registry).value());
  EXPECT_EQ(guard.Scan("Ms Zielinska and Dr KOWALCZYK; Ewa Zielińska-Kowalczyk").value(),
            (std::vector{F(kName, 3, "Zielinska", "p014"), F(kName, 20, "KOWALCZYK", "p014"),
                         F(kName, 31, "Ewa Zielińska-Kowalczyk", "p014")}));
}

TEST(GuardTest, InvalidUtf8IsAnErrorWithItsOffset) {
  auto found = Guard().Scan("abc \xC3(");
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().message(), "invalid UTF-8 at byte 4; save the text as UTF-8");
}

TEST(GuardTest, ConcurrentScansAgree) {
  const std::string text = "Lone MOUYAL met Dr. Tang at UCPH. ";
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] { counts[t] = Guard().Scan(text).value().size(); });
  }
  for (auto& th : threads) th.join();
  for (size_t c : counts) EXPECT_EQ(c, 3u);
}

}  // namespace
}  // namespace plenary::engine
