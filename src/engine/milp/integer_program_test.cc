#include "engine/milp/integer_program.h"

#include <gtest/gtest.h>

#include <chrono>

namespace plenary::engine {
namespace {

// sum 2 x_i + s == 2 * pairs + 1 over binaries x, with s in {0, 1} costing 100 and each x
// earning 1: only s = 1 is feasible, but the LP relaxation (s = 0, half an x) hides that, and
// branch and bound without cuts needs exponentially many nodes to prove it.
IntegerProgram ParityProgram(int pairs) {
  IntegerProgram program;
  LinearRow row;
  for (int i = 0; i < 2 * pairs + 2; ++i) {
    program.objective.push_back(-1);
    program.column_lower.push_back(0);
    program.column_upper.push_back(1);
    row.columns.push_back(i);
    row.coefficients.push_back(2);
  }
  program.objective.push_back(100);
  program.column_lower.push_back(0);
  program.column_upper.push_back(1);
  row.columns.push_back(2 * pairs + 2);
  row.coefficients.push_back(1);
  row.lower = row.upper = 2 * pairs + 1;
  program.rows.push_back(row);
  return program;
}

TEST(SolveIntegerProgram, SolvesASmallProgramExactly) {
  MilpSolution solution = SolveIntegerProgram(ParityProgram(3), 10);
  ASSERT_EQ(solution.status, MilpStatus::kOptimal);
  EXPECT_EQ(solution.objective, 100 - 3);
  EXPECT_EQ(solution.best_bound, solution.objective);
  EXPECT_EQ(solution.values.back(), 1);
}

TEST(SolveIntegerProgram, StopsAtTheTimeLimitWithAValidBound) {
  const auto start = std::chrono::steady_clock::now();
  MilpSolution solution = SolveIntegerProgram(ParityProgram(40), 0.3);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 1.5);  // wall clock, with slack for a loaded machine
  ASSERT_NE(solution.status, MilpStatus::kInfeasible);
  if (solution.status == MilpStatus::kOptimal) GTEST_SKIP() << "CBC proved it: nothing to check";
  if (solution.status == MilpStatus::kFeasible) {
    EXPECT_LE(solution.best_bound, solution.objective);
    EXPECT_EQ(solution.values.back(), 1);
  } else {
    EXPECT_TRUE(solution.values.empty());
  }
}

TEST(SolveIntegerProgram, ProvesInfeasibility) {
  IntegerProgram program;
  program.objective = {0, 0};
  program.column_lower = {0, 0};
  program.column_upper = {1, 1};
  program.rows.push_back({{0, 1}, {1, 1}, 3, 3});
  EXPECT_EQ(SolveIntegerProgram(program, 10).status, MilpStatus::kInfeasible);
}

}  // namespace
}  // namespace plenary::engine
