#include "engine/assignment/objective.h"

#include <gtest/gtest.h>

#include "engine/assignment/instance_parser.h"
#include "engine/assignment/solver.h"

namespace plenary::engine {
namespace {

// Four participants, two groups; the figures below are worked out by hand from the format.
AssignmentInstance HandMade() {
  auto parsed = ParseAssignmentInstance(R"({
    "format": "plenary.assignment/1",
    "groups": [{"id": "wg1", "min": 1, "max": 3}, {"id": "wg2", "min": 1, "max": 3}],
    "balance": {"gender": 2},
    "rank_costs": [0, 1],
    "unlisted_cost": 5,
    "participants": [
      {"id": "p1", "preferences": ["wg1", "wg2"], "attributes": {"gender": "female"},
       "affinity": {"wg2": -1}},
      {"id": "p2", "preferences": ["wg1"], "attributes": {"gender": "male"}},
      {"id": "p3", "preferences": ["wg2", "wg1"], "attributes": {"gender": "female"}},
      {"id": "p4", "preferences": [], "attributes": {"gender": "male"}}
    ]})");
  EXPECT_TRUE(parsed.ok());
  return *parsed;
}

TEST(EvaluateObjective, PreferencesWithinTheBalanceBands) {
  // Sizes 3 and 1: every target n_v * s / N is 1.5 or 0.5, and every count is in its band.
  // Preferences: 0 + 0 + 1 (p3's second choice) + 5 (p4 unlisted) = 6.
  EXPECT_EQ(EvaluateObjective(HandMade(), {{0, 0, 0, 1}}), 6);
}

TEST(EvaluateObjective, BalanceDeviationsAndAffinity) {
  // p1 wg2 (rank 1: 1, affinity -1), p2 wg1 (0), p3 wg2 (0), p4 wg1 (5) = 5. Sizes 2 and 2,
  // every target is 1 but each group holds 2 of one gender and 0 of the other: four
  // deviations of 1, weight 2 = 8.
  EXPECT_EQ(EvaluateObjective(HandMade(), {{1, 0, 1, 0}}), 13);
}

TEST(EvaluateObjective, RanksPastTheCostListCostUnlisted) {
  AssignmentInstance instance = HandMade();
  instance.rank_costs = {0};
  EXPECT_EQ(EvaluateObjective(instance, {{0, 0, 0, 1}}), 10);  // p3's rank 2 now costs 5
}

TEST(Summarize, SharesRanksAndDeviations) {
  const AssignmentSummary summary = Summarize(HandMade(), {{0, 0, 0, 1}});
  EXPECT_DOUBLE_EQ(summary.first_choice_share, 0.5);  // p1 and p2
  EXPECT_EQ(summary.worst_rank, 2);                   // p3's 2nd choice; p4 unlisted counts G=2
  ASSERT_EQ(summary.max_share_deviation.count("gender"), 1u);
  EXPECT_DOUBLE_EQ(summary.max_share_deviation.at("gender"), 0.5);  // wg2: 1 male of 1 vs 1/2
}

TEST(CheckAssignment, NamesTheBreach) {
  AssignmentInstance instance = HandMade();
  EXPECT_TRUE(CheckAssignment(instance, {{0, 0, 0, 1}}).ok());
  EXPECT_EQ(CheckAssignment(instance, {{0, 0, 0, 0}}).error().message(),
            "group wg1 has size 4 outside its limits");
  instance.participants[3].fixed_group = 0;
  EXPECT_EQ(CheckAssignment(instance, {{0, 0, 0, 1}}).error().message(),
            "participant p4 left their fixed group");
}

TEST(SolveAssignment, FindsTheHandMadeOptimum) {
  // p1 and p2 in wg1, p3 in wg2: preferences 0 + 0 + 0, and p4 costs 5 wherever they go;
  // with p4 in either group every count stays in its band, so 5 is optimal (two optima).
  auto result = SolveAssignment(HandMade(), SolveOptions{});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->objective, 5);
  EXPECT_EQ(result->lower_bound, 5);
  EXPECT_TRUE(result->proven_optimal);
  EXPECT_EQ(result->assignment.group_of[0], 0);
  EXPECT_EQ(result->assignment.group_of[1], 0);
  EXPECT_EQ(result->assignment.group_of[2], 1);
}

}  // namespace
}  // namespace plenary::engine
