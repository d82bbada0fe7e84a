#include "engine/assignment/mip.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#include <chrono>
#include <cmath>
#include <mutex>
#include <string>
#include <utility>

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

struct LinearModel {
  std::vector<int> row, col;
  std::vector<double> value;
  std::vector<double> col_lo, col_hi, obj, row_lo, row_hi;
  void Add(int r, int c, double v) {
    row.push_back(r);
    col.push_back(c);
    value.push_back(v);
  }
};

void AddAssignmentColumns(const CompiledInstance& in, const MipProblem& pr, const Layout& l,
                          LinearModel* m) {
  for (int i = 0; i < l.np; ++i) {
    const int p = pr.participants[i];
    m->row_lo[i] = m->row_hi[i] = 1;
    for (int j = 0; j < l.ng; ++j) {
      const int g = pr.groups[j];
      const int col = l.X(i, j);
      if (col < 0) continue;
      m->obj[col] = static_cast<double>(in.Cost(p, g));
      m->col_hi[col] = 1;
      m->col_lo[col] = in.fixed[p] == g ? 1 : 0;
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

void AddSizeColumns(const CompiledInstance& in, const Layout& l, LinearModel* m) {
  for (int j = 0; j < l.ng; ++j) {
    m->row_lo[l.RowOne(j)] = m->row_hi[l.RowOne(j)] = 1;
    m->row_lo[l.RowSize(j)] = m->row_hi[l.RowSize(j)] = 0;
    for (int k = l.lo[j]; k <= l.hi[j]; ++k) {
      const int col = l.Y(j, k);
      m->col_hi[col] = 1;
      m->Add(l.RowOne(j), col, 1);
      if (k != 0) m->Add(l.RowSize(j), col, -k);
      for (int c = 0; c < l.cells; ++c) {
        if (int64_t hi = in.BandHigh(c, k); hi != 0) m->Add(l.RowHigh(j, c), col, -double(hi));
        if (int64_t lo = in.BandLow(c, k); lo != 0) m->Add(l.RowHigh(j, c) + 1, col, -double(lo));
      }
    }
    for (int c = 0; c < l.cells; ++c) {
      const int col = l.D(j, c), row = l.RowHigh(j, c);
      m->obj[col] = static_cast<double>(in.cell_weight[c]);
      m->col_hi[col] = COIN_DBL_MAX;
      m->Add(row, col, -1);
      m->Add(row + 1, col, 1);
      m->row_lo[row] = -COIN_DBL_MAX;  // x - d - ceil <= 0
      m->row_hi[row] = 0;
      m->row_lo[row + 1] = 0;  // x + d - floor >= 0
      m->row_hi[row + 1] = COIN_DBL_MAX;
    }
  }
}

// Reports CBC's incumbents, lets the caller stop the search, and stops CBC at the deadline:
// its own "-sec" limit is only checked between phases and overran by seconds at 3,000 people.
class IncumbentEvents : public CbcEventHandler {
 public:
  IncumbentEvents(const std::function<bool(int64_t, double)>* callback,
                  std::chrono::steady_clock::time_point deadline)
      : callback_(callback), deadline_(deadline) {}
  CbcEventHandler* clone() const override { return new IncumbentEvents(*this); }
  CbcAction event(CbcEvent which) override {
    if (std::chrono::steady_clock::now() > deadline_) return stop;
    if (which != solution && which != heuristicSolution) return noAction;
    if (callback_ == nullptr || !*callback_) return noAction;
    // Inside CBC's sub-models (presolve, mini branch-and-bound) the incumbent may not be
    // set yet: only a finite value is passed on.
    const double objective = model_->getMinimizationObjValue();
    if (!std::isfinite(objective) || std::fabs(objective) > 1e15) return noAction;
    const bool stop_now = (*callback_)(std::llround(objective), model_->getBestPossibleObjValue());
    return stop_now ? stop : noAction;
  }

 private:
  const std::function<bool(int64_t, double)>* callback_;
  std::chrono::steady_clock::time_point deadline_;
};

std::string ColumnName(int col) { return "c" + std::to_string(col); }

void SetStart(const Layout& l, const std::vector<int>& start, OsiClpSolverInterface* solver,
              CbcModel* model) {
  solver->setIntParam(OsiNameDiscipline, 2);
  std::vector<std::pair<std::string, double>> values;
  std::vector<int> size(l.ng, 0);
  for (int i = 0; i < l.np; ++i) {
    for (int j = 0; j < l.ng; ++j) {
      const int col = l.X(i, j);
      if (col < 0) continue;
      solver->setColName(col, ColumnName(col));
      values.emplace_back(ColumnName(col), start[i] == j ? 1.0 : 0.0);
    }
    ++size[start[i]];
  }
  for (int j = 0; j < l.ng; ++j) {
    for (int k = l.lo[j]; k <= l.hi[j]; ++k) {
      solver->setColName(l.Y(j, k), ColumnName(l.Y(j, k)));
      values.emplace_back(ColumnName(l.Y(j, k)), size[j] == k ? 1.0 : 0.0);
    }
  }
  model->setMIPStart(values);
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
                       CbcModel& model) {
  MipOutcome out;
  out.lower_bound = model.getBestPossibleObjValue();
  const double* x = model.bestSolution();
  if (x == nullptr) {
    out.status = model.isProvenInfeasible() ? MipStatus::kInfeasible : MipStatus::kNoSolution;
    return out;
  }
  out.status = model.isProvenOptimal() ? MipStatus::kOptimal : MipStatus::kFeasible;
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

// Loads the model of the header comment into a CLP interface (integrality not yet marked).
void LoadModel(const CompiledInstance& in, const MipProblem& pr, const Layout& l,
               OsiClpSolverInterface* solver) {
  LinearModel m;
  m.col_lo.assign(l.Columns(), 0);
  m.col_hi.assign(l.Columns(), 0);
  m.obj.assign(l.Columns(), 0);
  m.row_lo.assign(l.Rows(), 0);
  m.row_hi.assign(l.Rows(), 0);
  AddAssignmentColumns(in, pr, l, &m);
  AddSizeColumns(in, l, &m);
  CoinPackedMatrix matrix(true, m.row.data(), m.col.data(), m.value.data(),
                          static_cast<CoinBigIndex>(m.value.size()));
  solver->messageHandler()->setLogLevel(0);
  solver->loadProblem(matrix, m.col_lo.data(), m.col_hi.data(), m.obj.data(), m.row_lo.data(),
                      m.row_hi.data());
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
  OsiClpSolverInterface solver;
  LoadModel(in, pr, l, &solver);
  for (int col = 0; col < l.x_count + l.y_count; ++col) solver.setInteger(col);
  CbcModel model(solver);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  if (options.start)
    SetStart(l, *options.start, dynamic_cast<OsiClpSolverInterface*>(model.solver()), &model);
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(options.seconds));
  IncumbentEvents events(&options.on_incumbent, deadline);
  model.passInEventHandler(&events);
  // CBC's command-line driver keeps some state in globals: one solve at a time per process.
  static std::mutex driver;
  std::lock_guard<std::mutex> lock(driver);
  if (options.plain) {
    // Plain branch and bound: no presolve, cuts or heuristics of the command-line driver,
    // whose start-up alone cost more than the whole search at seminar size.
    model.setMaximumSeconds(options.seconds);
    model.initialSolve();
    model.branchAndBound();
    return ReadOutcome(in, pr, l, model);
  }
  CbcSolverUsefulData data;
  CbcMain0(model, data);
  const std::string seconds = std::to_string(std::max(0.01, options.seconds));
  std::vector<std::string> args = {"plenary", "-log", "0", "-slog", "0", "-sec", seconds};
  args.push_back("-solve");
  args.push_back("-quit");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  CbcMain1(
      static_cast<int>(argv.size()), argv.data(), model, [](CbcModel*, int) { return 0; }, data);
  return ReadOutcome(in, pr, l, model);
}

}  // namespace plenary::engine
