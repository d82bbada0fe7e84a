// The one list of build/plenary's sub-commands.
#pragma once

#include <span>

#include "cli/command.h"

namespace plenary::app {

std::span<const cli::Command> Commands();

}  // namespace plenary::app
