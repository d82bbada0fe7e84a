#include "cli/select_command.h"

#include <charconv>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.h"
#include "cli/exit_code.h"
#include "engine/selection/parse.h"
#include "engine/selection/result_json.h"
#include "engine/selection/selection.h"

namespace plenary::cli {
namespace {

constexpr double kDefaultTimeLimit = 10.0;

constexpr const char* kUsage =
    "usage: plenary select --input POOL.json [--output RESULT.json] [--time-limit SECONDS]\n"
    "\n"
    "Chooses k participants from a pool to maximise the sum of their scores, subject to\n"
    "min/max counts per attribute value (gender, group, sector...), a cap per country, and\n"
    "candidates marked must \"in\" (nominated officials) or must \"out\". The model is solved\n"
    "exactly (COIN-OR CBC); score ties go to candidates earlier in the file.\n"
    "Formats: docs/formats/selection.md (plenary.selection/1 -> plenary.selection-result/1).\n"
    "\n"
    "  --input FILE        the pool; '-' reads standard input\n"
    "  --output FILE       where to write the result (default: standard output)\n"
    "  --time-limit S      seconds for the solver (default 10); at the limit the best selection\n"
    "                      found so far is written with status time_limit\n"
    "\n"
    "Exit status: 0 a selection was written; 2 the pool is malformed, or the quotas cannot all\n"
    "be met (the result then lists the smallest quota relaxations that would make them\n"
    "feasible, and stderr repeats them); 70 the solver found nothing within the time limit.\n";

Result<std::string> ReadInput(const std::string& path, std::istream& in) {
  std::stringstream buffer;
  if (path == "-") {
    buffer << in.rdbuf();
    return buffer.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return Error::NotFound("cannot read " + path + "; check the --input path");
  buffer << file.rdbuf();
  return buffer.str();
}

Result<double> ReadTimeLimit(const ParsedArgs& parsed) {
  std::optional<std::string> text = parsed.Get("--time-limit");
  if (!text) return kDefaultTimeLimit;
  double seconds = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), seconds);
  if (ec != std::errc() || end != text->data() + text->size() || !(seconds > 0)) {
    return Error::Invalid("--time-limit must be a positive number of seconds, got " + *text);
  }
  return seconds;
}

Status WriteOutput(const ParsedArgs& parsed, const std::string& json, std::ostream& out) {
  std::optional<std::string> path = parsed.Get("--output");
  if (!path) {
    out << json;
    return OkStatus();
  }
  std::ofstream file(*path, std::ios::binary);
  file << json;
  if (!file) return Error::NotFound("cannot write " + *path + "; check the --output path");
  return OkStatus();
}

void ReportOutcome(const engine::SelectionResult& result, std::ostream& err) {
  if (result.status == engine::SelectionStatus::kFeasible) {
    err << "plenary select: stopped at the time limit; objective " << result.objective << ", bound "
        << result.bound
        << (result.objective == result.bound ? " (the score is optimal; the tie rule is unproven)"
                                             : " (raise --time-limit to prove optimality)")
        << "\n";
  }
  if (result.status != engine::SelectionStatus::kInfeasible) return;
  err << "plenary select: infeasible: " << result.diagnosis->reason << "\n";
  for (const engine::Relaxation& relaxation : result.diagnosis->relaxations) {
    err << "  " << engine::DescribeRelaxation(relaxation) << "\n";
  }
}

int Fail(const Error& error, std::ostream& err) {
  err << "plenary select: " << error.message() << "\n";
  return ExitCodeFor(error);
}

}  // namespace

int RunSelect(CommandArgs args, CommandIo io) {
  auto parsed = ParseArgs(args, {{"--input", "--output", "--time-limit"}, {"--help"}});
  if (!parsed) return Fail(parsed.error(), io.err);
  if (parsed->Has("--help")) {
    io.out << kUsage;
    return kExitOk;
  }
  std::optional<std::string> input_path = parsed->Get("--input");
  if (!input_path) return Fail(Error::Invalid("--input POOL.json is required; see --help"), io.err);
  auto time_limit = ReadTimeLimit(*parsed);
  if (!time_limit) return Fail(time_limit.error(), io.err);
  auto text = ReadInput(*input_path, io.in);
  if (!text) return Fail(text.error(), io.err);
  auto instance = engine::ParseSelectionInstance(*text);
  if (!instance) return Fail(instance.error(), io.err);
  auto result = engine::Select(*instance, {.time_limit_seconds = *time_limit});
  if (!result) return Fail(result.error(), io.err);
  if (Status written = WriteOutput(*parsed, engine::SelectionResultToJson(*result), io.out);
      !written) {
    return Fail(written.error(), io.err);
  }
  ReportOutcome(*result, io.err);
  return result->status == engine::SelectionStatus::kInfeasible ? kExitBadInput : kExitOk;
}

}  // namespace plenary::cli
