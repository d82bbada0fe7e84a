// Large-neighbourhood search: take the members of a few related groups, re-place them among
// those groups exactly with the MIP of assignment_mip.h, keep the result if it is better. The
// other groups' terms do not change, so the sub-problem objective decides.
#pragma once

#include <chrono>
#include <cstdint>
#include <random>
#include <vector>

#include "engine/assignment/compiled.h"

namespace plenary::engine {

struct NeighbourhoodOptions {
  int max_people = 400;  // sub-problems beyond this take CBC seconds, not fractions
  int max_groups = 4;
  double seconds_per_solve = 1.0;
  // Optional [p * per_participant + i]: each participant's promising groups (Lagrangian
  // reduced costs). When given, a participant may only move to one of these, which keeps
  // sub-problems of 1,000 people small enough for CBC in a fraction of a second.
  const std::vector<int>* candidates = nullptr;
  int per_participant = 0;
};

// One neighbourhood around a random group; returns the improvement (0 if none) and updates
// group_of in place.
int64_t ImproveNeighbourhood(const CompiledInstance& instance, const NeighbourhoodOptions& options,
                             std::chrono::steady_clock::time_point deadline, std::mt19937_64& rng,
                             std::vector<int>* group_of);

}  // namespace plenary::engine
