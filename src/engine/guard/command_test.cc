// `plenary guard` end to end: runs the built binary on files and checks exit codes, the JSON
// and text output, and the messages for bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

using ::testing::HasSubstr;

struct CommandRun {
  int exit_code;
  std::string out;
};

CommandRun Plenary(const std::string& args) {
  const std::string command = std::string(PLENARY_BINARY) + " guard " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  CommandRun run{-1, ""};
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class GuardCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("guard_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("people.csv",
          "id,given_name,family_name,organisation,organisation_short,country,role\n"
          "p001,Lone,Mouyal,University of Copenhagen,UCPH,Denmark,government\n"
          "p002,Yingxia,Tang,Tsinghua University,,China,academia\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

TEST_F(GuardCommandTest, ReportsFindingsAsJsonWithByteOffsetsAndExitsOne) {
  const std::string text = Write("notes.md", "Ø. Dr. TANG Yingxia met\nLone MOUYAL (UCPH).\n");
  const CommandRun run = Plenary("--registry " + Path("people.csv") + " " + text);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out,
            "{\n  \"format\": \"plenary.guard/1\",\n  \"findings\": [\n"
            "    {\"kind\":\"name\",\"start\":8,\"end\":20,\"text\":\"TANG "
            "Yingxia\",\"participant\":\"p002\"},\n"
            "    {\"kind\":\"name\",\"start\":25,\"end\":36,\"text\":\"Lone "
            "MOUYAL\",\"participant\":\"p001\"},\n"
            "    "
            "{\"kind\":\"affiliation\",\"start\":38,\"end\":42,\"text\":\"UCPH\",\"participant\":"
            "\"p001\"}\n"
            "  ]\n}\n");
}

TEST_F(GuardCommandTest, TextFormatGivesLineAndColumn) {
  const std::string text = Write("notes.md", "Ø. Dr. TANG Yingxia met\nLone\nMOUYAL.\n");
  const CommandRun run = Plenary("--registry " + Path("people.csv") + " --format text " + text);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "1:8 name \"TANG Yingxia\" p002\n2:1 name \"Lone MOUYAL\" p001\n");
}

TEST_F(GuardCommandTest, NothingFoundExitsZero) {
  const std::string text = Write("clean.md", "The Danish delegation and a long debate in May.\n");
  const CommandRun run = Plenary("--registry " + Path("people.csv") + " " + text);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "{\n  \"format\": \"plenary.guard/1\",\n  \"findings\": []\n}\n");
}

TEST_F(GuardCommandTest, BadInputExitsTwoNamingTheLineOrByte) {
  const std::string text = Write("notes.md", "fine\n");
  const std::string bad_csv =
      Write("bad.csv",
            "id,given_name,family_name,organisation,organisation_short,country,role\n"
            "p1,Lone,Mouyal,x,,Denmark,gov\np1,Yingxia,Tang,y,,China,academia\n");
  CommandRun run = Plenary("--registry " + bad_csv + " " + text);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "plenary guard: " + bad_csv + ": registry line 3: duplicate id 'p1'\n");

  const std::string bad_text = Write("bad.md", "ok\nbad \xff here\n");
  run = Plenary("--registry " + Path("people.csv") + " " + bad_text);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "plenary guard: " + bad_text +
                         ": invalid UTF-8 at byte 7; save the text as UTF-8 (line 2)\n");

  run = Plenary("--registry " + Path("missing.csv") + " " + text);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out,
            "plenary guard: cannot read the registry file '" + Path("missing.csv") + "'\n");

  run = Plenary("--registry " + Path("people.csv") + " --format xml " + text);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "plenary guard: unknown --format 'xml'; use json or text\n");
}

TEST_F(GuardCommandTest, HelpDescribesTheCommand) {
  const CommandRun run = Plenary("--help");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_THAT(run.out,
              HasSubstr("usage: plenary guard --registry PEOPLE.csv [--format json|text] TEXT.md"));
}

}  // namespace
