// An independent checker for a proposed selection: it recomputes the objective and the counts
// from the instance alone (it shares no code with the model) and lists every broken rule.
// Select() runs it on every solution it returns; the tests use it as the oracle's judge.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/core/status.h"
#include "engine/selection/selection.h"

namespace plenary::engine {

struct SelectionCheck {
  int64_t objective = 0;
  SelectionCounts counts;
  std::vector<std::string> violations;  // empty when the selection meets every rule
};

// An Error when `selected_ids` names an unknown or repeated candidate; otherwise the objective,
// counts and violations, e.g. "gender=female: 3 selected, below min 4".
Result<SelectionCheck> CheckSelection(const SelectionInstance& instance,
                                      const std::vector<std::string>& selected_ids);

}  // namespace plenary::engine
