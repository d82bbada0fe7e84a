#include "cli/assign_command.h"

#include <charconv>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/args.h"
#include "cli/exit_code.h"
#include "engine/assignment/instance_parser.h"
#include "engine/assignment/json.h"
#include "engine/assignment/solver.h"

namespace plenary::cli {
namespace {

constexpr double kDefaultSeconds = 10;
constexpr double kMaxSeconds = 86400;

constexpr const char* kUsage =
    "usage: plenary assign --input INSTANCE.json [--output RESULT.json] [--time-limit SECONDS]\n"
    "\n"
    "Places every participant in one working group: preferences first, then the balance of\n"
    "the attributes named in the instance, within each group's min and max and the fixed\n"
    "placements. The formats are described in docs/formats/assignment.md.\n"
    "\n"
    "  --input PATH          the instance (\"plenary.assignment/1\"); - reads standard input\n"
    "  --output PATH         where to write the result (default: standard output)\n"
    "  --time-limit SECONDS  search time (default 10); small seminars finish early, proven\n"
    "                        optimal; larger ones return the best found with a lower bound\n"
    "\n"
    "Exit codes: 0 an assignment was found; 2 the instance is malformed or infeasible (the\n"
    "message names the field or the group at fault).\n";

Result<std::string> ReadInput(const std::string& path, std::istream& in) {
  std::ostringstream text;
  if (path == "-") {
    text << in.rdbuf();
    return text.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return Error::Invalid("cannot read --input " + path);
  text << file.rdbuf();
  return text.str();
}

Result<double> ParseSeconds(const std::string& text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value > 0) ||
      value > kMaxSeconds) {
    return Error::Invalid("--time-limit must be a number of seconds above 0 (got \"" + text +
                          "\")");
  }
  return value;
}

int Fail(const Error& error, CommandIo io) {
  io.err << "plenary assign: " << error.message() << "\n";
  return ExitCodeFor(error);
}

}  // namespace

int RunAssign(CommandArgs args, CommandIo io) {
  auto parsed = ParseArgs(args, {{"--input", "--output", "--time-limit"}, {"--help"}});
  if (!parsed) return Fail(parsed.error(), io);
  if (parsed->Has("--help")) {
    io.out << kUsage;
    return kExitOk;
  }
  if (!parsed->positionals.empty()) {
    return Fail(Error::Invalid("unexpected argument " + parsed->positionals[0] + "; see --help"),
                io);
  }
  auto input = parsed->Get("--input");
  if (!input) return Fail(Error::Invalid("--input INSTANCE.json is required; see --help"), io);
  engine::SolveOptions options;
  options.time_limit_seconds = kDefaultSeconds;
  if (auto limit = parsed->Get("--time-limit")) {
    auto seconds = ParseSeconds(*limit);
    if (!seconds) return Fail(seconds.error(), io);
    options.time_limit_seconds = *seconds;
  }
  auto text = ReadInput(*input, io.in);
  if (!text) return Fail(text.error(), io);
  auto instance = engine::ParseAssignmentInstance(*text);
  if (!instance) return Fail(instance.error(), io);
  auto result = engine::SolveAssignment(*instance, options);
  if (!result) return Fail(result.error(), io);
  const std::string json = engine::AssignmentResultToJson(*instance, *result);
  auto output = parsed->Get("--output");
  if (!output) {
    io.out << json;
    return kExitOk;
  }
  std::ofstream file(*output, std::ios::binary | std::ios::trunc);
  if (!(file << json) || !file.flush()) {
    return Fail(Error::Invalid("cannot write --output " + *output), io);
  }
  return kExitOk;
}

}  // namespace plenary::cli
