// The exact model, solved with COIN-OR CBC through engine/milp/cbc_driver.h. Formulation ("one
// binary per group and size"):
//   x[p][g] = 1 when p is placed in g;  y[g][k] = 1 when group g has exactly k members;
//   d[g][c] >= 0 the deviation of cell c (an attribute value) in group g.
//   sum_g x[p][g] = 1                 sum_k y[g][k] = 1        sum_p x[p][g] = sum_k k y[g][k]
//   sum_{p in c} x[p][g] - d[g][c] <= sum_k ceil(n_c k / N) y[g][k]
//   sum_{p in c} x[p][g] + d[g][c] >= sum_k floor(n_c k / N) y[g][k]
// With y integral every band is a constant, so the deviation rows are tight and the LP bound
// is close to the optimum (see docs/engine/assignment.md).
//
// The same builder serves the whole instance and large-neighbourhood sub-problems: a
// sub-problem re-places the members of a few groups among those groups; the terms of the
// other groups do not change.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "engine/assignment/compiled.h"

namespace plenary::engine {

struct MipProblem {
  std::vector<int> participants;  // participant indices
  std::vector<int> groups;        // group indices; participants must fit in these groups
  // Optional [i * groups.size() + j]: 0 forbids participant i in group j (a restricted
  // model; its solutions stay feasible for the full one). Empty allows everything.
  std::vector<uint8_t> allowed;
  // Optional [j]: a narrower size range for group j (within its limits). Empty: the limits.
  std::vector<int> size_lo, size_hi;
};

enum class MipStatus { kOptimal, kFeasible, kNoSolution, kInfeasible };

struct MipOutcome {
  MipStatus status = MipStatus::kNoSolution;
  std::vector<int> group_of;  // parallel to MipProblem::participants; empty without a solution
  int64_t objective = 0;   // of the sub-problem (costs of its participants + its groups' balance)
  double lower_bound = 0;  // valid bound on the sub-problem objective
};

struct MipOptions {
  double seconds = 10;
  std::optional<std::vector<int>> start;  // a feasible placement, parallel to participants
  // Called from inside CBC on each new incumbent (objective, bound); returning true stops CBC.
  std::function<bool(int64_t, double)> on_incumbent;
  // Plain branch and bound instead of CBC's full driver: faster on small models, weaker on
  // hard ones (the caller falls back to the driver when it does not prove optimality).
  bool plain = false;
};

MipOutcome SolveMip(const CompiledInstance& instance, const MipProblem& problem,
                    const MipOptions& options);

// The whole instance as one problem.
MipProblem WholeProblem(const CompiledInstance& instance);

}  // namespace plenary::engine
