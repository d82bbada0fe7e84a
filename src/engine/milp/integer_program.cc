#include "engine/milp/integer_program.h"

#include <CbcHeuristic.hpp>
#include <CbcHeuristicDiveCoefficient.hpp>
#include <CbcHeuristicFPump.hpp>
#include <CbcHeuristicLocal.hpp>
#include <CbcModel.hpp>
#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <OsiClpSolverInterface.hpp>
#include <algorithm>
#include <cmath>

namespace plenary::engine {
namespace {

void LoadProgram(const IntegerProgram& program, OsiClpSolverInterface& solver) {
  const int columns = static_cast<int>(program.objective.size());
  CoinPackedMatrix matrix(false, 0, 0);
  matrix.setDimensions(0, columns);
  std::vector<double> row_lower;
  std::vector<double> row_upper;
  for (const LinearRow& row : program.rows) {
    CoinPackedVector vector(static_cast<int>(row.columns.size()), row.columns.data(),
                            row.coefficients.data());
    matrix.appendRow(vector);
    row_lower.push_back(row.lower);
    row_upper.push_back(row.upper);
  }
  solver.loadProblem(matrix, program.column_lower.data(), program.column_upper.data(),
                     program.objective.data(), row_lower.data(), row_upper.data());
  for (int c = 0; c < columns; ++c) solver.setInteger(c);
  solver.messageHandler()->setLogLevel(0);
  solver.getModelPtr()->messageHandler()->setLogLevel(0);
}

}  // namespace

MilpSolution SolveIntegerProgram(const IntegerProgram& program, double time_limit_seconds) {
  OsiClpSolverInterface solver;
  LoadProgram(program, solver);
  CbcModel model(solver);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  model.setNumberThreads(0);
  // Wall-clock time, not CPU time: on a loaded machine the CPU clock runs slower than the
  // caller's deadline (the default overshot a 1 s limit by 3x under load).
  model.setUseElapsedTime(true);
  model.setMaximumSeconds(std::max(0.01, time_limit_seconds));
  // Objective coefficients are integers, so any solution better than the incumbent is better
  // by at least 1: this lets CBC prune more and makes "optimal" mean exactly optimal.
  model.setCutoffIncrement(0.999);
  model.setAllowableGap(0.5);
  model.setAllowableFractionGap(0.0);
  model.setAllowablePercentageGap(0.0);
  // Primal heuristics (CBC adds none by default): on tightly constrained pools they find a
  // first selection long before branching alone would.
  CbcRounding rounding(model);
  model.addHeuristic(&rounding);
  CbcHeuristicFPump pump(model);
  model.addHeuristic(&pump);
  CbcHeuristicDiveCoefficient dive(model);
  model.addHeuristic(&dive);
  CbcHeuristicLocal local(model);
  model.addHeuristic(&local);
  model.branchAndBound();

  MilpSolution result;
  const double* best = model.bestSolution();
  if (model.isProvenInfeasible() && best == nullptr) {
    result.status = MilpStatus::kInfeasible;
    return result;
  }
  if (best == nullptr) return result;
  const int columns = static_cast<int>(program.objective.size());
  result.values.assign(best, best + columns);
  for (double& v : result.values) v = std::round(v);
  result.objective = 0;
  for (int c = 0; c < columns; ++c) result.objective += program.objective[c] * result.values[c];
  result.status = model.isProvenOptimal() ? MilpStatus::kOptimal : MilpStatus::kFeasible;
  result.best_bound = result.status == MilpStatus::kOptimal
                          ? result.objective
                          : std::min(result.objective, model.getBestPossibleObjValue());
  return result;
}

}  // namespace plenary::engine
