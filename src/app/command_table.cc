#include "app/command_table.h"

#include "app/participation_commands.h"
#include "app/server_commands.h"
#include "cli/assign_command.h"
#include "cli/guard_command.h"
#include "cli/select_command.h"

namespace plenary::app {

std::span<const cli::Command> Commands() {
  static const cli::Command kCommands[] = {
      {"serve", "serve the web pages over HTTP", RunServe},
      {"migrate", "apply the numbered database migrations", RunMigrate},
      {"demo", "load the demo series and edition into a database", RunDemo},
      {"sign-in-link", "print a one-time sign-in link for an account", RunSignInLink},
      {"invite", "invite one person to register for an edition and print the link", RunInvite},
      {"purge", "anonymise personal data of editions past the retention period", RunPurge},
      {"select", "choose k participants for balance and score (plenary.selection/1)", cli::RunSelect},
      {"guard", "check a text for names, affiliations and descriptions of participants", cli::RunGuard},
      {"assign", "place participants in working groups (assignment engine)", cli::RunAssign},
  };
  return kCommands;
}

}  // namespace plenary::app
