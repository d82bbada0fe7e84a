// Sub-commands that wire configuration, the store and the web server together.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <utility>

#include "app/config.h"
#include "cli/args.h"
#include "cli/command.h"
#include "store/core/database.h"
#include "web/server/services.h"
#include "web/server/templates.h"

namespace plenary::app {

int RunServe(cli::CommandArgs args, cli::CommandIo io);
int RunMigrate(cli::CommandArgs args, cli::CommandIo io);
int RunDemo(cli::CommandArgs args, cli::CommandIo io);
int RunSignInLink(cli::CommandArgs args, cli::CommandIo io);

// Shared by the sub-commands that open the database (participation_commands.cc too).
extern const char* const kDbHelp;
// Prints the error (and its fields) as "plenary COMMAND: ..." and returns its exit code.
int Fail(cli::CommandIo io, std::string_view command, const Error& error);
// Parses the options (`extra` plus --db and --config), loads the configuration and lets the
// command line win over it.
Result<std::pair<cli::ParsedArgs, Config>> Prepare(cli::CommandArgs args, std::set<std::string> extra);
Result<std::unique_ptr<store::Database>> OpenMigrated(const Config& config, size_t pool);
web::WebConfig WebConfigOf(const Config& config);

// What a sub-command that works on the data needs: the migrated database, the embedded
// templates and the services over both (which refer to the other two, owned here beside them).
struct CommandServices {
  std::unique_ptr<store::Database> db;
  std::unique_ptr<web::Templates> templates;
  std::unique_ptr<web::Services> services;
};
Result<CommandServices> OpenServices(const Config& config, size_t pool);

}  // namespace plenary::app
