// The mixed-integer side of the CBC seam: a SparseProgram in, a MilpSolution out, with the
// controls the assignment engine steers CBC by (time limit, start solution, incumbent callback
// that may stop the search, full driver or plain branch and bound). Like integer_program.h,
// it keeps every CBC, CLP and Coin header inside engine/milp.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "engine/milp/solution.h"
#include "engine/milp/sparse_program.h"

namespace plenary::engine {

enum class MilpSearch {
  // CBC's command-line driver (CbcMain1: presolve, cuts, heuristics, log off): the stronger
  // search on hard models.
  kFullDriver,
  // CBC's branch and bound on the model as given, without the driver's presolve, cuts or
  // heuristics, whose start-up alone costs more than the whole search on small models.
  kPlainBranchAndBound,
};

struct SparseSolveOptions {
  // A wall-clock limit, also checked at every CBC event: CBC's own limit is only checked
  // between phases and overran by seconds on large models.
  double seconds = 10;
  MilpSearch search = MilpSearch::kFullDriver;
  // A known solution as (column, value) pairs; CBC completes the columns left out. Empty:
  // no start.
  std::vector<std::pair<int, double>> start;
  // Called from inside CBC on each new incumbent with its objective and CBC's current bound
  // (the bound of CBC's possibly presolved model); returning true stops the search.
  std::function<bool(double objective, double bound)> on_incumbent;
};

// One solve at a time per process (CBC's driver keeps state in globals); a second caller
// waits. The values are CBC's, unrounded (integer columns within CBC's integer tolerance);
// objective is objective . values; best_bound is CBC's best possible objective, also without
// a solution (then possibly -infinity, or weak when the root LP was never finished).
MilpSolution SolveSparseProgram(SparseProgram program, const SparseSolveOptions& options);

}  // namespace plenary::engine
