#include "engine/assignment/lagrangian.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>

#include "engine/assignment/generator.h"
#include "engine/assignment/solver.h"

namespace plenary::engine {
namespace {

using Clock = std::chrono::steady_clock;

// Instances with more groups than preferences, so most costs are the unlisted cost and the
// evaluation takes its sparse path, with fixed members and affinities of both signs.
GeneratorOptions ManyGroups(uint64_t seed) {
  GeneratorOptions o;
  o.seed = seed;
  o.participants = 16 + static_cast<int>(seed % 15);  // 16..30
  o.groups = 4 + static_cast<int>(seed % 5);          // 4..8
  o.preferences = 1 + static_cast<int>(seed % 4);     // 1..4
  o.size_slack = (seed % 3) * 0.2;
  o.fixed_share = 0.15;
  o.affinity_share = 0.6;
  return o;
}

// The optimum, proven by CBC on the whole model (up to 240 pairs: the exact path).
int64_t ProvenOptimum(const AssignmentInstance& instance, uint64_t seed) {
  SolveOptions options;
  options.time_limit_seconds = 20;
  options.seed = seed;
  auto result = SolveAssignment(instance, options);
  EXPECT_TRUE(result.ok()) << "seed " << seed;
  if (!result.ok()) return 0;
  EXPECT_TRUE(result->proven_optimal) << "seed " << seed;
  return result->objective;
}

TEST(LagrangianBound, NeverExceedsTheOptimumWithManyGroups) {
  int tight = 0;
  for (uint64_t seed = 1; seed <= 80; ++seed) {
    const AssignmentInstance instance = GenerateInstance(ManyGroups(seed));
    auto compiled = CompileInstance(instance);
    ASSERT_TRUE(compiled.ok()) << "seed " << seed << ": " << compiled.error().message();
    const int64_t optimum = ProvenOptimum(instance, seed);
    // Polyak's target is the optimum itself: the steps are as long as they may be, so an
    // evaluation that overstates L(pi, mu) would show as a bound above the optimum.
    const LagrangianBound bound = ComputeLagrangianBound(
        *compiled, optimum, Clock::now() + std::chrono::milliseconds(40), 3);
    EXPECT_GT(bound.iterations, 0) << "seed " << seed;
    EXPECT_LE(bound.bound, optimum) << "seed " << seed;
    EXPECT_GE(bound.bound, compiled->TrivialBound()) << "seed " << seed;
    tight += bound.bound == optimum;
  }
  // The LP bound of this model is often the optimum at these sizes.
  EXPECT_GT(tight, 10);
}

// Every participant gets `per` distinct candidate groups.
TEST(LagrangianBound, CandidatesAreDistinctGroups) {
  GeneratorOptions o = ManyGroups(7);
  o.participants = 60;
  o.groups = 8;
  const AssignmentInstance instance = GenerateInstance(o);
  auto compiled = CompileInstance(instance);
  ASSERT_TRUE(compiled.ok());
  const LagrangianBound bound = ComputeLagrangianBound(
      *compiled, compiled->TrivialBound() + 1000, Clock::now() + std::chrono::milliseconds(20), 3);
  ASSERT_EQ(bound.per_participant, 3);
  ASSERT_EQ(bound.candidates.size(), static_cast<size_t>(compiled->n) * 3);
  for (int p = 0; p < compiled->n; ++p) {
    const std::set<int> groups(bound.candidates.begin() + p * 3,
                               bound.candidates.begin() + p * 3 + 3);
    EXPECT_EQ(groups.size(), 3u) << "participant " << p;
    for (int g : groups) {
      EXPECT_GE(g, 0);
      EXPECT_LT(g, compiled->groups);
    }
  }
}

}  // namespace
}  // namespace plenary::engine
