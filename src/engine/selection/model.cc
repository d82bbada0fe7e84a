#include "engine/selection/model.h"

#include <algorithm>
#include <cmath>

#include "engine/selection/rows.h"

namespace plenary::engine {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

IntegerProgram BuildProgram(const SelectionInstance& instance) {
  const int n = static_cast<int>(instance.candidates.size());
  const int64_t weight = TieBreakWeight(instance);
  IntegerProgram program;
  for (int i = 0; i < n; ++i) {
    const Candidate& c = instance.candidates[i];
    // CBC minimises, so the maximised combined score enters negated.
    program.objective.push_back(-static_cast<double>(c.score * weight + (n - i)));
    program.column_lower.push_back(c.must == MustStatus::kIn ? 1 : 0);
    program.column_upper.push_back(c.must == MustStatus::kOut ? 0 : 1);
  }
  LinearRow size_row;
  for (int i = 0; i < n; ++i) {
    size_row.columns.push_back(i);
    size_row.coefficients.push_back(1);
  }
  size_row.lower = size_row.upper = instance.k;
  program.rows.push_back(std::move(size_row));
  for (const QuotaRow& quota : BuildQuotaRows(instance)) {
    if (quota.min == 0 && (!quota.max || *quota.max >= instance.k)) continue;
    LinearRow row;
    row.columns = quota.members;
    row.coefficients.assign(quota.members.size(), 1.0);
    row.lower = quota.min;
    row.upper = quota.max ? *quota.max : instance.k;
    program.rows.push_back(std::move(row));
  }
  return program;
}

}  // namespace

int64_t TieBreakWeight(const SelectionInstance& instance) {
  return static_cast<int64_t>(instance.k) * static_cast<int64_t>(instance.candidates.size()) + 1;
}

ModelSolution SolveSelectionModel(const SelectionInstance& instance, double time_limit_seconds) {
  const int n = static_cast<int>(instance.candidates.size());
  MilpSolution milp = SolveIntegerProgram(BuildProgram(instance), time_limit_seconds);
  ModelSolution solution;
  solution.status = milp.status;
  if (milp.values.empty()) return solution;
  for (int i = 0; i < n; ++i) {
    if (milp.values[i] > 0.5) {
      solution.selected.push_back(i);
      solution.objective += instance.candidates[i].score;
    }
  }
  if (milp.status == MilpStatus::kOptimal) {
    solution.bound = solution.objective;
    return solution;
  }
  // The combined objective is an integer, so its bound can be rounded down before dividing.
  const auto combined_bound = static_cast<int64_t>(std::floor(-milp.best_bound + 1e-6));
  solution.bound = std::max(solution.objective, FloorDiv(combined_bound, TieBreakWeight(instance)));
  return solution;
}

}  // namespace plenary::engine
