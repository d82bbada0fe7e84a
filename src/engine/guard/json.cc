#include "engine/guard/json.h"

#include <nlohmann/json.hpp>

namespace plenary::engine {

std::string GuardFindingsJson(std::span<const Finding> findings) {
  std::string out = "{\n  \"format\": \"plenary.guard/1\",\n  \"findings\": [";
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    nlohmann::ordered_json item;
    item["kind"] = FindingKindName(f.kind);
    item["start"] = f.start;
    item["end"] = f.end;
    item["text"] = f.text;
    item["participant"] = f.participant;
    out += i == 0 ? "\n    " : ",\n    ";
    out += item.dump(-1, ' ', /*ensure_ascii=*/false);
  }
  out += findings.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace plenary::engine
