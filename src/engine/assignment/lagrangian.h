// A lower bound for instances too large for the LP within the time limit: the Lagrangian dual
// of the strong formulation (assignment_mip.h) with the size-link rows (multiplier pi[g], free)
// and the band rows (mu_hi[g][c], mu_lo[g][c] >= 0, mu_hi + mu_lo <= w_c so that the deviation
// variables cannot drive it to -inf) moved into the objective. What remains splits into one
// cheapest group per participant and one cheapest size per group, so an evaluation is cheap
// (O(N * specials + profiles * G * attributes), see the .cc) and every evaluation is a valid
// bound. Both remaining parts have the
// integrality property, so the dual optimum equals the LP bound; subgradient steps
// (Polyak's rule against the best known objective) approach it.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "engine/assignment/compiled.h"

namespace plenary::engine {

struct LagrangianBound {
  int64_t bound = 0;  // ceil of the best evaluation (objectives are integers)
  int iterations = 0;
  // [p * per_participant + i]: p's groups by increasing reduced cost under the best
  // multipliers. Near the dual optimum the optimal assignment rarely leaves these columns.
  std::vector<int> candidates;
  int per_participant = 0;
};

LagrangianBound ComputeLagrangianBound(const CompiledInstance& instance, int64_t upper_bound,
                                       std::chrono::steady_clock::time_point deadline,
                                       int candidates_per_participant);

}  // namespace plenary::engine
