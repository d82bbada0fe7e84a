// What a CBC solve hands back, for both programs of the seam: IntegerProgram (the selection)
// and SparseProgram (the assignment). Each solve function says how it fills the fields.
#pragma once

#include <vector>

namespace plenary::engine {

enum class MilpStatus {
  kOptimal,     // proven optimal
  kFeasible,    // a solution, stopped by the time limit (or by the caller)
  kInfeasible,  // proven infeasible
  kUnknown,     // stopped with neither a solution nor a proof
};

struct MilpSolution {
  MilpStatus status = MilpStatus::kUnknown;
  std::vector<double> values;  // one per column when a solution exists
  double objective = 0;
  double best_bound = 0;  // no solution has a smaller objective
};

}  // namespace plenary::engine
