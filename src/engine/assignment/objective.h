// The objective of docs/formats/assignment.md, written directly from the text and kept
// deliberately simple (no incremental state, no shared code with the solver): every result the
// solver returns is checked against it.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "domain/core/status.h"
#include "engine/assignment/instance.h"

namespace plenary::engine {

// Preference + affinity + balance terms of an assignment. Requires group_of to hold one valid
// group index per participant; the size limits need not hold.
int64_t EvaluateObjective(const AssignmentInstance& instance, const Assignment& assignment);

// OK when every participant is placed, every size is within [min, max] and every fixed
// participant sits in their group; otherwise an Internal error naming the first breach.
Status CheckAssignment(const AssignmentInstance& instance, const Assignment& assignment);

struct AssignmentSummary {
  double first_choice_share = 0;  // participants placed in their first preference / N
  // Largest 1-based preference rank anyone was placed at; a group outside a participant's list
  // counts as rank G (the number of groups), the latest it could sit in a full ranking.
  int worst_rank = 0;
  std::map<std::string, double> max_share_deviation;  // attribute -> max |c/s - n/N|
  friend bool operator==(const AssignmentSummary&, const AssignmentSummary&) = default;
};

AssignmentSummary Summarize(const AssignmentInstance& instance, const Assignment& assignment);

}  // namespace plenary::engine
