#include "app/command_table.h"

#include "app/server_commands.h"
#include "cli/assign_command.h"

namespace plenary::app {

std::span<const cli::Command> Commands() {
  static const cli::Command kCommands[] = {
      {"serve", "serve the web pages over HTTP", RunServe},
      {"migrate", "apply the numbered database migrations", RunMigrate},
      {"demo", "load the demo series and edition into a database", RunDemo},
      {"assign", "place participants in working groups (assignment engine)", cli::RunAssign},
  };
  return kCommands;
}

}  // namespace plenary::app
