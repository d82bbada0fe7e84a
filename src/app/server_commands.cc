#include "app/server_commands.h"

#include <iostream>

#include "cli/args.h"
#include "cli/exit_code.h"
#include "store/database.h"

namespace plenary::app {
namespace {

constexpr const char* kDefaultDb = "sqlite:data/plenary.sqlite";

}  // namespace

int RunMigrate(cli::CommandArgs args, cli::CommandIo io) {
  auto parsed = cli::ParseArgs(args, {{"--db"}, {"--help"}});
  if (!parsed) {
    io.err << "plenary migrate: " << parsed.error().message() << "\n";
    return cli::ExitCodeFor(parsed.error());
  }
  if (parsed->Has("--help")) {
    io.out << "usage: plenary migrate [--db URL]\n\n"
              "Applies the numbered migrations that the database has not seen yet.\n"
              "  --db URL   sqlite:PATH or postgresql://USER@HOST:PORT/DB (default "
           << kDefaultDb << ")\n";
    return cli::kExitOk;
  }
  auto db = store::Database::Open(parsed->Get("--db").value_or(kDefaultDb));
  if (!db) {
    io.err << "plenary migrate: " << db.error().message() << "\n";
    return cli::ExitCodeFor(db.error());
  }
  auto applied = (*db)->Migrate();
  if (!applied) {
    io.err << "plenary migrate: " << applied.error().message() << "\n";
    return cli::ExitCodeFor(applied.error());
  }
  io.out << "applied " << *applied << " migration(s)\n";
  return cli::kExitOk;
}

int RunServe(cli::CommandArgs, cli::CommandIo io) {
  io.err << "plenary serve: not built yet\n";
  return cli::kExitInternal;
}

int RunDemo(cli::CommandArgs, cli::CommandIo io) {
  io.err << "plenary demo: not built yet\n";
  return cli::kExitInternal;
}

}  // namespace plenary::app
