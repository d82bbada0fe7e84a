#include "engine/assignment_solver.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>

#include "engine/assignment_generator.h"
#include "engine/assignment_objective.h"

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

}  // namespace
}  // namespace plenary::engine
