// `plenary assign` end to end: the built binary on files, its exit codes and its result JSON.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "engine/assignment/generator.h"
#include "engine/assignment/instance_parser.h"
#include "engine/assignment/json.h"
#include "engine/assignment/objective.h"

namespace plenary::engine {
namespace {

using ::testing::HasSubstr;

namespace fs = std::filesystem;

class AssignCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("plenary-assign-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }
  static std::string Read(const fs::path& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
  }
  // Runs the binary with the arguments; returns the exit code, stderr in *err.
  int Run(const std::string& args, std::string* err) {
    const std::string command = std::string(PLENARY_BINARY) + " assign " + args + " 2> " +
                                (dir_ / "stderr").string() + " > " + (dir_ / "stdout").string();
    const int status = std::system(command.c_str());
    *err = Read(dir_ / "stderr");
    return WEXITSTATUS(status);
  }

  fs::path dir_;
};

TEST_F(AssignCommand, WritesAResultWhoseObjectiveRecomputes) {
  const AssignmentInstance instance =
      GenerateInstance({.participants = 60, .groups = 3, .seed = 3});
  const std::string input = Write("in.json", AssignmentInstanceToJson(instance));
  std::string err;
  ASSERT_EQ(
      Run("--input " + input + " --output " + (dir_ / "out.json").string() + " --time-limit 5",
          &err),
      0)
      << err;
  const auto result = nlohmann::json::parse(Read(dir_ / "out.json"));
  EXPECT_EQ(result["format"], "plenary.assignment-result/1");
  Assignment assignment;
  for (const auto& person : instance.participants) {
    const std::string group = result["assignment"][person.id];
    assignment.group_of.push_back(std::stoi(group.substr(2)) - 1);  // "wg3" -> 2
  }
  EXPECT_EQ(result["objective"], EvaluateObjective(instance, assignment));
  EXPECT_LE(result["lower_bound"].get<int64_t>(), result["objective"].get<int64_t>());
  EXPECT_EQ(result["proven_optimal"], result["lower_bound"] == result["objective"]);
  EXPECT_TRUE(result["seconds"].is_number());
  const AssignmentSummary summary = Summarize(instance, assignment);
  EXPECT_EQ(result["summary"]["worst_rank"], summary.worst_rank);
  EXPECT_NEAR(result["summary"]["first_choice_share"].get<double>(), summary.first_choice_share,
              1e-4);
  for (const char* attribute : {"gender", "region", "sector"}) {
    EXPECT_NEAR(result["summary"]["max_share_deviation"][attribute].get<double>(),
                summary.max_share_deviation.at(attribute), 1e-4);
  }
}

TEST_F(AssignCommand, ExitsTwoNamingTheFieldOrTheGroup) {
  std::string err;
  const std::string unknown = Write("unknown.json", R"({"format": "plenary.assignment/1",
    "groups": [{"id": "wg1", "min": 0, "max": 5}], "rank_costs": [0], "unlisted_cost": 1,
    "participants": [{"id": "p1", "preferences": ["wg9"]}]})");
  EXPECT_EQ(Run("--input " + unknown, &err), 2);
  EXPECT_EQ(err, "plenary assign: participants[0].preferences[0]: unknown group \"wg9\"\n");
  const std::string full = Write("full.json", R"({"format": "plenary.assignment/1",
    "groups": [{"id": "wg1", "min": 0, "max": 0}], "rank_costs": [0], "unlisted_cost": 1,
    "participants": [{"id": "p1", "fixed": "wg1"}]})");
  EXPECT_EQ(Run("--input " + full, &err), 2);
  EXPECT_EQ(err,
            "plenary assign: group \"wg1\" cannot be filled: 1 participant is fixed to it, "
            "above its max of 0\n");
  EXPECT_EQ(Run("--input " + full + " --time-limit soon", &err), 2);
  EXPECT_EQ(err,
            "plenary assign: --time-limit must be a number of seconds above 0 (got \"soon\")\n");
  EXPECT_EQ(Run("", &err), 2);
  EXPECT_EQ(err, "plenary assign: --input INSTANCE.json is required; see --help\n");
  EXPECT_EQ(Run("--input " + (dir_ / "absent.json").string(), &err), 2);
  EXPECT_EQ(err, "plenary assign: cannot read --input " + (dir_ / "absent.json").string() + "\n");
}

TEST_F(AssignCommand, HelpNamesTheOptions) {
  std::string err;
  ASSERT_EQ(Run("--help", &err), 0);
  const std::string help = Read(dir_ / "stdout");
  for (const char* option : {"--input", "--output", "--time-limit"}) {
    EXPECT_THAT(help, HasSubstr(option)) << option;
  }
}

}  // namespace
}  // namespace plenary::engine
