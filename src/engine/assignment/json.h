// Writes the exchange formats of docs/formats/assignment.md: the result, and (for the generator,
// tests and fuzz seeds) an instance that ParseAssignmentInstance reads back unchanged.
#pragma once

#include <string>

#include "engine/assignment/instance.h"
#include "engine/assignment/solver.h"

namespace plenary::engine {

inline constexpr std::string_view kAssignmentResultFormat = "plenary.assignment-result/1";

std::string AssignmentResultToJson(const AssignmentInstance& instance,
                                   const AssignmentResult& result);

std::string AssignmentInstanceToJson(const AssignmentInstance& instance);

}  // namespace plenary::engine
