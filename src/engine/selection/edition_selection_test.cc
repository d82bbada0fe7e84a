#include "engine/selection/edition_selection.h"

#include <gtest/gtest.h>

namespace plenary::engine {
namespace {

Registration Person(Id id, Gender g, std::string region, Sector s, RegistrationStatus status, int score) {
  Registration r;
  r.id = id;
  r.gender = g;
  r.region = std::move(region);
  r.sector = s;
  r.status = status;
  r.score = score;
  r.country = "Mongolia";
  return r;
}

TEST(EditionSelection, DefaultsForAHundredApplicantsAndNinetyPlaces) {
  const auto form = DefaultSelectionForm(100, 90);
  EXPECT_EQ(form.at("k"), "90");
  EXPECT_EQ(form.at("min_gender_woman"), "27");
  EXPECT_EQ(form.at("min_gender_man"), "27");
  EXPECT_EQ(form.at("min_region_Asia"), "27");
  EXPECT_EQ(form.at("min_region_Europe"), "27");
  EXPECT_EQ(form.at("max_sector_government"), "45");
  EXPECT_EQ(form.at("country_cap"), "4");
  auto rules = ParseSelectionForm(form);
  ASSERT_TRUE(rules) << rules.error().message();
  EXPECT_EQ(rules->k, 90);
  EXPECT_EQ(rules->country_cap, 4);
  ASSERT_EQ(rules->quotas.size(), 5u);
  EXPECT_EQ(rules->quotas[0].attribute, "gender");
  EXPECT_EQ(rules->quotas[0].value, "man");  // sorted by (attribute, value)
  EXPECT_EQ(rules->quotas[4].attribute, "sector");
  EXPECT_EQ(rules->quotas[4].min, 0);
  EXPECT_EQ(rules->quotas[4].max, 45);
  EXPECT_EQ(DefaultSelectionForm(40, 90).at("k"), "40");
}

TEST(EditionSelection, EveryProblemOfTheFormNamesItsField) {
  SelectionForm form{{"k", ""}, {"country_cap", "x"}, {"min_gender_woman", "30"}, {"max_gender_woman", "20"},
                     {"min_sector_nhri", "-1"}};
  auto rules = ParseSelectionForm(form);
  ASSERT_FALSE(rules);
  std::vector<std::string> fields;
  for (const auto& f : rules.error().fields()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"k", "country_cap", "max_gender_woman", "min_sector_nhri"}));
  EXPECT_EQ(rules.error().fields()[2].message,
            "The maximum for Woman (20) is below its minimum (30); raise the maximum or lower the minimum.");
}

TEST(EditionSelection, NominatedOfficialsAreInDeclinedAreOutErasedAreNotCandidates) {
  std::vector<Registration> regs = {
      Person(1, Gender::kWoman, "Asia", Sector::kGovernment, RegistrationStatus::kApplied, 5),
      Person(2, Gender::kMan, "Europe", Sector::kNhri, RegistrationStatus::kDeclined, 9),
      Person(3, Gender::kMan, "Europe", Sector::kAcademia, RegistrationStatus::kApplied, 20000),
      Person(4, Gender::kWoman, "Asia", Sector::kGovernment, RegistrationStatus::kDeclined, 1)};
  regs.push_back(Person(5, Gender::kWoman, "Asia", Sector::kGovernment, RegistrationStatus::kApplied, 1));
  regs.back().erased_at = 100;
  const auto instance = BuildEditionSelection(regs, {1, 4}, {2, {}, 3});
  ASSERT_EQ(instance.candidates.size(), 4u);
  EXPECT_EQ(instance.k, 2);
  EXPECT_EQ(instance.country_cap, 3);
  EXPECT_EQ(instance.candidates[0].must, MustStatus::kIn);
  EXPECT_EQ(instance.candidates[1].must, MustStatus::kOut);
  EXPECT_EQ(instance.candidates[2].must, MustStatus::kFree);
  EXPECT_EQ(instance.candidates[2].score, kMaxAbsScore);  // clamped to what the engine accepts
  EXPECT_EQ(instance.candidates[3].must, MustStatus::kOut);  // declined wins over nominated
  EXPECT_EQ(instance.candidates[0].attributes.at("sector"), "government");
  EXPECT_EQ(instance.candidates[1].attributes.at("region"), "Europe");
  auto result = Select(instance, {});
  ASSERT_TRUE(result);
  EXPECT_EQ(result->selected, (std::vector<std::string>{"1", "3"}));
}

TEST(EditionSelection, AReplacementKeepsTheRulesWithEveryoneElseFixed) {
  // Four places, two women at least; a woman gave up her place. The best-scored man on the
  // waiting list would break the rule, so the woman with the lower score takes the place.
  const std::vector<Registration> regs = {
      Person(1, Gender::kWoman, "Asia", Sector::kNhri, RegistrationStatus::kAccepted, 1),
      Person(2, Gender::kWoman, "Europe", Sector::kNhri, RegistrationStatus::kWithdrawn, 9),
      Person(3, Gender::kMan, "Asia", Sector::kNhri, RegistrationStatus::kAccepted, 1),
      Person(4, Gender::kMan, "Europe", Sector::kNhri, RegistrationStatus::kAccepted, 1),
      Person(5, Gender::kMan, "Europe", Sector::kNhri, RegistrationStatus::kWaitlisted, 90),
      Person(6, Gender::kWoman, "Asia", Sector::kNhri, RegistrationStatus::kWaitlisted, 10),
      Person(7, Gender::kWoman, "Asia", Sector::kNhri, RegistrationStatus::kApplied, 99),
      Person(8, Gender::kWoman, "Asia", Sector::kNhri, RegistrationStatus::kDeclined, 99)};
  SelectionRules rules;
  rules.k = 4;
  rules.quotas = {{"gender", "woman", 2, std::nullopt}};
  auto one = SuggestReplacements(regs, rules, 1, 10);
  ASSERT_TRUE(one) << one.error().message();
  EXPECT_EQ(one->chosen, (std::vector<Id>{6}));
  EXPECT_TRUE(one->relaxed.empty());
  // Two places: both people waiting take them.
  rules.quotas = {{"gender", "woman", 2, std::nullopt}};
  auto two = SuggestReplacements(regs, rules, 2, 10);
  ASSERT_TRUE(two) << two.error().message();
  EXPECT_EQ(two->chosen, (std::vector<Id>{5, 6}));
  EXPECT_TRUE(two->relaxed.empty());
  // At least four women cannot hold around the people already in (two at most): the rule is
  // loosened by the least, and said so.
  rules.quotas = {{"gender", "woman", 4, std::nullopt}};
  auto loosened = SuggestReplacements(regs, rules, 2, 10);
  ASSERT_TRUE(loosened) << loosened.error().message();
  EXPECT_EQ(loosened->chosen, (std::vector<Id>{5, 6}));
  EXPECT_EQ(loosened->relaxed, (std::vector<std::string>{"Lower the minimum for Woman from 4 to 2."}));
  // No free place or nobody waiting: no suggestion.
  EXPECT_TRUE(SuggestReplacements(regs, rules, 0, 10)->chosen.empty());
}

TEST(EditionSelection, TheAsemFormulaPerPartnerIsARule) {
  // One official and one or two civil-society participants per country; the highest scores
  // would take two officials from Austria and none from Mongolia.
  auto person = [](Id id, std::string country, Sector sector, int score) {
    Registration r = Person(id, Gender::kWoman, "Europe", sector, RegistrationStatus::kApplied, score);
    r.country = std::move(country);
    return r;
  };
  const std::vector<Registration> regs = {
      person(1, "Austria", Sector::kGovernment, 90), person(2, "Austria", Sector::kGovernment, 80),
      person(3, "Austria", Sector::kCivilSociety, 70), person(4, "Mongolia", Sector::kGovernment, 10),
      person(5, "Mongolia", Sector::kCivilSociety, 20), person(6, "Mongolia", Sector::kCivilSociety, 30),
      person(7, "International", Sector::kInternationalOrganisation, 5)};
  const auto rules = ParseSelectionForm({{"k", "5"},
                                         {"partner_min", "1"},
                                         {"partner_min_government", "1"},
                                         {"partner_max_government", "1"},
                                         {"partner_min_civil_society", "1"},
                                         {"partner_max_civil_society", "2"}});
  ASSERT_TRUE(rules) << rules.error().message();
  EXPECT_EQ(rules->partner_rules, (std::vector<PartnerRule>{{"", 1, std::nullopt},
                                                            {"government", 1, 1},
                                                            {"civil_society", 1, 2}}));
  const auto instance = BuildEditionSelection(regs, {}, *rules);
  auto result = Select(instance, {10});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, SelectionStatus::kOptimal);
  EXPECT_EQ(result->selected, (std::vector<std::string>{"1", "3", "4", "5", "6"}));

  // Two civil-society places per country are asked for and Austria has one applicant: the
  // smallest change is said in words.
  auto strict = *rules;
  strict.partner_rules[2].min = 2;
  const auto infeasible = BuildEditionSelection(regs, {}, strict);
  result = Select(infeasible, {10});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, SelectionStatus::kInfeasible);
  ASSERT_EQ(result->diagnosis->relaxations.size(), 1u);
  EXPECT_EQ(PlainRelaxation(result->diagnosis->relaxations[0]),
            "Select at least 1 instead of 2 civil-society participants from Austria.");
  EXPECT_EQ(PlainReason(infeasible, *result->diagnosis),
            "The rules cannot all be met at once; the smallest change to them that makes a selection possible is "
            "below.");
  EXPECT_EQ(PlainRelaxation({"country=Austria", RelaxedBound::kMin, 1, 0}),
            "Select at least 0 instead of 1 people from Austria.");
  EXPECT_EQ(PlainRelaxation({"partner_sector=Austria|government", RelaxedBound::kMax, 1, 2}),
            "Allow 2 instead of 1 government officials from Austria.");

  // Refused in words.
  const auto bad = ParseSelectionForm({{"k", "5"}, {"country_cap", "1"}, {"partner_min", "2"},
                                       {"partner_min_government", "2"}, {"partner_max_government", "1"}});
  ASSERT_FALSE(bad);
  ASSERT_EQ(bad.error().fields().size(), 2u);
  EXPECT_EQ(bad.error().fields()[0].message,
            "The minimum per partner (2) is above the cap per country (1); raise the cap or lower the minimum.");
  EXPECT_EQ(bad.error().fields()[1].message,
            "The maximum of government officials per partner (1) is below its minimum (2); raise the maximum or lower "
            "the minimum.");
}

TEST(EditionSelection, WhyNothingWasSelectedInWords) {
  SelectionInstance instance;
  instance.k = 1;
  instance.candidates = {{"1", 0, "Austria", {}, MustStatus::kIn}, {"2", 0, "Austria", {}, MustStatus::kIn}};
  EXPECT_EQ(PlainReason(instance, {}),
            "2 nominated officials (or people already accepted) must be selected, but only 1 places are to be filled; "
            "select more people.");
  instance.k = 3;
  EXPECT_EQ(PlainReason(instance, {}),
            "Only 2 people can be selected (the others declined or withdrew), fewer than the 3 places to fill; select "
            "fewer people.");
}

TEST(EditionSelection, RelaxationsInTheFormsWords) {
  EXPECT_EQ(PlainRelaxation({"gender=woman", RelaxedBound::kMin, 27, 25}), "Lower the minimum for Woman from 27 to 25.");
  EXPECT_EQ(PlainRelaxation({"sector=government", RelaxedBound::kMax, 45, 47}),
            "Raise the maximum for Government from 45 to 47.");
  EXPECT_EQ(PlainRelaxation({"country=Denmark", RelaxedBound::kMax, 4, 5}), "Allow 5 people instead of 4 from Denmark.");
}

TEST(EditionSelection, ScoresPastedFromASpreadsheet) {
  auto scores = ParseScoreList("12,40\r\n\n 13 ;-3\n14\t10000\n");
  ASSERT_TRUE(scores) << scores.error().message();
  EXPECT_EQ(*scores, (std::vector<std::pair<Id, int>>{{12, 40}, {13, -3}, {14, 10000}}));
  for (const char* bad : {"12,40\n13", "12,4.5", "x,4", "12,10001", "0,4", "12,+4"}) {
    auto refused = ParseScoreList(bad);
    ASSERT_FALSE(refused) << bad;
    EXPECT_EQ(refused.error().fields()[0].field, "scores");
  }
  EXPECT_EQ(ParseScoreList("12,40\n13").error().fields()[0].message,
            "Line 2 (\"13\") is not \"registration id,score\" with a whole-number score from -10000 to 10000; "
            "correct or remove it.");
  EXPECT_FALSE(ParseScoreList(" \n"));
  // A CSV file's header line is skipped; only the first line can be one.
  scores = ParseScoreList("Registration,Score\r\n12,40\r\n");
  ASSERT_TRUE(scores) << scores.error().message();
  EXPECT_EQ(*scores, (std::vector<std::pair<Id, int>>{{12, 40}}));
  EXPECT_EQ(ParseScoreList("12,40\nregistration,score\n").error().fields()[0].message,
            "Line 2 (\"registration,score\") is not \"registration id,score\" with a whole-number score from -10000 "
            "to 10000; correct or remove it.");
  // One score typed in the table.
  EXPECT_EQ(ParseScore(" 7 "), 7);
  EXPECT_EQ(ParseScore(""), 0);
  EXPECT_EQ(ParseScore("-10000"), -10000);
  EXPECT_EQ(ParseScore("10001"), std::nullopt);
  EXPECT_EQ(ParseScore("seven"), std::nullopt);
}

TEST(EditionSelection, ARunAndItsRulesSurviveTheJobRecord) {
  const SelectionRun run{"infeasible", 120, {4, 5, 19}, "the rules clash\nbadly", {"Lower the minimum for Woman from 27 to 25."}};
  const std::string text = EncodeSelectionRun(run);
  EXPECT_EQ(text, "status=infeasible\nobjective=120\nselected=4,5,19\nreason=the rules clash badly\n"
                  "relaxation=Lower the minimum for Woman from 27 to 25.\n");
  SelectionRun expected = run;
  expected.reason = "the rules clash badly";
  EXPECT_EQ(DecodeSelectionRun(text), expected);
  EXPECT_EQ(DecodeSelectionRun("selected=4,x,6\nobjective=many\nnonsense").selected, (std::vector<Id>{4, 6}));
  const auto form = DefaultSelectionForm(100, 90);
  EXPECT_EQ(DecodeSelectionForm(EncodeSelectionForm(form)), form);
}

}  // namespace
}  // namespace plenary::engine
