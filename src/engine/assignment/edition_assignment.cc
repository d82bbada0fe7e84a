#include "engine/assignment/edition_assignment.h"

#include <algorithm>
#include <map>

#include "engine/assignment/objective.h"

namespace plenary::engine {
namespace {

// The values of one attribute: the canonical ones present, then any other in order of
// appearance, so the same registrations always give the same instance.
BalanceAttribute AttributeOf(std::string name, int64_t weight, const std::vector<std::string>& canonical,
                             const std::vector<std::string>& seen) {
  BalanceAttribute attribute{std::move(name), weight, {}};
  for (const auto& v : canonical) {
    if (std::find(seen.begin(), seen.end(), v) != seen.end()) attribute.values.push_back(v);
  }
  for (const auto& v : seen) {
    if (std::find(attribute.values.begin(), attribute.values.end(), v) == attribute.values.end()) {
      attribute.values.push_back(v);
    }
  }
  return attribute;
}

int IndexOf(const std::vector<std::string>& values, const std::string& v) {
  return static_cast<int>(std::find(values.begin(), values.end(), v) - values.begin());
}

std::vector<int64_t> Sizes(const AssignmentInstance& instance, const Assignment& a) {
  std::vector<int64_t> sizes(instance.groups.size(), 0);
  for (int g : a.group_of) ++sizes[g];
  return sizes;
}

void AddSizeBreaches(const AssignmentInstance& instance, const std::vector<int64_t>& sizes, int g,
                     std::vector<Breach>& out) {
  const auto& group = instance.groups[g];
  if (sizes[g] < group.min || sizes[g] > group.max) {
    out.push_back({Breach::Kind::kSize, g, "", "", sizes[g], group.min, group.max});
  }
}

std::vector<Breach> SizeBreaches(const AssignmentInstance& instance, const Assignment& a) {
  std::vector<Breach> out;
  const auto sizes = Sizes(instance, a);
  for (int g = 0; g < static_cast<int>(instance.groups.size()); ++g) AddSizeBreaches(instance, sizes, g, out);
  return out;
}

}  // namespace

EditionInstance BuildEditionInstance(const Edition& edition, const std::vector<Registration>& registrations) {
  EditionInstance out;
  auto& instance = out.instance;
  for (const auto& wg : edition.working_groups) {
    instance.groups.push_back({std::to_string(wg.id), wg.name, wg.min_size, wg.max_size});
    out.group_ids.push_back(wg.id);
  }
  instance.rank_costs.assign(std::begin(kEditionRankCosts), std::end(kEditionRankCosts));
  instance.unlisted_cost = kEditionUnlistedCost;
  std::vector<std::string> genders, regions, sectors;
  for (const auto& r : registrations) {
    genders.push_back(ToString(r.gender));
    regions.push_back(r.region);
    sectors.push_back(ToString(r.sector));
  }
  std::vector<std::string> all_genders, all_sectors;
  for (auto g : AllGenders()) all_genders.push_back(ToString(g));
  for (auto s : AllSectors()) all_sectors.push_back(ToString(s));
  instance.balance = {AttributeOf("gender", kEditionGenderWeight, all_genders, genders),
                      AttributeOf("region", kEditionRegionWeight, {"Asia", "Europe", "Other"}, regions),
                      AttributeOf("sector", kEditionSectorWeight, all_sectors, sectors)};
  for (size_t i = 0; i < registrations.size(); ++i) {
    const auto& r = registrations[i];
    AssignmentParticipant p;
    p.id = std::to_string(r.id);
    for (Id wg : r.ranking) {
      auto g = GroupIndex(out, wg);
      if (g && std::find(p.preferences.begin(), p.preferences.end(), *g) == p.preferences.end()) {
        p.preferences.push_back(*g);
      }
    }
    p.attribute_values = {IndexOf(instance.balance[0].values, genders[i]),
                          IndexOf(instance.balance[1].values, regions[i]),
                          IndexOf(instance.balance[2].values, sectors[i])};
    instance.participants.push_back(std::move(p));
    out.registration_ids.push_back(r.id);
  }
  return out;
}

std::optional<int> ParticipantIndex(const EditionInstance& edition, Id registration_id) {
  auto it = std::find(edition.registration_ids.begin(), edition.registration_ids.end(), registration_id);
  if (it == edition.registration_ids.end()) return std::nullopt;
  return static_cast<int>(it - edition.registration_ids.begin());
}

std::optional<int> GroupIndex(const EditionInstance& edition, Id working_group_id) {
  auto it = std::find(edition.group_ids.begin(), edition.group_ids.end(), working_group_id);
  if (it == edition.group_ids.end()) return std::nullopt;
  return static_cast<int>(it - edition.group_ids.begin());
}

std::vector<Breach> FindBreaches(const AssignmentInstance& instance, const Assignment& assignment) {
  std::vector<Breach> out;
  const auto sizes = Sizes(instance, assignment);
  const int64_t n = static_cast<int64_t>(instance.participants.size());
  for (int g = 0; g < static_cast<int>(instance.groups.size()); ++g) {
    AddSizeBreaches(instance, sizes, g, out);
    for (size_t a = 0; a < instance.balance.size(); ++a) {
      const auto& attribute = instance.balance[a];
      for (size_t v = 0; v < attribute.values.size(); ++v) {
        int64_t n_v = 0, count = 0;
        for (size_t p = 0; p < instance.participants.size(); ++p) {
          if (instance.participants[p].attribute_values[a] != static_cast<int>(v)) continue;
          ++n_v;
          if (assignment.group_of[p] == g) ++count;
        }
        // The band of docs/formats/assignment.md: [floor(T), ceil(T)] with T = n_v * s / N.
        const int64_t lo = n_v * sizes[g] / n;
        const int64_t hi = (n_v * sizes[g] + n - 1) / n;
        if (count < lo || count > hi) out.push_back({Breach::Kind::kBand, g, attribute.name, attribute.values[v], count, lo, hi});
      }
    }
  }
  return out;
}

std::string Describe(const AssignmentInstance& instance, const Breach& b) {
  const std::string& group = instance.groups[b.group].name;
  const std::string range = b.low == b.high ? std::to_string(b.low) : std::to_string(b.low) + " to " + std::to_string(b.high);
  if (b.kind == Breach::Kind::kSize) {
    return group + " has " + std::to_string(b.count) + " members; it allows " + range + ".";
  }
  return group + " has " + std::to_string(b.count) + " with " + b.attribute + " " + b.value +
         "; the balance band is " + range + ".";
}

std::optional<FirstChoiceCost> WhyNotFirstChoice(const AssignmentInstance& instance, const Assignment& assignment,
                                                 int participant) {
  const auto& person = instance.participants[participant];
  if (person.preferences.empty()) return std::nullopt;
  const int first = person.preferences.front();
  if (assignment.group_of[participant] == first) return std::nullopt;
  FirstChoiceCost cost;
  cost.participant = participant;
  cost.first_choice = first;
  cost.fixed = person.fixed_group.has_value();
  const int64_t now = EvaluateObjective(instance, assignment);
  Assignment moved = assignment;
  moved.group_of[participant] = first;
  cost.move_delta = EvaluateObjective(instance, moved) - now;
  cost.move_breaks = SizeBreaches(instance, moved);
  const int groups = static_cast<int>(instance.groups.size());
  for (int q = 0; q < static_cast<int>(instance.participants.size()); ++q) {
    if (q == participant || assignment.group_of[q] != first || instance.participants[q].fixed_group) continue;
    for (int h = 0; h < groups; ++h) {
      if (h == first) continue;
      Assignment exchanged = moved;
      exchanged.group_of[q] = h;
      if (!SizeBreaches(instance, exchanged).empty()) continue;
      const int64_t delta = EvaluateObjective(instance, exchanged) - now;
      if (!cost.best_exchange || delta < cost.best_exchange->delta) cost.best_exchange = FirstChoiceCost::Exchange{q, h, delta};
    }
  }
  return cost;
}

std::vector<int> RankCounts(const AssignmentInstance& instance, const Assignment& assignment) {
  size_t longest = 0;
  for (const auto& p : instance.participants) longest = std::max(longest, p.preferences.size());
  std::vector<int> counts(longest + 1, 0);
  for (size_t p = 0; p < instance.participants.size(); ++p) {
    const auto& prefs = instance.participants[p].preferences;
    auto it = std::find(prefs.begin(), prefs.end(), assignment.group_of[p]);
    ++counts[it == prefs.end() ? longest : static_cast<size_t>(it - prefs.begin())];
  }
  return counts;
}

}  // namespace plenary::engine
