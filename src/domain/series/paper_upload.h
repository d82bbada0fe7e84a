// The rules for an uploaded background paper: a PDF by its content (not its name or the
// browser's claim), not empty, not larger than the configured limit.
#pragma once

#include <string>
#include <string_view>

#include "domain/core/status.h"

namespace plenary {

// Returns the cleaned file name to keep ("background-paper.pdf" when the name is unusable).
Result<std::string> CheckPaperUpload(std::string_view filename, std::string_view content, long long max_bytes);

}  // namespace plenary
