// Sub-commands that wire configuration, the store and the web server together.
#pragma once

#include "cli/command.h"

namespace plenary::app {

int RunServe(cli::CommandArgs args, cli::CommandIo io);
int RunMigrate(cli::CommandArgs args, cli::CommandIo io);
int RunDemo(cli::CommandArgs args, cli::CommandIo io);
int RunSignInLink(cli::CommandArgs args, cli::CommandIo io);

}  // namespace plenary::app
