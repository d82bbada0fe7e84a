// The working-group assignment engine: the entry point for the CLI and the web pages.
//
//   auto result = engine::SolveAssignment(instance, {.time_limit_seconds = 10});
//
// Thread-safe: concurrent calls may run, but CBC solves are serialised inside (its driver has
// global state), so run one solve at a time to get the full time limit. A call returns after
// about the time limit; CBC cannot be interrupted inside its root node, which at 1,000+
// participants under heavy machine load can overrun the limit by seconds.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "domain/core/status.h"
#include "engine/assignment/instance.h"
#include "engine/assignment/objective.h"

namespace plenary::engine {

struct SolveProgress {
  std::string_view phase;   // "start", "local search", "exact model", "done"
  double seconds = 0;       // since the call began
  int64_t objective = 0;    // best objective so far
  int64_t lower_bound = 0;  // best valid bound so far
};

enum class SolveStrategy {
  kAuto,            // the whole model with CBC up to ~20,000 (participant, group) pairs
  kWholeModel,      // CBC on the whole model, seeded by local search (exact given time)
  kNeighbourhoods,  // local search, Lagrangian bound, then CBC on a few groups at a time
};

struct SolveOptions {
  double time_limit_seconds = 10;
  SolveStrategy strategy = SolveStrategy::kAuto;
  uint64_t seed = 1;  // the search is deterministic for a given seed and time budget
  // Called on the solving thread at each phase and each improvement; keep it quick. Returning
  // is the only way back: to show progress on a page, store the figures and poll them.
  std::function<void(const SolveProgress&)> on_progress;
};

struct AssignmentResult {
  Assignment assignment;
  int64_t objective = 0;
  int64_t lower_bound = 0;      // always valid: no assignment has a smaller objective
  bool proven_optimal = false;  // objective == lower_bound
  double seconds = 0;
  AssignmentSummary summary;
};

// kInfeasible (naming the group or the totals at fault) when the limits cannot be met;
// kInternal if a result failed its independent check (a bug).
Result<AssignmentResult> SolveAssignment(const AssignmentInstance& instance,
                                         const SolveOptions& options);

}  // namespace plenary::engine
