// libFuzzer target for the selection instance parser: any bytes must give either an instance or
// an Error naming a field, never a crash, an exception or a sanitizer report. Small parsed
// instances are also solved and the solution re-checked, so the parser's guarantees (every
// quota attribute present, bounds in range) are exercised by the model too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/selection/check.h"
#include "engine/selection/parse.h"
#include "engine/selection/selection.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plenary::engine;  // NOLINT: a fuzz entry point, not a header
  auto instance =
      ParseSelectionInstance(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!instance.ok()) {
    if (instance.error().message().empty()) std::abort();
    return 0;
  }
  if (instance->candidates.size() > 30) return 0;
  auto result = Select(*instance, {.time_limit_seconds = 1.0});
  if (!result.ok() || result->status == SelectionStatus::kInfeasible) return 0;
  auto check = CheckSelection(*instance, result->selected);
  if (!check.ok() || !check->violations.empty() || check->objective != result->objective) {
    std::abort();
  }
  return 0;
}
