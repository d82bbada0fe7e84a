#include "engine/milp/cbc_driver.h"

#include <gtest/gtest.h>

#include <CoinFinite.hpp>
#include <chrono>
#include <utility>

namespace plenary::engine {
namespace {

// minimise -x0 - 2 x1 + 0.5 d  with  x0 + x1 <= 1.5 (x integer, so one of them), d >= x1 - 0.25
// (continuous, unbounded above), and a last column that no row mentions: it must not be lost.
SparseProgram MixedProgram() {
  SparseProgram program(4, 2);
  program.objective = {-1, -2, 0.5, 1};
  program.column_upper = {1, 1, kMilpInfinity, 3};
  program.integer = {1, 1, 0, 1};
  program.row_lower = {-kMilpInfinity, -0.25};
  program.row_upper = {1.5, kMilpInfinity};
  program.Add(0, 0, 1);
  program.Add(0, 1, 1);
  program.Add(1, 1, -1);
  program.Add(1, 2, 1);
  return program;
}

// COIN_DBL_MAX is a const, not a constexpr: the header's promise is checked here instead.
TEST(SolveSparseProgram, ItsInfinityIsCoins) { EXPECT_EQ(kMilpInfinity, COIN_DBL_MAX); }

TEST(SolveSparseProgram, SolvesAMixedProgramWithEitherSearch) {
  for (MilpSearch search : {MilpSearch::kFullDriver, MilpSearch::kPlainBranchAndBound}) {
    SparseSolveOptions options;
    options.search = search;
    const MilpSolution solution = SolveSparseProgram(MixedProgram(), options);
    ASSERT_EQ(solution.status, MilpStatus::kOptimal);
    ASSERT_EQ(solution.values.size(), 4u);
    EXPECT_NEAR(solution.values[1], 1, 1e-6);
    EXPECT_NEAR(solution.values[2], 0.75, 1e-6);
    EXPECT_NEAR(solution.values[3], 0, 1e-6);
    EXPECT_NEAR(solution.objective, -2 + 0.375, 1e-6);
    EXPECT_LE(solution.best_bound, solution.objective + 1e-6);
  }
}

// sum 2 x_i + s == 2 * pairs + 1 over binaries: only s = 1 is feasible, and branch and bound
// without cuts needs exponentially many nodes to prove the optimum (integer_program_test.cc).
SparseProgram ParityProgram(int pairs) {
  const int columns = 2 * pairs + 3;
  SparseProgram program(columns, 1);
  for (int c = 0; c < columns; ++c) {
    program.objective[c] = c + 1 < columns ? -1 : 100;
    program.column_upper[c] = 1;
    program.integer[c] = 1;
    program.Add(0, c, c + 1 < columns ? 2 : 1);
  }
  program.row_lower[0] = program.row_upper[0] = 2 * pairs + 1;
  return program;
}

TEST(SolveSparseProgram, StopsWhenTheIncumbentCallbackAsks) {
  SparseSolveOptions options;
  options.search = MilpSearch::kPlainBranchAndBound;
  options.seconds = 30;
  int calls = 0;
  options.on_incumbent = [&calls](double objective, double bound) {
    ++calls;
    return true;
  };
  const auto start = std::chrono::steady_clock::now();
  const MilpSolution solution = SolveSparseProgram(ParityProgram(40), options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5);
  ASSERT_GE(calls, 1);
  ASSERT_EQ(solution.status, MilpStatus::kFeasible);
  EXPECT_NEAR(solution.values.back(), 1, 1e-6);
}

TEST(SolveSparseProgram, TakesAStartAndKeepsItsDeadline) {
  SparseSolveOptions options;
  options.search = MilpSearch::kPlainBranchAndBound;
  options.seconds = 0.3;
  for (int c = 0; c < 40; ++c) options.start.emplace_back(c, 1);
  options.start.emplace_back(82, 1);
  const auto start = std::chrono::steady_clock::now();
  const MilpSolution solution = SolveSparseProgram(ParityProgram(40), options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 1.5);  // wall clock, with slack for a loaded machine
  ASSERT_NE(solution.status, MilpStatus::kInfeasible);
  if (solution.status == MilpStatus::kOptimal) GTEST_SKIP() << "CBC proved it: nothing to check";
  if (solution.status == MilpStatus::kFeasible) {
    EXPECT_LE(solution.best_bound, solution.objective);
  }
}

TEST(SolveSparseProgram, ProvesInfeasibility) {
  for (MilpSearch search : {MilpSearch::kFullDriver, MilpSearch::kPlainBranchAndBound}) {
    SparseProgram program(2, 1);
    program.column_upper = {1, 1};
    program.integer = {1, 1};
    program.row_lower = program.row_upper = {3};
    program.Add(0, 0, 1);
    program.Add(0, 1, 1);
    SparseSolveOptions options;
    options.search = search;
    EXPECT_EQ(SolveSparseProgram(std::move(program), options).status, MilpStatus::kInfeasible);
  }
}

}  // namespace
}  // namespace plenary::engine
