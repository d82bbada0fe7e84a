// The one place that maps an Error to a process exit code.
#pragma once

#include "cli/command.h"
#include "domain/core/status.h"

namespace plenary::cli {

int ExitCodeFor(const Error& error);

}  // namespace plenary::cli
