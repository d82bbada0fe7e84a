#include "engine/selection/rows.h"

#include <map>

namespace plenary::engine {

std::optional<int> CapFor(const SelectionInstance& instance, const std::string& country) {
  auto it = instance.country_caps.find(country);
  if (it != instance.country_caps.end()) return it->second;
  return instance.country_cap;
}

std::vector<QuotaRow> BuildQuotaRows(const SelectionInstance& instance) {
  std::vector<QuotaRow> rows;
  for (const Quota& quota : instance.quotas) {
    QuotaRow row{
        RowKind::kAttributeQuota, quota.attribute + "=" + quota.value, {}, quota.min, quota.max};
    for (int i = 0; i < static_cast<int>(instance.candidates.size()); ++i) {
      auto it = instance.candidates[i].attributes.find(quota.attribute);
      if (it != instance.candidates[i].attributes.end() && it->second == quota.value) {
        row.members.push_back(i);
      }
    }
    rows.push_back(std::move(row));
  }
  std::map<std::string, std::vector<int>> by_country;
  for (int i = 0; i < static_cast<int>(instance.candidates.size()); ++i) {
    by_country[instance.candidates[i].country].push_back(i);
  }
  for (auto& [country, members] : by_country) {
    std::optional<int> cap = CapFor(instance, country);
    if (!cap) continue;
    rows.push_back({RowKind::kCountryCap, "country=" + country, std::move(members), 0, *cap});
  }
  return rows;
}

}  // namespace plenary::engine
