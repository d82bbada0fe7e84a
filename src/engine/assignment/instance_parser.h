// Reads an instance in the "plenary.assignment/1" format. Every malformed field comes back as
// an Error whose message names the field path, e.g.
//   participants[3].preferences[1]: unknown group "wg9"
#pragma once

#include <string_view>

#include "domain/core/status.h"
#include "engine/assignment/instance.h"

namespace plenary::engine {

inline constexpr std::string_view kAssignmentFormat = "plenary.assignment/1";

Result<AssignmentInstance> ParseAssignmentInstance(std::string_view json_text);

}  // namespace plenary::engine
