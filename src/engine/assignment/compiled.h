// The instance in the shape the solvers need: a dense cost matrix, balance "cells" (one per
// weighted attribute value) and the feasible size range of every group. Compiling also proves
// the obvious infeasibilities and names their cause.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "domain/core/status.h"
#include "engine/assignment/instance.h"

namespace plenary::engine {

struct CompiledInstance {
  int n = 0;                         // participants
  int groups = 0;                    // groups
  std::vector<int64_t> cost;         // [p * groups + g]: preference + affinity cost
  std::vector<int> fixed;            // [p]: fixed group or -1
  int attributes = 0;                // balance attributes with a positive weight
  int cells = 0;                     // (attribute, value) pairs of those attributes
  std::vector<int64_t> cell_weight;  // [c]
  std::vector<int64_t> cell_total;   // [c]: n_av
  std::vector<int> cell_of;          // [p * attributes + a]: the cell of p for attribute a
  std::vector<int> size_lo;          // [g]: max(min, fixed members)
  std::vector<int> size_hi;          // [g]: max

  int64_t Cost(int p, int g) const { return cost[static_cast<size_t>(p) * groups + g]; }
  int Cell(int p, int a) const { return cell_of[static_cast<size_t>(p) * attributes + a]; }
  // The band [floor(T), ceil(T)] of T = n_c * size / N.
  int64_t BandLow(int c, int size) const { return cell_total[c] * size / n; }
  int64_t BandHigh(int c, int size) const { return (cell_total[c] * size + n - 1) / n; }
  int64_t Deviation(int c, int size, int64_t count) const {
    return std::max<int64_t>({0, count - BandHigh(c, size), BandLow(c, size) - count});
  }
  // The full objective of a complete assignment, from scratch.
  int64_t Objective(const std::vector<int>& group_of) const;
  // sum over participants of their cheapest allowed group: a valid (weak) lower bound.
  int64_t TrivialBound() const;
};

// Fails with kInfeasible when no group sizes can satisfy the limits and fixed members.
Result<CompiledInstance> CompileInstance(const AssignmentInstance& instance);

}  // namespace plenary::engine
