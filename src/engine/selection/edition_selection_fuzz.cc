// libFuzzer target for the selection rules form, the pasted scores and the job records: any bytes decoded as a
// form must parse to rules or to an Error naming fields, never crash; parsed rules keep
// min <= max; a run record decodes, and re-encoding what was decoded gives the same record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/selection/edition_selection.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plenary::engine;  // NOLINT: a fuzz entry point, not a header
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto rules = ParseSelectionForm(DecodeSelectionForm(text));
  if (!rules.ok()) {
    if (rules.error().fields().empty()) std::abort();
  } else {
    if (rules->k <= 0 || rules->k > kMaxCandidates) std::abort();
    for (const auto& q : rules->quotas) {
      if (q.min < 0 || (q.max && *q.max < q.min)) std::abort();
    }
  }
  if (auto scores = ParseScoreList(text); scores.ok()) {
    for (const auto& [id, score] : *scores) {
      if (id <= 0 || score < -kMaxAbsScore || score > kMaxAbsScore) std::abort();
    }
  }
  const SelectionRun run = DecodeSelectionRun(text);
  if (DecodeSelectionRun(EncodeSelectionRun(run)) != run) std::abort();
  return 0;
}
