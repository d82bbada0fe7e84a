// A feasible start and simulated annealing over moves and swaps with constant-time delta
// evaluation. Moves change two group sizes (and so every band of both groups: O(cells));
// swaps keep sizes and touch only the cells where the two participants differ (O(attributes)),
// which is what makes progress possible when every group's size is pinned (min == max).
#pragma once

#include <chrono>
#include <cstdint>
#include <random>
#include <vector>

#include "engine/assignment/compiled.h"

namespace plenary::engine {

// Fixed participants in their group, everyone else in their cheapest group with room, then
// groups below their minimum are topped up with the cheapest moves. Needs the size checks of
// CompileInstance to have passed.
std::vector<int> GreedyStart(const CompiledInstance& instance);

class LocalSearch {
 public:
  using Clock = std::chrono::steady_clock;

  LocalSearch(const CompiledInstance& instance, std::vector<int> start, uint64_t seed);

  // Anneals until the deadline, keeping the best assignment seen.
  void Run(Clock::time_point deadline);
  // Cancels improving cycles p1: g1 -> g2, p2: g2 -> g3, ..., pk: gk -> g1 (sizes unchanged),
  // found with Bellman-Ford on the group graph, until none helps or the deadline passes.
  // These are the exchanges across many groups that moves, swaps and small neighbourhoods
  // miss; returns the number of cycles applied. (assignment_ejection_cycle.cc)
  int CancelCycles(Clock::time_point deadline);
  // Replaces the current state (e.g. with an improved solution from the MIP).
  void Reset(std::vector<int> group_of);

  const std::vector<int>& best() const { return best_; }
  int64_t best_objective() const { return best_objective_; }

 private:
  int64_t GroupBalance(int g, int size) const;
  int64_t MoveDelta(int p, int h);
  int64_t SwapDelta(int p, int q) const;
  void ApplyMove(int p, int h);
  void ApplySwap(int p, int q);
  void Place(int p, int g, int sign);
  bool Step(double temperature);
  int64_t CellShiftDelta(int p, int g, int h) const;
  std::vector<int> FindNegativeCycle(std::vector<int>* mover) const;
  bool ApplyCycleIfBetter(const std::vector<int>& cycle, const std::vector<int>& mover);

  const CompiledInstance& in_;
  std::mt19937_64 rng_;
  std::vector<int> group_of_, size_;
  std::vector<int64_t> count_;             // [g * cells + c]
  std::vector<int64_t> balance_;           // [g]: the balance term of g now
  std::vector<std::vector<int>> members_;  // movable members of each group
  std::vector<int> position_;              // p's index in members_[group_of_[p]]
  std::vector<int> movable_;
  std::vector<std::vector<int>> cheap_groups_;  // per p: its few cheapest groups
  int64_t objective_ = 0;
  std::vector<int> best_;
  int64_t best_objective_ = 0;
};

}  // namespace plenary::engine
