// The quota rows of a selection instance, in one list: one row per attribute-value quota and
// one per capped country. The selection model, the relaxation model and the diagnosis all read
// the instance through these rows so they agree on labels and members.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/selection/selection.h"

namespace plenary::engine {

enum class RowKind { kAttributeQuota, kCountryCap };

struct QuotaRow {
  RowKind kind = RowKind::kAttributeQuota;
  std::string label;         // "gender=female", "country=Denmark"
  std::vector<int> members;  // indices into SelectionInstance::candidates
  int min = 0;
  std::optional<int> max;
};

// Attribute quotas first (in the instance's order), then country caps by country name.
// Countries without a cap have no row.
std::vector<QuotaRow> BuildQuotaRows(const SelectionInstance& instance);

// The cap for `country`: its country_caps entry, else country_cap, else none.
std::optional<int> CapFor(const SelectionInstance& instance, const std::string& country);

}  // namespace plenary::engine
