// Parses arbitrary bytes as a registry CSV: must never crash; a refusal must name a line, and an
// accepted registry must build a guard that can scan its own names.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/guard/guard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view csv(reinterpret_cast<const char*>(data), size);
  auto registry = plenary::engine::ParseGuardRegistryCsv(csv);
  if (!registry.ok()) {
    if (registry.error().fields().empty() ||
        registry.error().fields()[0].field.rfind("line ", 0) != 0) {
      std::abort();
    }
    return 0;
  }
  auto guard = plenary::engine::AttributionGuard::Build(*registry);
  if (!guard.ok()) return 0;
  std::string text;
  for (const auto& p : registry->participants) {
    text += p.given_name + " " + p.family_name + " of " + p.organisation + ". ";
  }
  auto findings = guard->Scan(text);
  if (!findings.ok()) std::abort();  // the registry was valid UTF-8, so this text is too
  return 0;
}
