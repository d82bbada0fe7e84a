// `plenary assign`: reads an assignment instance, solves it and writes the result
// (docs: /work/shared/formats/assignment.md, docs/engine/assignment.md).
#pragma once

#include "cli/command.h"

namespace plenary::cli {

int RunAssign(CommandArgs args, CommandIo io);

}  // namespace plenary::cli
