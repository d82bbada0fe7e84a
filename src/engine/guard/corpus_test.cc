// Runs the guard over the hand-annotated corpus in guard/testdata (invented working-group notes
// and an invented registry; make_expected.py derives the expected byte offsets from the
// annotations) and asserts the exact findings. Prints recall and precision per kind so a
// change that trades one for the other shows in the test log.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "engine/guard/guard.h"

namespace plenary::engine {
namespace {

const std::filesystem::path kDir =
    std::filesystem::path(PLENARY_SOURCE_DIR) / "src/engine/guard/testdata";

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using Key = std::tuple<std::string, size_t, size_t, std::string>;  // kind, start, end, id

std::set<Key> ReadExpected(const std::filesystem::path& path) {
  std::set<Key> keys;
  std::istringstream lines(Slurp(path));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, start, end, id;
    std::getline(fields, kind, '\t');
    std::getline(fields, start, '\t');
    std::getline(fields, end, '\t');
    std::getline(fields, id, '\t');
    keys.emplace(kind, std::stoul(start), std::stoul(end), id);
  }
  return keys;
}

struct Tally {
  int expected = 0;
  int found = 0;
  int correct = 0;
};

TEST(GuardCorpusTest, FindsExactlyTheAnnotatedFindings) {
  auto registry = ParseGuardRegistryCsv(Slurp(kDir / "registry.csv"));
  ASSERT_TRUE(registry.ok()) << registry.error().message();
  auto guard = AttributionGuard::Build(*registry);
  ASSERT_TRUE(guard.ok());
  std::map<std::string, Tally> tally;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".md") || name.ends_with(".annotated.md")) continue;
    ++files;
    const std::string text = Slurp(entry.path());
    const std::set<Key> expected =
        ReadExpected(kDir / (entry.path().stem().string() + ".expected.tsv"));
    auto findings = guard->Scan(text);
    ASSERT_TRUE(findings.ok()) << name;
    std::set<Key> found;
    for (const Finding& f : *findings) {
      found.emplace(std::string(FindingKindName(f.kind)), f.start, f.end, f.participant);
      EXPECT_EQ(f.text, text.substr(f.start, f.end - f.start));
    }
    for (const Key& k : expected) {
      ++tally[std::get<0>(k)].expected;
      if (found.count(k)) ++tally[std::get<0>(k)].correct;
      EXPECT_TRUE(found.count(k)) << name << ": missed " << std::get<0>(k) << " " << std::get<1>(k)
                                  << "-" << std::get<2>(k) << " " << std::get<3>(k) << " '"
                                  << text.substr(std::get<1>(k), std::get<2>(k) - std::get<1>(k))
                                  << "'";
    }
    for (const Key& k : found) {
      ++tally[std::get<0>(k)].found;
      EXPECT_TRUE(expected.count(k))
          << name << ": false alarm " << std::get<0>(k) << " " << std::get<1>(k) << "-"
          << std::get<2>(k) << " " << std::get<3>(k) << " '"
          << text.substr(std::get<1>(k), std::get<2>(k) - std::get<1>(k)) << "'";
    }
  }
  EXPECT_EQ(files, 6);
  for (const auto& [kind, t] : tally) {
    std::cout << "[ corpus   ] " << kind << ": expected " << t.expected << ", found " << t.found
              << ", recall " << (t.expected ? 100.0 * t.correct / t.expected : 100.0)
              << "%, precision " << (t.found ? 100.0 * t.correct / t.found : 100.0) << "%\n";
  }
}

}  // namespace
}  // namespace plenary::engine
