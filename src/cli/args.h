// Minimal, strict option parsing shared by every sub-command: "--name value", "--name=value",
// "--flag" and positionals. Unknown options are errors that name the option.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "domain/core/status.h"

namespace plenary::cli {

struct ParsedArgs {
  std::map<std::string, std::string> options;  // "--db" -> "sqlite:x"
  std::set<std::string> flags;                 // "--help"
  std::vector<std::string> positionals;

  std::optional<std::string> Get(const std::string& name) const;
  bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
};

struct ArgSpec {
  std::set<std::string> options_with_value;  // e.g. {"--db", "--listen"}
  std::set<std::string> flags;               // e.g. {"--help"}
};

Result<ParsedArgs> ParseArgs(CommandArgs args, const ArgSpec& spec);

}  // namespace plenary::cli
