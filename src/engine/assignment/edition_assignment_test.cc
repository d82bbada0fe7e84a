#include "engine/assignment/edition_assignment.h"

#include <gtest/gtest.h>

#include <random>

#include "engine/assignment/objective.h"

namespace plenary::engine {
namespace {

Registration Person(Id id, Gender g, std::string region, Sector s, std::vector<Id> ranking) {
  Registration r;
  r.id = id;
  r.gender = g;
  r.region = std::move(region);
  r.sector = s;
  r.ranking = std::move(ranking);
  return r;
}

Edition TwoGroups() {
  Edition e;
  e.working_groups = {{7, "Privacy", "", 1, 3, {}}, {9, "Expression", "", 2, 4, {}}};
  return e;
}

TEST(EditionAssignment, RegistrationsBecomeParticipantsWithRankedGroupsAndBalanceValues) {
  const auto built = BuildEditionInstance(
      TwoGroups(), {Person(11, Gender::kMan, "Europe", Sector::kNhri, {9, 7}),
                    Person(12, Gender::kWoman, "Asia", Sector::kGovernment, {7, 555, 9}),
                    Person(13, Gender::kWoman, "Other", Sector::kNhri, {})});
  const auto& in = built.instance;
  ASSERT_EQ(in.groups.size(), 2u);
  EXPECT_EQ(in.groups[1].id, "9");
  EXPECT_EQ(in.groups[1].name, "Expression");
  EXPECT_EQ(in.groups[1].min, 2);
  EXPECT_EQ(in.groups[1].max, 4);
  EXPECT_EQ(built.group_ids, (std::vector<Id>{7, 9}));
  EXPECT_EQ(built.registration_ids, (std::vector<Id>{11, 12, 13}));
  EXPECT_EQ(in.rank_costs, (std::vector<int64_t>{0, 10, 40}));
  EXPECT_EQ(in.unlisted_cost, 100);
  ASSERT_EQ(in.balance.size(), 3u);
  EXPECT_EQ(in.balance[0].name, "gender");
  EXPECT_EQ(in.balance[0].values, (std::vector<std::string>{"woman", "man"}));  // canonical order, present only
  EXPECT_EQ(in.balance[0].weight, 20);
  EXPECT_EQ(in.balance[1].values, (std::vector<std::string>{"Asia", "Europe", "Other"}));
  EXPECT_EQ(in.balance[2].values, (std::vector<std::string>{"government", "nhri"}));
  EXPECT_EQ(in.balance[2].weight, 10);
  EXPECT_EQ(in.participants[0].id, "11");
  EXPECT_EQ(in.participants[0].preferences, (std::vector<int>{1, 0}));
  EXPECT_EQ(in.participants[1].preferences, (std::vector<int>{0, 1}));  // 555 is not a group of the edition
  EXPECT_TRUE(in.participants[2].preferences.empty());
  EXPECT_EQ(in.participants[0].attribute_values, (std::vector<int>{1, 1, 1}));
  EXPECT_EQ(in.participants[1].attribute_values, (std::vector<int>{0, 0, 0}));
  EXPECT_EQ(ParticipantIndex(built, 13), 2);
  EXPECT_EQ(ParticipantIndex(built, 14), std::nullopt);
  EXPECT_EQ(GroupIndex(built, 9), 1);
}

// Six people in two groups of three: two women, four men, everyone ranks group 0 first.
AssignmentInstance SixPeople() {
  AssignmentInstance in;
  in.groups = {{"a", "Privacy", 2, 4}, {"b", "Expression", 2, 4}};
  in.balance = {{"gender", 20, {"woman", "man"}}};
  in.rank_costs = {0, 10};
  in.unlisted_cost = 100;
  for (int p = 0; p < 6; ++p) in.participants.push_back({std::to_string(p), {0, 1}, {p < 2 ? 0 : 1}, {}, {}});
  return in;
}

TEST(EditionAssignment, AHandMoveRecomputesTheObjectiveAndListsEveryBrokenBand) {
  const auto in = SixPeople();
  Assignment a{{0, 1, 0, 0, 1, 1}};  // one woman and two men in each group
  EXPECT_TRUE(FindBreaches(in, a).empty());
  EXPECT_EQ(EvaluateObjective(in, a), 30);  // three people in their second choice
  // Two hand moves put both women in group 1: woman 0 there, man 4 back.
  a.group_of[0] = 1;
  a.group_of[4] = 0;
  const auto breaches = FindBreaches(in, a);
  ASSERT_EQ(breaches.size(), 4u);
  EXPECT_EQ(breaches[0], (Breach{Breach::Kind::kBand, 0, "gender", "woman", 0, 1, 1}));
  EXPECT_EQ(breaches[1], (Breach{Breach::Kind::kBand, 0, "gender", "man", 3, 2, 2}));
  EXPECT_EQ(breaches[2], (Breach{Breach::Kind::kBand, 1, "gender", "woman", 2, 1, 1}));
  EXPECT_EQ(breaches[3], (Breach{Breach::Kind::kBand, 1, "gender", "man", 1, 2, 2}));
  EXPECT_EQ(Describe(in, breaches[0]), "Privacy has 0 with gender woman; the balance band is 1.");
  EXPECT_EQ(EvaluateObjective(in, a), 30 + 4 * 20);
  // Two more moves break the size limits.
  a.group_of[1] = 0;
  a.group_of[5] = 0;
  const auto sized = FindBreaches(in, a);
  ASSERT_FALSE(sized.empty());
  EXPECT_EQ(sized[0], (Breach{Breach::Kind::kSize, 0, "", "", 5, 2, 4}));
  EXPECT_EQ(Describe(in, sized[0]), "Privacy has 5 members; it allows 2 to 4.");
}

TEST(EditionAssignment, RankCountsCountEachPlacementOnce) {
  auto in = SixPeople();
  in.participants[5].preferences = {0};
  const Assignment a{{0, 1, 0, 0, 1, 1}};
  EXPECT_EQ(RankCounts(in, a), (std::vector<int>{3, 2, 1}));  // 1st, 2nd, not ranked
}

bool SizesHold(const AssignmentInstance& in, const Assignment& a) {
  std::vector<int> sizes(in.groups.size(), 0);
  for (int g : a.group_of) ++sizes[g];
  for (size_t g = 0; g < sizes.size(); ++g) {
    if (sizes[g] < in.groups[g].min || sizes[g] > in.groups[g].max) return false;
  }
  return true;
}

// Every assignment that puts p in their first choice and otherwise differs from `a` by at
// most one person who left that group, within the size limits: the best such objective.
std::optional<int64_t> BruteForceBest(const AssignmentInstance& in, const Assignment& a, int p) {
  const int n = static_cast<int>(in.participants.size()), g = static_cast<int>(in.groups.size());
  const int first = in.participants[p].preferences.front();
  std::optional<int64_t> best;
  std::vector<int> digits(n, 0);
  for (;;) {
    Assignment b{digits};
    bool ok = b.group_of[p] == first && CheckAssignment(in, b).ok();
    int changed = 0;
    for (int q = 0; q < n && ok; ++q) {
      if (q == p || b.group_of[q] == a.group_of[q]) continue;
      ++changed;
      ok = a.group_of[q] == first && !in.participants[q].fixed_group;
    }
    if (ok && changed <= 1) {
      const int64_t value = EvaluateObjective(in, b);
      if (!best || value < *best) best = value;
    }
    int i = 0;
    while (i < n && ++digits[i] == g) digits[i++] = 0;
    if (i == n) break;
  }
  return best;
}

TEST(EditionAssignment, WhyNotFirstChoiceMatchesBruteForceOnSmallInstances) {
  std::mt19937 rng(7);
  int compared = 0;
  for (int round = 0; round < 60; ++round) {
    AssignmentInstance in;
    const int groups = 3, people = 7;
    in.groups = {{"a", "A", 1, 3}, {"b", "B", 2, 3}, {"c", "C", 1, 4}};
    in.balance = {{"gender", 7, {"woman", "man"}}, {"region", 5, {"Asia", "Europe", "Other"}}};
    in.rank_costs = {0, 3, 11};
    in.unlisted_cost = 20;
    for (int p = 0; p < people; ++p) {
      std::vector<int> prefs = {0, 1, 2};
      std::shuffle(prefs.begin(), prefs.end(), rng);
      prefs.resize(1 + rng() % 3);
      AssignmentParticipant person{std::to_string(p), prefs, {static_cast<int>(rng() % 2), static_cast<int>(rng() % 3)}, {}, {}};
      if (rng() % 5 == 0) person.affinity = {{static_cast<int>(rng() % groups), static_cast<int>(rng() % 9) - 4}};
      in.participants.push_back(person);
    }
    // A random assignment within the size limits.
    Assignment a;
    do {
      a.group_of.clear();
      for (int p = 0; p < people; ++p) a.group_of.push_back(static_cast<int>(rng() % groups));
    } while (!CheckAssignment(in, a).ok());
    if (round % 4 == 0) {
      const int held = static_cast<int>(rng() % people);
      in.participants[held].fixed_group = a.group_of[held];
    }
    const int64_t now = EvaluateObjective(in, a);
    for (int p = 0; p < people; ++p) {
      const auto cost = WhyNotFirstChoice(in, a, p);
      if (a.group_of[p] == in.participants[p].preferences.front()) {
        EXPECT_FALSE(cost);
        continue;
      }
      ASSERT_TRUE(cost);
      Assignment moved = a;
      moved.group_of[p] = cost->first_choice;
      EXPECT_EQ(cost->move_delta, EvaluateObjective(in, moved) - now);
      EXPECT_EQ(cost->move_breaks.empty(), SizesHold(in, moved));
      EXPECT_EQ(cost->fixed, in.participants[p].fixed_group.has_value());
      std::optional<int64_t> ours;
      if (cost->move_breaks.empty()) ours = now + cost->move_delta;
      if (cost->best_exchange && (!ours || now + cost->best_exchange->delta < *ours)) ours = now + cost->best_exchange->delta;
      if (in.participants[p].fixed_group) continue;  // brute force would refuse to move a fixed person
      EXPECT_EQ(ours, BruteForceBest(in, a, p)) << "round " << round << " participant " << p;
      ++compared;
    }
  }
  EXPECT_GT(compared, 100);
}

}  // namespace
}  // namespace plenary::engine
