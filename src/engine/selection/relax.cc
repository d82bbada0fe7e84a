#include "engine/selection/relax.h"

#include <algorithm>
#include <cmath>

#include "engine/milp/integer_program.h"
#include "engine/selection/rows.h"

namespace plenary::engine {
namespace {

// Column indices of a row's elastic variables in the relaxation program; -1 when the row's
// bound cannot bind (min 0, or max >= k) and so needs none.
struct ElasticColumns {
  int lower = -1;
  int upper = -1;
};

int AddColumn(IntegerProgram& program, double objective, double upper) {
  program.objective.push_back(objective);
  program.column_lower.push_back(0);
  program.column_upper.push_back(upper);
  return static_cast<int>(program.objective.size()) - 1;
}

// Makes the objective lexicographic: first the total relaxation, then the number of bounds
// changed (one big move is easier for a secretariat to decide than several small ones), then
// the number of country caps among them (a group or sector quota is a policy the secretariat
// sets; raising one country's cap singles out a partner). Each elastic column s (bound u) gets
// a binary y with s <= u * y; y costs `a` (attribute row) or `a + 1` (country row) with `a`
// above the number of columns, and a unit of s costs more than all the y together.
void AddChangeIndicators(IntegerProgram& program, const std::vector<int>& columns,
                         const std::vector<RowKind>& kinds) {
  const double count = static_cast<double>(columns.size());
  const double attribute_cost = count + 1;
  const double unit_cost = count * (attribute_cost + 1) + 1;
  for (size_t c = 0; c < columns.size(); ++c) {
    const int s = columns[c];
    program.objective[s] = unit_cost;
    const double bound = program.column_upper[s];
    const bool country = kinds[c] == RowKind::kCountryCap;
    const int y = AddColumn(program, attribute_cost + (country ? 1 : 0), 1);
    program.rows.push_back({{s, y}, {1, -bound}, -bound, 0});
  }
}

IntegerProgram BuildElasticProgram(const SelectionInstance& instance,
                                   const std::vector<QuotaRow>& rows,
                                   std::vector<ElasticColumns>& elastic) {
  const int n = static_cast<int>(instance.candidates.size());
  IntegerProgram program;
  LinearRow size_row;
  for (int i = 0; i < n; ++i) {
    const MustStatus must = instance.candidates[i].must;
    AddColumn(program, 0, must == MustStatus::kOut ? 0 : 1);
    program.column_lower.back() = must == MustStatus::kIn ? 1 : 0;
    size_row.columns.push_back(i);
    size_row.coefficients.push_back(1);
  }
  size_row.lower = size_row.upper = instance.k;
  program.rows.push_back(std::move(size_row));
  std::vector<int> elastic_columns;
  std::vector<RowKind> elastic_kinds;
  for (const QuotaRow& quota : rows) {
    ElasticColumns columns;
    LinearRow row;
    row.columns = quota.members;
    row.coefficients.assign(quota.members.size(), 1.0);
    if (quota.min > 0) {
      columns.lower = AddColumn(program, 1, quota.min);
      elastic_columns.push_back(columns.lower);
      elastic_kinds.push_back(quota.kind);
      row.columns.push_back(columns.lower);
      row.coefficients.push_back(1);
    }
    if (quota.max && *quota.max < instance.k) {
      columns.upper = AddColumn(program, 1, instance.k - *quota.max);
      elastic_columns.push_back(columns.upper);
      elastic_kinds.push_back(quota.kind);
      row.columns.push_back(columns.upper);
      row.coefficients.push_back(-1);
    }
    row.lower = quota.min;
    // Without a max, the row must still admit count + s_lo == min when min exceeds k.
    row.upper = quota.max ? *quota.max : std::max(quota.min, instance.k);
    program.rows.push_back(std::move(row));
    elastic.push_back(columns);
  }
  AddChangeIndicators(program, elastic_columns, elastic_kinds);
  return program;
}

std::string ConflictReason(const std::vector<Relaxation>& relaxations, int64_t total) {
  std::string names;
  for (const Relaxation& r : relaxations) {
    if (!names.empty()) names += ", ";
    names += r.quota + (r.bound == RelaxedBound::kMin ? " min" : " max");
  }
  return "the quotas cannot all be met; the smallest total relaxation (" + std::to_string(total) +
         ") changes " + names;
}

}  // namespace

std::optional<std::string> HardRuleConflict(const SelectionInstance& instance) {
  int must_in = 0;
  int available = 0;
  for (const Candidate& c : instance.candidates) {
    if (c.must == MustStatus::kIn) ++must_in;
    if (c.must != MustStatus::kOut) ++available;
  }
  if (must_in > instance.k) {
    return std::to_string(must_in) + " candidates must be in but k is " +
           std::to_string(instance.k) + "; raise k or release some must-in candidates";
  }
  if (available < instance.k) {
    return "k is " + std::to_string(instance.k) + " but only " + std::to_string(available) +
           " candidates are not must-out; lower k or add candidates";
  }
  return std::nullopt;
}

InfeasibilityDiagnosis FindRelaxations(const SelectionInstance& instance,
                                       double time_limit_seconds) {
  const std::vector<QuotaRow> rows = BuildQuotaRows(instance);
  std::vector<ElasticColumns> elastic;
  const IntegerProgram program = BuildElasticProgram(instance, rows, elastic);
  const MilpSolution solution = SolveIntegerProgram(program, time_limit_seconds);
  InfeasibilityDiagnosis diagnosis;
  if (solution.values.empty()) {
    diagnosis.reason =
        "the quotas cannot all be met; no relaxation was found within the time limit";
    return diagnosis;
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    const QuotaRow& row = rows[r];
    if (elastic[r].lower >= 0 && solution.values[elastic[r].lower] > 0.5) {
      const int amount = static_cast<int>(std::lround(solution.values[elastic[r].lower]));
      diagnosis.relaxations.push_back({row.label, RelaxedBound::kMin, row.min, row.min - amount});
      diagnosis.total_relaxation += amount;
    }
    if (elastic[r].upper >= 0 && solution.values[elastic[r].upper] > 0.5) {
      const int amount = static_cast<int>(std::lround(solution.values[elastic[r].upper]));
      diagnosis.relaxations.push_back({row.label, RelaxedBound::kMax, *row.max, *row.max + amount});
      diagnosis.total_relaxation += amount;
    }
  }
  diagnosis.proven_minimal = solution.status == MilpStatus::kOptimal;
  diagnosis.reason = ConflictReason(diagnosis.relaxations, diagnosis.total_relaxation);
  return diagnosis;
}

}  // namespace plenary::engine
