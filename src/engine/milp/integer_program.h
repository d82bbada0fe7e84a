// A thin seam over COIN-OR CBC: an all-integer minimisation program in, a solution out. Both the
// selection model and the relaxation model are written against this, so CBC's API (and its
// logging, threading and time-limit settings) is confined to selection_milp.cc.
#pragma once

#include <vector>

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

enum class MilpStatus {
  kOptimal,     // proven optimal
  kFeasible,    // a solution, stopped by the time limit
  kInfeasible,  // proven infeasible
  kUnknown,     // stopped by the time limit with neither a solution nor a proof
};

struct MilpSolution {
  MilpStatus status = MilpStatus::kUnknown;
  std::vector<double> values;  // one per column when a solution exists
  double objective = 0;
  double best_bound = 0;  // no solution has a smaller objective
};

// Deterministic: single-threaded CBC with its default seeds, so the same program gives the
// same solution on every run. Silent: CBC and CLP logging are switched off.
MilpSolution SolveIntegerProgram(const IntegerProgram& program, double time_limit_seconds);

}  // namespace plenary::engine
