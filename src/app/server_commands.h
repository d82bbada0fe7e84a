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
#include "web/server/web_config.h"

namespace plenary::app {

int RunServe(cli::CommandArgs args, cli::CommandIo io);
int RunMigrate(cli::CommandArgs args, cli::CommandIo io);
int RunDemo(cli::CommandArgs args, cli::CommandIo io);
int RunSignInLink(cli::CommandArgs args, cli::CommandIo io);

// Shared by the sub-commands that open the database (participation_commands.cc too).
extern const char* const kDbHelp;
// Prints the error (and its fields) as "plenary COMMAND: ..." and returns its exit code.
int Fail(cli::CommandIo io, std::string_view command, const Error& error);
// Parses the options (`extra` plus --db and --config; `flags` plus --help take no value), loads
// the configuration and lets the command line win over it.
Result<std::pair<cli::ParsedArgs, Config>> Prepare(cli::CommandArgs args, std::set<std::string> extra,
                                                  std::set<std::string> flags = {});
// Opens the database and applies the migrations it has not seen; `applied` (when given) is
// set to how many ran.
Result<std::unique_ptr<store::Database>> OpenMigrated(const Config& config, size_t pool, int* applied = nullptr);
web::WebConfig WebConfigOf(const Config& config);

}  // namespace plenary::app
