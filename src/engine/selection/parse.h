// Reads a "plenary.selection/1" instance (docs/formats/selection.md). Every error names the
// field path, e.g. "candidates[12].attributes.gender: missing", so the author can fix the file.
#pragma once

#include <string_view>

#include "domain/core/status.h"
#include "engine/selection/selection.h"

namespace plenary::engine {

inline constexpr std::string_view kSelectionFormat = "plenary.selection/1";

// Never throws, whatever the bytes (the parser is fuzzed).
Result<SelectionInstance> ParseSelectionInstance(std::string_view text);

}  // namespace plenary::engine
