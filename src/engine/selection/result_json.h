// Writes a "plenary.selection-result/1" document (docs/formats/selection.md).
#pragma once

#include <string>
#include <string_view>

#include "engine/selection/selection.h"

namespace plenary::engine {

inline constexpr std::string_view kSelectionResultFormat = "plenary.selection-result/1";

// Pretty-printed JSON with a trailing newline.
std::string SelectionResultToJson(const SelectionResult& result);

}  // namespace plenary::engine
