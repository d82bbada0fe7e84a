// A sub-command of build/plenary. Each command parses its own arguments and returns an exit
// code; the table in command_table.cc is the one list of commands.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::cli {

struct CommandIo {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

using CommandArgs = std::span<const std::string>;
using CommandFn = int (*)(CommandArgs args, CommandIo io);

struct Command {
  std::string_view name;
  std::string_view summary;
  CommandFn run;
};

// Exit codes shared by every command (sysexits-like where the format does not fix them).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;   // a check ran and reported findings (guard)
inline constexpr int kExitBadInput = 2;   // malformed or infeasible input; message on stderr
inline constexpr int kExitUnavailable = 69;
inline constexpr int kExitInternal = 70;

}  // namespace plenary::cli
