#include "engine/assignment/solver.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>

#include "engine/assignment/generator.h"
#include "engine/assignment/instance_parser.h"
#include "engine/assignment/objective.h"

namespace plenary::engine {
namespace {

// The optimum by enumerating every assignment that respects sizes and fixed members; nullopt
// when none does.
std::optional<int64_t> BruteForceOptimum(const AssignmentInstance& instance) {
  const int n = static_cast<int>(instance.participants.size());
  const int groups = static_cast<int>(instance.groups.size());
  Assignment a;
  a.group_of.assign(n, 0);
  std::optional<int64_t> best;
  while (true) {
    if (CheckAssignment(instance, a).ok()) {
      const int64_t value = EvaluateObjective(instance, a);
      if (!best || value < *best) best = value;
    }
    int p = 0;
    while (p < n && ++a.group_of[p] == groups) a.group_of[p++] = 0;
    if (p == n) break;
  }
  return best;
}

GeneratorOptions SmallOptions(uint64_t seed) {
  GeneratorOptions o;
  o.seed = seed;
  o.participants = 3 + static_cast<int>(seed % 6);  // 3..8
  o.groups = 2 + static_cast<int>((seed / 6) % 2);  // 2..3
  o.preferences = 1 + static_cast<int>(seed % 3);
  o.size_slack = (seed % 4) * 0.25;
  o.fixed_share = 0.3;
  o.affinity_share = 0.5;
  return o;
}

TEST(SolveAssignment, MatchesBruteForceOnSmallInstances) {
  int compared = 0;
  for (uint64_t seed = 1; seed <= 300; ++seed) {
    const AssignmentInstance instance = GenerateInstance(SmallOptions(seed));
    const std::optional<int64_t> optimum = BruteForceOptimum(instance);
    SolveOptions options;
    options.time_limit_seconds = 5;
    options.seed = seed;
    auto result = SolveAssignment(instance, options);
    if (!optimum) {
      ASSERT_FALSE(result.ok()) << "seed " << seed;
      continue;
    }
    ASSERT_TRUE(result.ok()) << "seed " << seed << ": " << result.error().message();
    EXPECT_EQ(result->objective, *optimum) << "seed " << seed;
    EXPECT_EQ(result->objective, EvaluateObjective(instance, result->assignment));
    EXPECT_TRUE(CheckAssignment(instance, result->assignment).ok());
    EXPECT_LE(result->lower_bound, *optimum) << "seed " << seed;
    EXPECT_TRUE(result->proven_optimal) << "seed " << seed;
    ++compared;
  }
  EXPECT_GT(compared, 250);
}

// The heuristic path (local search, Lagrangian bound, neighbourhoods) on the same instances:
// never below the optimum, its bound never above it.
TEST(SolveAssignment, NeighbourhoodPathStaysBetweenBoundAndBruteForce) {
  int optimal = 0;
  for (uint64_t seed = 1; seed <= 120; ++seed) {
    const AssignmentInstance instance = GenerateInstance(SmallOptions(seed));
    const std::optional<int64_t> optimum = BruteForceOptimum(instance);
    if (!optimum) continue;
    SolveOptions options;
    options.time_limit_seconds = 0.03;
    options.seed = seed;
    options.strategy = SolveStrategy::kNeighbourhoods;
    auto result = SolveAssignment(instance, options);
    ASSERT_TRUE(result.ok()) << "seed " << seed << ": " << result.error().message();
    EXPECT_GE(result->objective, *optimum) << "seed " << seed;
    EXPECT_LE(result->lower_bound, *optimum) << "seed " << seed;
    EXPECT_EQ(result->objective, EvaluateObjective(instance, result->assignment));
    optimal += result->objective == *optimum;
  }
  EXPECT_GT(optimal, 90);
}

TEST(SolveAssignment, SeminarSizeIsProvenOptimal) {
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    GeneratorOptions o;
    o.participants = 150;
    o.groups = 4;
    o.seed = seed;
    o.size_slack = seed % 2 == 0 ? 0 : 0.1;
    const AssignmentInstance instance = GenerateInstance(o);
    SolveOptions options;
    options.time_limit_seconds = 20;
    options.seed = seed;
    auto result = SolveAssignment(instance, options);
    ASSERT_TRUE(result.ok()) << result.error().message();
    EXPECT_TRUE(result->proven_optimal) << "seed " << seed;
    EXPECT_EQ(result->objective, result->lower_bound);
    EXPECT_EQ(result->objective, EvaluateObjective(instance, result->assignment));
  }
}

TEST(SolveAssignment, ReportsProgressEndingInDone) {
  const AssignmentInstance instance = GenerateInstance({.participants = 40, .groups = 3});
  std::vector<std::string> phases;
  int64_t last = std::numeric_limits<int64_t>::max();
  SolveOptions options;
  options.on_progress = [&](const SolveProgress& progress) {
    phases.emplace_back(progress.phase);
    EXPECT_LE(progress.lower_bound, progress.objective);
    last = progress.objective;
  };
  auto result = SolveAssignment(instance, options);
  ASSERT_TRUE(result.ok());
  ASSERT_FALSE(phases.empty());
  EXPECT_EQ(phases.front(), "start");
  EXPECT_EQ(phases.back(), "done");
  EXPECT_EQ(last, result->objective);
}

// Three participants (p1 and p2 may be fixed to wg1) over groups with the given limits.
AssignmentInstance ThreePeople(int min1, int max1, int min2, int max2, int fixed_to_wg1) {
  std::string text = R"({"format": "plenary.assignment/1", "rank_costs": [0], "unlisted_cost": 1,
    "groups": [{"id": "wg1", "min": )" +
                     std::to_string(min1) + ", \"max\": " + std::to_string(max1) +
                     R"(}, {"id": "wg2", "min": )" + std::to_string(min2) +
                     ", \"max\": " + std::to_string(max2) + R"(}], "participants": [)";
  for (int p = 1; p <= 3; ++p) {
    text += (p > 1 ? "," : "") + std::string("{\"id\": \"p") + std::to_string(p) + "\"" +
            (p <= fixed_to_wg1 ? ", \"fixed\": \"wg1\"" : "") + "}";
  }
  auto parsed = ParseAssignmentInstance(text + "]}");
  EXPECT_TRUE(parsed.ok()) << parsed.error().message();
  return *parsed;
}

std::string InfeasibleMessage(const AssignmentInstance& instance) {
  auto result = SolveAssignment(instance, SolveOptions{});
  if (result.ok()) return "feasible";
  EXPECT_EQ(result.error().code(), ErrorCode::kInfeasible);
  return result.error().message();
}

TEST(SolveAssignment, NamesTheCauseOfInfeasibility) {
  EXPECT_EQ(InfeasibleMessage(ThreePeople(0, 1, 0, 1, 0)),
            "the groups hold at most 2 participants (the sum of max) but there are 3; raise some "
            "max or add a group");
  EXPECT_EQ(InfeasibleMessage(ThreePeople(0, 1, 0, 3, 2)),
            "group \"wg1\" cannot be filled: 2 participants are fixed to it, above its max of 1");
  EXPECT_EQ(InfeasibleMessage(ThreePeople(2, 3, 2, 3, 0)),
            "the groups need at least 4 participants (the sum of min) but there are only 3; lower "
            "some min");
  EXPECT_EQ(InfeasibleMessage(ThreePeople(0, 3, 2, 3, 2)),
            "the groups need at least 4 participants (each group's min, or its fixed members where "
            "more: \"wg1\") but there are only 3; fix fewer participants or lower some min");
  EXPECT_EQ(InfeasibleMessage(ThreePeople(0, 3, 1, 3, 2)), "feasible");
}

}  // namespace
}  // namespace plenary::engine
