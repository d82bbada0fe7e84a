#include "engine/milp/cbc_driver.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace plenary::engine {
namespace {

// Loads the program into a CLP interface. The program is taken by value so that its entries
// are freed before the search, as they are the largest part of a big model.
void LoadProgram(SparseProgram program, OsiClpSolverInterface* solver) {
  CoinPackedMatrix matrix(true, program.entry_row.data(), program.entry_column.data(),
                          program.entry_value.data(),
                          static_cast<CoinBigIndex>(program.entry_value.size()));
  // The entries alone size the matrix: a last row or column without entries would be lost.
  if (matrix.getNumRows() < program.Rows() || matrix.getNumCols() < program.Columns()) {
    matrix.setDimensions(program.Rows(), program.Columns());
  }
  solver->messageHandler()->setLogLevel(0);
  solver->loadProblem(matrix, program.column_lower.data(), program.column_upper.data(),
                      program.objective.data(), program.row_lower.data(), program.row_upper.data());
  for (int col = 0; col < program.Columns(); ++col) {
    if (program.integer[col]) solver->setInteger(col);
  }
}

// Reports CBC's incumbents, lets the caller stop the search, and stops CBC at the deadline:
// its own "-sec" limit is only checked between phases and overran by seconds at 3,000 people.
class IncumbentEvents : public CbcEventHandler {
 public:
  IncumbentEvents(const std::function<bool(double, double)>* callback,
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
    const bool stop_now = (*callback_)(objective, model_->getBestPossibleObjValue());
    return stop_now ? stop : noAction;
  }

 private:
  const std::function<bool(double, double)>* callback_;
  std::chrono::steady_clock::time_point deadline_;
};

std::string ColumnName(int col) { return "c" + std::to_string(col); }

// CBC takes a MIP start by column name, so the start's columns are named first.
void SetStart(const std::vector<std::pair<int, double>>& start, OsiClpSolverInterface* solver,
              CbcModel* model) {
  solver->setIntParam(OsiNameDiscipline, 2);
  std::vector<std::pair<std::string, double>> values;
  for (const auto& [col, value] : start) {
    solver->setColName(col, ColumnName(col));
    values.emplace_back(ColumnName(col), value);
  }
  model->setMIPStart(values);
}

// The command-line driver with the log off and the limit as "-sec"; everything else is CBC's
// default (cuts, heuristics, presolve).
void RunFullDriver(double seconds, CbcModel& model) {
  CbcSolverUsefulData data;
  CbcMain0(model, data);
  const std::string limit = std::to_string(std::max(0.01, seconds));
  std::vector<std::string> args = {"plenary", "-log", "0", "-slog", "0", "-sec", limit};
  args.push_back("-solve");
  args.push_back("-quit");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  CbcMain1(
      static_cast<int>(argv.size()), argv.data(), model, [](CbcModel*, int) { return 0; }, data);
}

// The objective is priced with the loaded (unpresolved) costs, which CBC's model copies.
MilpSolution ReadSolution(const OsiClpSolverInterface& loaded, const CbcModel& model) {
  MilpSolution result;
  result.best_bound = model.getBestPossibleObjValue();
  const double* x = model.bestSolution();
  if (x == nullptr) {
    result.status = model.isProvenInfeasible() ? MilpStatus::kInfeasible : MilpStatus::kUnknown;
    return result;
  }
  result.status = model.isProvenOptimal() ? MilpStatus::kOptimal : MilpStatus::kFeasible;
  const int columns = loaded.getNumCols();
  result.values.assign(x, x + columns);
  const double* cost = loaded.getObjCoefficients();
  for (int c = 0; c < columns; ++c) result.objective += cost[c] * x[c];
  return result;
}

}  // namespace

MilpSolution SolveSparseProgram(SparseProgram program, const SparseSolveOptions& options) {
  OsiClpSolverInterface solver;
  LoadProgram(std::move(program), &solver);
  CbcModel model(solver);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  if (!options.start.empty()) {
    SetStart(options.start, dynamic_cast<OsiClpSolverInterface*>(model.solver()), &model);
  }
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(options.seconds));
  IncumbentEvents events(&options.on_incumbent, deadline);
  model.passInEventHandler(&events);
  // CBC's command-line driver keeps some state in globals: one solve at a time per process.
  static std::mutex driver;
  std::lock_guard<std::mutex> lock(driver);
  if (options.search == MilpSearch::kPlainBranchAndBound) {
    // CBC's own limit as a backstop; the wall-clock deadline above is what stops it in time.
    model.setMaximumSeconds(options.seconds);
    model.initialSolve();
    model.branchAndBound();
  } else {
    RunFullDriver(options.seconds, model);
  }
  return ReadSolution(solver, model);
}

}  // namespace plenary::engine
