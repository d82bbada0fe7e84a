#include "engine/assignment_solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

#include "engine/assignment_compiled.h"
#include "engine/assignment_lagrangian.h"
#include "engine/assignment_local_search.h"
#include "engine/assignment_mip.h"
#include "engine/assignment_neighbourhood.h"

namespace plenary::engine {
namespace {

using Clock = std::chrono::steady_clock;

// Local search is worth more time the larger the model; the exact model gets the rest.
constexpr double kSearchSecondsPerCell = 5e-6;
constexpr double kSearchShare = 0.25;
// Up to this many (participant, group) pairs CBC solves the whole model within seconds
// (1,000 x 10: 0.3-2.5 s); beyond it its presolve alone can exceed the time limit.
constexpr double kWholeModelCells = 20'000;
// The large path: first local search, then the Lagrangian bound, then neighbourhoods.
constexpr double kLargeSearchShare = 0.2;
constexpr double kLargeBoundShare = 0.2;
constexpr double kSearchBetweenNeighbourhoods = 0.05;

// One solve: the best assignment and the best bound seen, reported as they improve.
class SolveRun {
 public:
  SolveRun(const CompiledInstance& in, const SolveOptions& options)
      : in_(in), options_(options), start_(Clock::now()),
        deadline_(start_ + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(options.time_limit_seconds))) {}

  void Solve();
  const std::vector<int>& best() const { return best_; }
  int64_t objective() const { return objective_; }
  int64_t bound() const { return bound_; }
  double Elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  double Remaining() const {
    return std::chrono::duration<double>(deadline_ - Clock::now()).count();
  }
  void Offer(const std::vector<int>& group_of, int64_t objective, std::string_view phase);
  void Raise(double bound) {
    if (std::isfinite(bound)) bound_ = std::max(bound_, static_cast<int64_t>(std::ceil(bound - 1e-6)));
  }
  void Report(std::string_view phase) const {
    if (options_.on_progress) options_.on_progress({phase, Elapsed(), objective_, bound_});
  }
  void RunExactModel(LocalSearch& search);
  void RunLarge(LocalSearch& search);
  Clock::time_point After(double seconds) const {
    return Clock::now() + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(seconds));
  }

  const CompiledInstance& in_;
  const SolveOptions& options_;
  Clock::time_point start_, deadline_;
  std::vector<int> best_;
  int64_t objective_ = 0;
  int64_t bound_ = 0;
};

void SolveRun::Offer(const std::vector<int>& group_of, int64_t objective, std::string_view phase) {
  if (!best_.empty() && objective >= objective_) return;
  best_ = group_of;
  objective_ = objective;
  Report(phase);
}

void SolveRun::RunExactModel(LocalSearch& search) {
  MipOptions mip;
  mip.seconds = Remaining();
  mip.start = best_;
  // CBC's in-flight bound belongs to its presolved model: shown, never kept as our bound.
  mip.on_incumbent = [this](int64_t objective, double) {
    if (options_.on_progress) {
      options_.on_progress({"exact model", Elapsed(), std::min(objective, objective_), bound_});
    }
    return false;
  };
  MipOutcome outcome = SolveMip(in_, WholeProblem(in_), mip);
  // An unfinished run (no root LP) reports -inf or a weak bound; Raise keeps the best.
  Raise(outcome.lower_bound);
  if (outcome.group_of.empty()) return;
  if (outcome.status == MipStatus::kOptimal) bound_ = std::max(bound_, outcome.objective);
  if (outcome.objective < objective_) {
    best_ = outcome.group_of;
    objective_ = outcome.objective;
    search.Reset(best_);
  }
}

void SolveRun::RunLarge(LocalSearch& search) {
  const double limit = options_.time_limit_seconds;
  search.Run(std::min(deadline_, After(kLargeSearchShare * limit)));
  search.Reset(search.best());
  search.CancelCycles(deadline_);
  Offer(search.best(), search.best_objective(), "local search");
  const LagrangianBound lagrangian =
      ComputeLagrangianBound(in_, objective_, std::min(deadline_, After(kLargeBoundShare * limit)));
  bound_ = std::max(bound_, lagrangian.bound);
  Report("lower bound");
  std::mt19937_64 rng(options_.seed);
  NeighbourhoodOptions neighbourhood;
  std::vector<int> current = best_;
  while (objective_ > bound_ && Remaining() > 0.02) {
    if (ImproveNeighbourhood(in_, neighbourhood, deadline_, rng, &current) > 0) {
      search.Reset(current);
      search.Run(std::min(deadline_, After(kSearchBetweenNeighbourhoods)));
      current = search.best();
      Offer(current, search.best_objective(), "neighbourhoods");
    }
  }
}

void SolveRun::Solve() {
  bound_ = in_.TrivialBound();
  best_ = GreedyStart(in_);
  objective_ = in_.Objective(best_);
  Report("start");
  LocalSearch search(in_, best_, options_.seed);
  const double cells = static_cast<double>(in_.n) * in_.groups;
  const bool large = options_.strategy == SolveStrategy::kAuto
                         ? cells > kWholeModelCells
                         : options_.strategy == SolveStrategy::kNeighbourhoods;
  if (large) {
    RunLarge(search);
    Report("done");
    return;
  }
  const double first_search = std::min(kSearchShare * options_.time_limit_seconds,
                                       kSearchSecondsPerCell * cells);
  search.Run(After(first_search));
  Offer(search.best(), search.best_objective(), "local search");
  if (objective_ > bound_ && Remaining() > 0) RunExactModel(search);
  if (objective_ > bound_ && Remaining() > 0) {
    search.Run(deadline_);
    Offer(search.best(), search.best_objective(), "local search");
  }
  Report("done");
}

}  // namespace

Result<AssignmentResult> SolveAssignment(const AssignmentInstance& instance,
                                         const SolveOptions& options) {
  Result<CompiledInstance> compiled = CompileInstance(instance);
  if (!compiled.ok()) return compiled.error();
  SolveRun run(*compiled, options);
  run.Solve();
  AssignmentResult result;
  result.assignment.group_of = run.best();
  if (Status valid = CheckAssignment(instance, result.assignment); !valid.ok()) return valid.error();
  result.objective = EvaluateObjective(instance, result.assignment);
  if (result.objective != run.objective()) {
    return Error::Internal("the solver's objective " + std::to_string(run.objective()) +
                           " differs from the recomputed " + std::to_string(result.objective));
  }
  result.lower_bound = std::min(run.bound(), result.objective);
  result.proven_optimal = result.lower_bound == result.objective;
  result.summary = Summarize(instance, result.assignment);
  result.seconds = run.Elapsed();
  return result;
}

}  // namespace plenary::engine
