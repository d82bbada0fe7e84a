// `plenary guard`: checks a text file against an edition's participant registry under the
// Chatham House Rule (formats/attribution-guard.md). Exit 0: nothing found; 1: findings;
// 2: bad input (the message names the file and the line or byte).
#pragma once

#include "cli/command.h"

namespace plenary::cli {

int RunGuard(CommandArgs args, CommandIo io);

}  // namespace plenary::cli
