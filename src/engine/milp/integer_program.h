// A thin seam over COIN-OR CBC: an all-integer minimisation program in, a solution out. Both the
// selection model and the relaxation model are written against this, so CBC's API (and its
// logging, threading and time-limit settings) stays inside engine/milp. The assignment's
// mixed-integer model goes through the same folder: sparse_program.h and cbc_driver.h.
#pragma once

#include <vector>

#include "engine/milp/solution.h"

namespace plenary::engine {

struct LinearRow {
  std::vector<int> columns;
  std::vector<double> coefficients;
  double lower = 0;
  double upper = 0;
};

// minimise objective . x  subject to  rows, column bounds, every column integer.
struct IntegerProgram {
  std::vector<double> objective;
  std::vector<double> column_lower;
  std::vector<double> column_upper;
  std::vector<LinearRow> rows;
};

// Deterministic: single-threaded CBC with its default seeds, so the same program gives the
// same solution on every run. Silent: CBC and CLP logging are switched off. The values are
// rounded to integers and the objective is computed from them; without a solution (kUnknown,
// kInfeasible) best_bound is 0.
MilpSolution SolveIntegerProgram(const IntegerProgram& program, double time_limit_seconds);

}  // namespace plenary::engine
