// Seeded, deterministic random instances for the tests and the benchmark: skewed group
// popularity, first choices correlated with the participant's sector, fixed members and
// affinities.
#pragma once

#include <cstdint>

#include "engine/assignment/instance.h"

namespace plenary::engine {

struct GeneratorOptions {
  int participants = 100;
  int groups = 3;
  int preferences = 3;              // listed groups per participant (at most the group count)
  double popularity_skew = 1.0;     // Zipf exponent of group popularity; 0 = uniform
  double sector_topic_share = 0.4;  // share whose first choice is their sector's group
  double fixed_share = 0.02;        // share fixed to their first choice (within capacity)
  double affinity_share = 0.1;      // share with one affinity entry (-2..+1)
  double size_slack = 0.1;          // min/max = N/G * (1 -/+ slack); 0 = equal sizes
  uint64_t seed = 1;
};

AssignmentInstance GenerateInstance(const GeneratorOptions& options);

}  // namespace plenary::engine
