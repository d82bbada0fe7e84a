// The exact selection model: binary x_i per candidate, sum x = k, one ranged row per quota,
// one row per capped country, must-in/must-out as fixed bounds.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/milp/integer_program.h"
#include "engine/selection/selection.h"

namespace plenary::engine {

struct ModelSolution {
  MilpStatus status = MilpStatus::kUnknown;
  std::vector<int> selected;  // candidate indices, ascending
  int64_t objective = 0;      // sum of selected scores
  int64_t bound = 0;          // upper bound on the sum of scores of any selection
};

// Ties (equal score sums) go to the selection with the smallest sum of input positions: the
// objective maximised is score_i * W + (n - i) with W = k * n + 1, so the position term can
// never outweigh one point of score. Requires |score| <= kMaxAbsScore and
// n <= kMaxCandidates, which keep every objective value exact in a double.
ModelSolution SolveSelectionModel(const SelectionInstance& instance, double time_limit_seconds);

// W above, exposed for tests that check the tie rule.
int64_t TieBreakWeight(const SelectionInstance& instance);

}  // namespace plenary::engine
