#include "cli/args.h"

#include <gtest/gtest.h>

namespace plenary::cli {
namespace {

TEST(ParseArgs, ReadsOptionsFlagsAndPositionals) {
  std::vector<std::string> argv{"--db", "sqlite:x.db", "--listen=127.0.0.1:8080", "--help", "in.md"};
  auto parsed = ParseArgs(argv, {{"--db", "--listen"}, {"--help"}});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed->Get("--db"), "sqlite:x.db");
  EXPECT_EQ(*parsed->Get("--listen"), "127.0.0.1:8080");
  EXPECT_TRUE(parsed->Has("--help"));
  EXPECT_EQ(parsed->positionals, std::vector<std::string>{"in.md"});
}

TEST(ParseArgs, NamesUnknownOptionAndMissingValue) {
  std::vector<std::string> unknown{"--colour", "red"};
  auto a = ParseArgs(unknown, {{"--db"}, {}});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().message(), "unknown option --colour; see --help for the options");
  std::vector<std::string> missing{"--db"};
  auto b = ParseArgs(missing, {{"--db"}, {}});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().message(), "option --db needs a value");
}

}  // namespace
}  // namespace plenary::cli
