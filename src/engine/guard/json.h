// The exchange format plenary.guard/1 (formats/attribution-guard.md) for findings, shared by the
// command line and the web pages so both emit byte-identical documents.
#pragma once

#include <span>
#include <string>

#include "engine/guard/guard.h"

namespace plenary::engine {

// {"format": "plenary.guard/1", "findings": [...]}, one finding a line as in the format's
// example, ending with a newline. Texts are written as UTF-8 (Scan only returns valid UTF-8).
std::string GuardFindingsJson(std::span<const Finding> findings);

}  // namespace plenary::engine
