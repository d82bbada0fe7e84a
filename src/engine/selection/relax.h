// Diagnosis of an infeasible selection instance: which quotas conflict, and the smallest
// relaxation that makes them compatible.
#pragma once

#include <optional>
#include <string>

#include "engine/selection/selection.h"

namespace plenary::engine {

// A clash among the hard rules (k, must "in", must "out"), which no quota relaxation can fix;
// nullopt when k is reachable. The message says what to change.
std::optional<std::string> HardRuleConflict(const SelectionInstance& instance);

// Minimises the total relaxation: every quota row gets integer elastic variables (min lowered
// by s_lo <= min, max raised by s_hi), k and the fixings stay hard, and the sum of elastic
// variables is minimised; among minimal totals, the fewest changed bounds. Precondition:
// HardRuleConflict(instance) is nullopt, which makes the elastic model always feasible.
// Returns the relaxations with a non-zero amount, in row order.
InfeasibilityDiagnosis FindRelaxations(const SelectionInstance& instance,
                                       double time_limit_seconds);

}  // namespace plenary::engine
