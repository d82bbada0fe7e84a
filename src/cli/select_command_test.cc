#include "cli/select_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace plenary::cli {
namespace {

struct CommandRun {
  int exit_code;
  std::string out;
  std::string err;
};

CommandRun RunWithStdin(std::vector<std::string> args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  int code = RunSelect(args, {in, out, err});
  return {code, out.str(), err.str()};
}

constexpr const char* kPool = R"({
  "format": "plenary.selection/1",
  "k": 2,
  "quotas": {"gender": {"female": {"min": 1}}},
  "country_cap": 1,
  "candidates": [
    {"id": "a", "score": 9, "country": "DK", "attributes": {"gender": "male"}},
    {"id": "b", "score": 8, "country": "DK", "attributes": {"gender": "female"}},
    {"id": "c", "score": 5, "country": "MN", "attributes": {"gender": "male"}},
    {"id": "d", "score": 5, "country": "MN", "attributes": {"gender": "female"}},
    {"id": "e", "score": 1, "country": "SE", "attributes": {"gender": "male", "sector": "nhri"}}
  ]
})";

TEST(RunSelect, WritesTheOptimalSelection) {
  CommandRun run = RunWithStdin({"--input", "-"}, kPool);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  auto result = nlohmann::json::parse(run.out);
  result.erase("seconds");
  EXPECT_EQ(result, nlohmann::json::parse(R"({
    "format": "plenary.selection-result/1", "status": "optimal",
    "selected": ["a", "d"], "objective": 14, "bound": 14, "proven_optimal": true,
    "counts": {"gender": {"female": 1, "male": 1}, "sector": {"nhri": 0}},
    "country_counts": {"DK": 1, "MN": 1, "SE": 0}
  })"));
}

TEST(RunSelect, ExplainsInfeasibleQuotasWithRelaxations) {
  auto pool = nlohmann::json::parse(kPool);
  pool["quotas"]["gender"]["female"]["min"] = 2;
  pool["candidates"][3]["must"] = "out";
  CommandRun run = RunWithStdin({"--input", "-"}, pool.dump());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "plenary select: infeasible: the quotas cannot all be met; the smallest total "
            "relaxation (1) changes gender=female min\n"
            "  lower gender=female min from 2 to 1\n");
  auto result = nlohmann::json::parse(run.out);
  EXPECT_EQ(result["status"], "infeasible");
  EXPECT_EQ(result["infeasible"]["relaxations"], nlohmann::json::parse(R"([
    {"quota": "gender=female", "bound": "min", "from": 2, "to": 1,
     "text": "lower gender=female min from 2 to 1"}])"));
  EXPECT_EQ(result["infeasible"]["total_relaxation"], 1);
  EXPECT_EQ(result["infeasible"]["proven_minimal"], true);
}

TEST(RunSelect, NamesMalformedFieldsAndOptions) {
  auto pool = nlohmann::json::parse(kPool);
  pool["candidates"][2]["attributes"].erase("gender");
  CommandRun malformed = RunWithStdin({"--input", "-"}, pool.dump());
  EXPECT_EQ(malformed.exit_code, 2);
  EXPECT_EQ(malformed.err, "plenary select: candidates[2].attributes.gender: missing\n");
  EXPECT_EQ(malformed.out, "");
  CommandRun no_input = RunWithStdin({}, kPool);
  EXPECT_EQ(no_input.exit_code, 2);
  EXPECT_EQ(no_input.err, "plenary select: --input POOL.json is required; see --help\n");
  CommandRun bad_limit = RunWithStdin({"--input", "-", "--time-limit", "0"}, kPool);
  EXPECT_EQ(bad_limit.exit_code, 2);
  EXPECT_EQ(bad_limit.err,
            "plenary select: --time-limit must be a positive number of seconds, got 0\n");
  CommandRun missing_file = RunWithStdin({"--input", "/nonexistent/pool.json"}, "");
  EXPECT_EQ(missing_file.exit_code, 2);
  EXPECT_EQ(missing_file.err,
            "plenary select: cannot read /nonexistent/pool.json; check the --input path\n");
}

TEST(RunSelect, HelpDescribesTheCommand) {
  CommandRun run = RunWithStdin({"--help"}, "");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out.rfind("usage: plenary select --input POOL.json", 0), 0u);
}

}  // namespace
}  // namespace plenary::cli
