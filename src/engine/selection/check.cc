#include "engine/selection/check.h"

#include <map>
#include <set>

namespace plenary::engine {
namespace {

void CheckSizeAndFixings(const SelectionInstance& instance, const std::set<int>& chosen,
                         std::vector<std::string>& violations) {
  if (static_cast<int>(chosen.size()) != instance.k) {
    violations.push_back("selected " + std::to_string(chosen.size()) + " candidates, k is " +
                         std::to_string(instance.k));
  }
  for (int i = 0; i < static_cast<int>(instance.candidates.size()); ++i) {
    const Candidate& c = instance.candidates[i];
    if (c.must == MustStatus::kIn && !chosen.count(i)) {
      violations.push_back(c.id + ": must be in, not selected");
    }
    if (c.must == MustStatus::kOut && chosen.count(i)) {
      violations.push_back(c.id + ": must be out, selected");
    }
  }
}

void CheckQuotas(const SelectionInstance& instance, const SelectionCounts& counts,
                 std::vector<std::string>& violations) {
  for (const Quota& quota : instance.quotas) {
    int count = 0;
    auto attribute = counts.by_attribute.find(quota.attribute);
    if (attribute != counts.by_attribute.end()) {
      auto value = attribute->second.find(quota.value);
      if (value != attribute->second.end()) count = value->second;
    }
    const std::string label =
        quota.attribute + "=" + quota.value + ": " + std::to_string(count) + " selected, ";
    if (count < quota.min) violations.push_back(label + "below min " + std::to_string(quota.min));
    if (quota.max && count > *quota.max) {
      violations.push_back(label + "above max " + std::to_string(*quota.max));
    }
  }
  for (const auto& [country, count] : counts.by_country) {
    auto override_cap = instance.country_caps.find(country);
    std::optional<int> cap = override_cap != instance.country_caps.end()
                                 ? std::optional<int>(override_cap->second)
                                 : instance.country_cap;
    if (cap && count > *cap) {
      violations.push_back("country=" + country + ": " + std::to_string(count) +
                           " selected, above cap " + std::to_string(*cap));
    }
  }
}

}  // namespace

Result<SelectionCheck> CheckSelection(const SelectionInstance& instance,
                                      const std::vector<std::string>& selected_ids) {
  std::map<std::string, int> index_of;
  for (int i = 0; i < static_cast<int>(instance.candidates.size()); ++i) {
    index_of.emplace(instance.candidates[i].id, i);
  }
  std::set<int> chosen;
  for (const std::string& id : selected_ids) {
    auto it = index_of.find(id);
    if (it == index_of.end()) return Error::Invalid("selected id " + id + " is not a candidate");
    if (!chosen.insert(it->second).second) return Error::Invalid("selected id " + id + " repeats");
  }
  SelectionCheck check;
  // Zeros are listed too: "no one from Mongolia" is what a reviewer of the shortlist looks for.
  for (const Candidate& c : instance.candidates) {
    check.counts.by_country.emplace(c.country, 0);
    for (const auto& [attribute, value] : c.attributes) {
      check.counts.by_attribute[attribute].emplace(value, 0);
    }
  }
  for (int i : chosen) {
    const Candidate& c = instance.candidates[i];
    check.objective += c.score;
    ++check.counts.by_country[c.country];
    for (const auto& [attribute, value] : c.attributes)
      ++check.counts.by_attribute[attribute][value];
  }
  CheckSizeAndFixings(instance, chosen, check.violations);
  CheckQuotas(instance, check.counts, check.violations);
  return check;
}

}  // namespace plenary::engine
