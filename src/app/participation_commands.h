// Sub-commands for a secretariat's scripts and cron: `plenary invite` creates one invitation
// and prints its link; `plenary purge` runs the retention purge now.
#pragma once

#include "cli/command.h"

namespace plenary::app {

int RunInvite(cli::CommandArgs args, cli::CommandIo io);
int RunPurge(cli::CommandArgs args, cli::CommandIo io);

}  // namespace plenary::app
