// `plenary select`: reads a "plenary.selection/1" pool, writes a "plenary.selection-result/1"
// result (docs/formats/selection.md). Exit 0 with a selection, 2 when the pool is malformed or
// the quotas cannot be met (stderr names the field or the quotas and the smallest relaxation).
#pragma once

#include "cli/command.h"

namespace plenary::cli {

int RunSelect(CommandArgs args, CommandIo io);

}  // namespace plenary::cli
