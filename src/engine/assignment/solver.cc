#include "engine/assignment/solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

#include "engine/assignment/compiled.h"
#include "engine/assignment/lagrangian.h"
#include "engine/assignment/local_search.h"
#include "engine/assignment/mip.h"
#include "engine/assignment/neighbourhood.h"

namespace plenary::engine {
namespace {

using Clock = std::chrono::steady_clock;

// Local search is worth more time the larger the model; the exact model gets the rest.
constexpr double kSearchSecondsPerCell = 5e-6;
constexpr double kSearchShare = 0.25;
// Up to this many (participant, group) pairs CBC solves the whole model in well under a
// second (150 x 4: 20 ms of CPU). At 1,000 x 10 it needs 0.3-3 s idle but overran 5 s on a
// loaded machine, while the restricted model of the large path is several times smaller.
constexpr double kWholeModelCells = 5'000;
// Plain branch and bound first, for at most this long: at 150 x 4 it proves the optimum in
// about 12 ms of CPU against about 20 ms for the full driver; a model it cannot close in this
// time goes on to the driver's cuts and heuristics.
constexpr double kPlainSeconds = 0.06;
// The large path: first local search, then the Lagrangian bound, then neighbourhoods.
constexpr double kLargeSearchShare = 0.15;
// Without the restricted whole model (10,000 x 100) annealing is the better use of time than
// more neighbourhoods: 0.15 -> 0.35 -> 0.5 of 30 s gave 3.1-3.5% -> 2.5% -> 2.1%.
constexpr double kHugeSearchShare = 0.45;
constexpr double kLargeBoundShare = 0.15;
constexpr double kSearchBetweenNeighbourhoods = 0.05;
// CBC checks its deadline between nodes, so a neighbourhood's root LP can overrun it (by
// 0.1-0.2 s at 3,000 x 30): the last share of the time goes to annealing, which stops on time.
constexpr double kFinalSearchShare = 0.03;
constexpr int kCandidateGroups = 3;
// The restricted model also keeps each group's size within this distance of the incumbent's:
// with 10% slack a group has ~20 feasible sizes, and CBC branched on them for seconds.
constexpr int kRestrictedSizeWindow = 4;
constexpr double kRestrictedShare = 0.7;
constexpr double kCycleShare = 0.1;
// The restricted whole model pays off up to 3,000 x 30; at 10,000 x 100 CBC's presolve and
// root alone overran 30 s, so only restricted neighbourhoods are solved there.
constexpr double kRestrictedModelCells = 100'000;
constexpr int kRestrictedNeighbourhoodPeople = 2'000;
constexpr int kRestrictedNeighbourhoodGroups = 20;

// One solve: the best assignment and the best bound seen, reported as they improve.
class SolveRun {
 public:
  SolveRun(const CompiledInstance& in, const SolveOptions& options)
      : in_(in),
        options_(options),
        start_(Clock::now()),
        deadline_(start_ + Seconds(options.time_limit_seconds)) {}

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
    // CBC reports -DBL_MAX (or +DBL_MAX) when it has no bound: such values are ignored.
    if (std::fabs(bound) < 1e15)
      bound_ = std::max(bound_, static_cast<int64_t>(std::ceil(bound - 1e-6)));
  }
  void Report(std::string_view phase) const {
    if (options_.on_progress) options_.on_progress({phase, Elapsed(), objective_, bound_});
  }
  void RunExactModel(LocalSearch& search);
  void RunLarge(LocalSearch& search);
  void RunRestrictedModel(const LagrangianBound& lagrangian, LocalSearch& search);
  static Clock::duration Seconds(double seconds) {
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  }
  Clock::time_point After(double seconds) const { return Clock::now() + Seconds(seconds); }

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
  MipOptions plain;
  plain.seconds = std::min(kPlainSeconds, Remaining());
  plain.start = best_;
  plain.plain = true;
  MipOutcome quick = SolveMip(in_, WholeProblem(in_), plain);
  Raise(quick.lower_bound);
  if (!quick.group_of.empty()) {
    if (quick.status == MipStatus::kOptimal) bound_ = std::max(bound_, quick.objective);
    if (quick.objective < objective_) {
      best_ = quick.group_of;
      objective_ = quick.objective;
      search.Reset(best_);
    }
  }
  if (objective_ <= bound_ || Remaining() <= 0) return;
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
  const double cells = static_cast<double>(in_.n) * in_.groups;
  const bool restricted_model = cells <= kRestrictedModelCells;
  const double search_share = restricted_model ? kLargeSearchShare : kHugeSearchShare;
  search.Run(std::min(deadline_, After(search_share * limit)));
  search.Reset(search.best());
  search.CancelCycles(std::min(deadline_, After(kCycleShare * limit)));
  Offer(search.best(), search.best_objective(), "local search");
  const LagrangianBound lagrangian = ComputeLagrangianBound(
      in_, objective_, std::min(deadline_, After(kLargeBoundShare * limit)), kCandidateGroups);
  bound_ = std::max(bound_, lagrangian.bound);
  Report("lower bound");
  if (objective_ > bound_ && !lagrangian.candidates.empty() && restricted_model) {
    RunRestrictedModel(lagrangian, search);
  }
  std::mt19937_64 rng(options_.seed);
  NeighbourhoodOptions neighbourhood;
  if (!lagrangian.candidates.empty()) {
    neighbourhood.candidates = &lagrangian.candidates;
    neighbourhood.per_participant = lagrangian.per_participant;
    neighbourhood.max_people = kRestrictedNeighbourhoodPeople;
    neighbourhood.max_groups = kRestrictedNeighbourhoodGroups;
  }
  std::vector<int> current = best_;
  const Clock::time_point neighbourhoods_end = deadline_ - Seconds(kFinalSearchShare * limit);
  while (objective_ > bound_ && Clock::now() + Seconds(0.02) < neighbourhoods_end) {
    if (ImproveNeighbourhood(in_, neighbourhood, neighbourhoods_end, rng, &current) > 0) {
      search.Reset(current);
      search.Run(std::min(neighbourhoods_end, After(kSearchBetweenNeighbourhoods)));
      current = search.best();
      Offer(current, search.best_objective(), "neighbourhoods");
    }
  }
  if (objective_ > bound_ && Remaining() > 0) {
    search.Reset(best_);
    search.Run(deadline_);
    Offer(search.best(), search.best_objective(), "local search");
  }
}

// The whole model restricted to each participant's best groups by Lagrangian reduced cost
// plus their current group, and to sizes near the current ones (so the incumbent stays
// feasible in it).
void SolveRun::RunRestrictedModel(const LagrangianBound& lagrangian, LocalSearch& search) {
  MipProblem problem = WholeProblem(in_);
  problem.allowed.assign(static_cast<size_t>(in_.n) * in_.groups, 0);
  for (int p = 0; p < in_.n; ++p) {
    uint8_t* row = &problem.allowed[static_cast<size_t>(p) * in_.groups];
    row[best_[p]] = 1;
    for (int i = 0; i < lagrangian.per_participant; ++i) {
      row[lagrangian.candidates[static_cast<size_t>(p) * lagrangian.per_participant + i]] = 1;
    }
  }
  std::vector<int> size(in_.groups, 0);
  for (int g : best_) ++size[g];
  for (int g = 0; g < in_.groups; ++g) {
    problem.size_lo.push_back(size[g] - kRestrictedSizeWindow);
    problem.size_hi.push_back(size[g] + kRestrictedSizeWindow);
  }
  MipOptions mip;
  mip.seconds = kRestrictedShare * Remaining();
  mip.start = best_;
  MipOutcome outcome = SolveMip(in_, problem, mip);
  if (outcome.group_of.empty() || outcome.objective >= objective_) return;
  best_ = outcome.group_of;
  objective_ = outcome.objective;
  search.Reset(best_);
  Report("restricted model");
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
  const double first_search =
      std::min(kSearchShare * options_.time_limit_seconds, kSearchSecondsPerCell * cells);
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
  if (Status valid = CheckAssignment(instance, result.assignment); !valid.ok())
    return valid.error();
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
