#include "engine/assignment/mip.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "engine/milp/cbc_driver.h"
#include "engine/milp/sparse_program.h"

namespace plenary::engine {
namespace {

// Column and row numbering of one problem. Columns: x (participant-major), then y per group
// and size, then d per group and cell. Rows: assignment, one-size, size link, then per group
// and cell the upper and the lower band row.
struct Layout {
  int np = 0, ng = 0, cells = 0;
  std::vector<int> lo, hi, y_first;
  std::vector<int> x_col;  // [i * ng + j]: column of x, or -1 when the pair is not allowed
  int x_count = 0, y_count = 0;
  int X(int i, int j) const { return x_col[static_cast<size_t>(i) * ng + j]; }
  int Y(int j, int k) const { return x_count + y_first[j] + (k - lo[j]); }
  int D(int j, int c) const { return x_count + y_count + j * cells + c; }
  int Columns() const { return x_count + y_count + ng * cells; }
  int RowOne(int j) const { return np + j; }
  int RowSize(int j) const { return np + ng + j; }
  int RowHigh(int j, int c) const { return np + 2 * ng + 2 * (j * cells + c); }
  int Rows() const { return np + 2 * ng + 2 * ng * cells; }
};

void AddAssignmentColumns(const CompiledInstance& in, const MipProblem& pr, const Layout& l,
                          SparseProgram* m) {
  for (int i = 0; i < l.np; ++i) {
    const int p = pr.participants[i];
    m->row_lower[i] = m->row_upper[i] = 1;
    for (int j = 0; j < l.ng; ++j) {
      const int g = pr.groups[j];
      const int col = l.X(i, j);
      if (col < 0) continue;
      m->objective[col] = static_cast<double>(in.Cost(p, g));
      m->column_upper[col] = 1;
      m->column_lower[col] = in.fixed[p] == g ? 1 : 0;
      m->Add(i, col, 1);
      m->Add(l.RowSize(j), col, 1);
      for (int a = 0; a < in.attributes; ++a) {
        const int row = l.RowHigh(j, in.Cell(p, a));
        m->Add(row, col, 1);
        m->Add(row + 1, col, 1);
      }
    }
  }
}

void AddSizeColumns(const CompiledInstance& in, const Layout& l, SparseProgram* m) {
  for (int j = 0; j < l.ng; ++j) {
    m->row_lower[l.RowOne(j)] = m->row_upper[l.RowOne(j)] = 1;
    m->row_lower[l.RowSize(j)] = m->row_upper[l.RowSize(j)] = 0;
    for (int k = l.lo[j]; k <= l.hi[j]; ++k) {
      const int col = l.Y(j, k);
      m->column_upper[col] = 1;
      m->Add(l.RowOne(j), col, 1);
      if (k != 0) m->Add(l.RowSize(j), col, -k);
      for (int c = 0; c < l.cells; ++c) {
        if (int64_t hi = in.BandHigh(c, k); hi != 0) m->Add(l.RowHigh(j, c), col, -double(hi));
        if (int64_t lo = in.BandLow(c, k); lo != 0) m->Add(l.RowHigh(j, c) + 1, col, -double(lo));
      }
    }
    for (int c = 0; c < l.cells; ++c) {
      const int col = l.D(j, c), row = l.RowHigh(j, c);
      m->objective[col] = static_cast<double>(in.cell_weight[c]);
      m->column_upper[col] = kMilpInfinity;
      m->Add(row, col, -1);
      m->Add(row + 1, col, 1);
      m->row_lower[row] = -kMilpInfinity;  // x - d - ceil <= 0
      m->row_upper[row] = 0;
      m->row_lower[row + 1] = 0;  // x + d - floor >= 0
      m->row_upper[row + 1] = kMilpInfinity;
    }
  }
}

// The start as the values of the x and y columns; the deviations are left to CBC.
std::vector<std::pair<int, double>> StartValues(const Layout& l, const std::vector<int>& start) {
  std::vector<std::pair<int, double>> values;
  std::vector<int> size(l.ng, 0);
  for (int i = 0; i < l.np; ++i) {
    for (int j = 0; j < l.ng; ++j) {
      const int col = l.X(i, j);
      if (col < 0) continue;
      values.emplace_back(col, start[i] == j ? 1.0 : 0.0);
    }
    ++size[start[i]];
  }
  for (int j = 0; j < l.ng; ++j) {
    for (int k = l.lo[j]; k <= l.hi[j]; ++k) {
      values.emplace_back(l.Y(j, k), size[j] == k ? 1.0 : 0.0);
    }
  }
  return values;
}

}  // namespace

MipProblem WholeProblem(const CompiledInstance& instance) {
  MipProblem problem;
  for (int p = 0; p < instance.n; ++p) problem.participants.push_back(p);
  for (int g = 0; g < instance.groups; ++g) problem.groups.push_back(g);
  return problem;
}

namespace {

Layout MakeLayout(const CompiledInstance& in, const MipProblem& pr) {
  Layout l;
  l.np = static_cast<int>(pr.participants.size());
  l.ng = static_cast<int>(pr.groups.size());
  l.cells = in.cells;
  l.x_col.assign(static_cast<size_t>(l.np) * l.ng, -1);
  for (int i = 0; i < l.np; ++i) {
    const int p = pr.participants[i];
    for (int j = 0; j < l.ng; ++j) {
      const bool allowed = pr.allowed.empty() || pr.allowed[static_cast<size_t>(i) * l.ng + j];
      const bool fits = in.fixed[p] < 0 ? allowed : in.fixed[p] == pr.groups[j];
      if (fits) l.x_col[static_cast<size_t>(i) * l.ng + j] = l.x_count++;
    }
  }
  for (size_t j = 0; j < pr.groups.size(); ++j) {
    const int g = pr.groups[j];
    l.lo.push_back(pr.size_lo.empty() ? in.size_lo[g] : std::max(in.size_lo[g], pr.size_lo[j]));
    l.hi.push_back(std::min({in.size_hi[g], l.np, pr.size_hi.empty() ? l.np : pr.size_hi[j]}));
    l.y_first.push_back(l.y_count);
    l.y_count += std::max(0, l.hi.back() - l.lo.back() + 1);
  }
  return l;
}

MipOutcome ReadOutcome(const CompiledInstance& in, const MipProblem& pr, const Layout& l,
                       const MilpSolution& solution) {
  MipOutcome out;
  out.lower_bound = solution.best_bound;
  if (solution.values.empty()) {
    out.status = solution.status == MilpStatus::kInfeasible ? MipStatus::kInfeasible
                                                            : MipStatus::kNoSolution;
    return out;
  }
  out.status = solution.status == MilpStatus::kOptimal ? MipStatus::kOptimal : MipStatus::kFeasible;
  const std::vector<double>& x = solution.values;
  out.group_of.assign(l.np, -1);
  for (int i = 0; i < l.np; ++i) {
    for (int j = 0; j < l.ng; ++j) {
      if (l.X(i, j) >= 0 && x[l.X(i, j)] > 0.5) out.group_of[i] = j;
    }
  }
  std::vector<int> size(l.ng, 0);
  std::vector<int64_t> count(static_cast<size_t>(l.ng) * l.cells, 0);
  for (int i = 0; i < l.np; ++i) {
    const int j = out.group_of[i];
    out.objective += in.Cost(pr.participants[i], pr.groups[j]);
    ++size[j];
    for (int a = 0; a < in.attributes; ++a) ++count[j * l.cells + in.Cell(pr.participants[i], a)];
  }
  for (int j = 0; j < l.ng; ++j) {
    for (int c = 0; c < l.cells; ++c) {
      out.objective += in.cell_weight[c] * in.Deviation(c, size[j], count[j * l.cells + c]);
    }
  }
  return out;
}

}  // namespace

namespace {

// The model of the header comment; x and y are integer, the deviations d continuous.
SparseProgram BuildModel(const CompiledInstance& in, const MipProblem& pr, const Layout& l) {
  SparseProgram m(l.Columns(), l.Rows());
  AddAssignmentColumns(in, pr, l, &m);
  AddSizeColumns(in, l, &m);
  std::fill(m.integer.begin(), m.integer.begin() + l.x_count + l.y_count, 1);
  return m;
}

bool SizesFit(const Layout& l) {
  for (int j = 0; j < l.ng; ++j) {
    if (l.lo[j] > l.hi[j]) return false;
  }
  return true;
}

}  // namespace

MipOutcome SolveMip(const CompiledInstance& in, const MipProblem& pr, const MipOptions& options) {
  const Layout l = MakeLayout(in, pr);
  if (!SizesFit(l)) return {MipStatus::kInfeasible, {}, 0, 0};
  SparseSolveOptions cbc;
  cbc.seconds = options.seconds;
  cbc.search = options.plain ? MilpSearch::kPlainBranchAndBound : MilpSearch::kFullDriver;
  if (options.start) cbc.start = StartValues(l, *options.start);
  if (options.on_incumbent) {
    cbc.on_incumbent = [&options](double objective, double bound) {
      return options.on_incumbent(std::llround(objective), bound);
    };
  }
  return ReadOutcome(in, pr, l, SolveSparseProgram(BuildModel(in, pr, l), cbc));
}

}  // namespace plenary::engine
