// Recall over the forms people write names in, for every participant of the corpus registry:
// family name first in capitals, given name first, a title with the family name alone, a line
// break inside the name, no diacritics, a possessive. Each form must be found at its exact
// byte range for its participant.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/guard/fold.h"
#include "engine/guard/guard.h"

namespace plenary::engine {
namespace {

std::string Upper(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toUpper().toUTF8String(out);
  return out;
}

struct Form {
  std::string prefix;  // written before the span (a title), not part of the finding
  std::string span;    // what must be reported
  std::string suffix;  // written after it (a possessive), not part of the finding
};

std::vector<Form> FormsOf(const GuardParticipant& p) {
  std::vector<Form> forms = {
      {"", Upper(p.family_name) + " " + p.given_name, ""},
      {"", p.given_name + " " + Upper(p.family_name), ""},
      {"", p.given_name + "\n  " + p.family_name, ""},
      {"", FoldForGuard(p.given_name + " " + p.family_name), ""},
      {"Dr. ", p.family_name, ""},
      {"Prof. ", Upper(p.family_name), ""},
      {"", p.family_name, "\xE2\x80\x99s"},
  };
  return forms;
}

TEST(GuardFormsTest, EveryParticipantIsFoundInEveryForm) {
  std::ifstream in(std::filesystem::path(PLENARY_SOURCE_DIR) /
                   "src/engine/guard/testdata/registry.csv");
  std::ostringstream csv;
  csv << in.rdbuf();
  auto registry = ParseGuardRegistryCsv(csv.str());
  ASSERT_TRUE(registry.ok());
  auto guard = AttributionGuard::Build(*registry);
  ASSERT_TRUE(guard.ok());
  int total = 0, found = 0;
  for (const auto& p : registry->participants) {
    if (p.given_name.empty() || p.family_name.empty()) continue;
    for (const Form& form : FormsOf(p)) {
      const std::string text = "Notes: " + form.prefix + form.span + form.suffix + " spoke.";
      const size_t start = 7 + form.prefix.size();
      const Finding want{FindingKind::kName, start, start + form.span.size(), form.span, p.id};
      auto findings = guard->Scan(text);
      ASSERT_TRUE(findings.ok());
      ++total;
      const bool hit = std::find(findings->begin(), findings->end(), want) != findings->end();
      found += hit;
      EXPECT_TRUE(hit) << p.id << ": not found in '" << text << "'";
    }
  }
  std::cout << "[ forms    ] name forms found: " << found << " of " << total << "\n";
}

}  // namespace
}  // namespace plenary::engine
