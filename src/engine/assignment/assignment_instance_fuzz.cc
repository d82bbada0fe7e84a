// libFuzzer: any bytes into the instance parser; it must answer with a value or an Error and
// never crash. Parsed instances also go through the feasibility checks and the objective of
// the greedy start, which index everything the parser produced.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/assignment/compiled.h"
#include "engine/assignment/instance_parser.h"
#include "engine/assignment/local_search.h"
#include "engine/assignment/objective.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto instance = plenary::engine::ParseAssignmentInstance(text);
  if (!instance.ok()) return 0;
  // Keep each input cheap: the dense cost matrix grows with participants x groups.
  if (instance->participants.size() * instance->groups.size() > 100'000) return 0;
  auto compiled = plenary::engine::CompileInstance(*instance);
  if (!compiled.ok()) return 0;
  plenary::engine::Assignment start{plenary::engine::GreedyStart(*compiled)};
  if (!plenary::engine::CheckAssignment(*instance, start).ok()) __builtin_trap();
  if (plenary::engine::EvaluateObjective(*instance, start) != compiled->Objective(start.group_of)) {
    __builtin_trap();
  }
  return 0;
}
