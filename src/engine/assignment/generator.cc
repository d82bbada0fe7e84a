#include "engine/assignment/generator.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace plenary::engine {
namespace {

// Values and their frequencies for the three balance attributes.
struct AttributeSpec {
  const char* name;
  int64_t weight;
  std::vector<std::string> values;
  std::vector<double> frequency;
};

std::vector<AttributeSpec> Attributes() {
  return {{"gender", 2, {"female", "male", "nonbinary"}, {48, 48, 4}},
          {"region",
           1,
           {"Africa", "Asia", "Europe", "LatinAmerica", "NorthAmerica", "Oceania"},
           {22, 30, 20, 14, 10, 4}},
          {"sector", 1, {"government", "ngo", "academia", "un", "private"}, {30, 30, 20, 12, 8}}};
}

std::vector<int> RankedPreferences(const GeneratorOptions& o, std::vector<double> popularity,
                                   int first, std::mt19937_64& rng) {
  std::vector<int> ranked;
  const int count = std::min(o.preferences, o.groups);
  if (first >= 0 && count > 0) {
    ranked.push_back(first);
    popularity[first] = 0;
  }
  while (static_cast<int>(ranked.size()) < count) {
    std::discrete_distribution<int> pick(popularity.begin(), popularity.end());
    const int g = pick(rng);
    ranked.push_back(g);
    popularity[g] = 0;
  }
  return ranked;
}

void AddGroups(const GeneratorOptions& o, AssignmentInstance* instance) {
  const double share = static_cast<double>(o.participants) / o.groups;
  for (int g = 0; g < o.groups; ++g) {
    AssignmentGroup group;
    group.id = "wg" + std::to_string(g + 1);
    group.name = "Working group " + std::to_string(g + 1);
    group.min = static_cast<int>(std::floor(share * (1 - o.size_slack)));
    group.max = static_cast<int>(std::ceil(share * (1 + o.size_slack)));
    instance->groups.push_back(group);
  }
}

}  // namespace

AssignmentInstance GenerateInstance(const GeneratorOptions& o) {
  std::mt19937_64 rng(o.seed);
  std::uniform_real_distribution<double> uniform(0, 1);
  AssignmentInstance instance;
  AddGroups(o, &instance);
  instance.rank_costs = {0, 1, 4};
  instance.unlisted_cost = 9;
  const std::vector<AttributeSpec> specs = Attributes();
  for (const AttributeSpec& spec : specs) instance.balance.push_back({spec.name, spec.weight, {}});
  std::vector<double> popularity(o.groups);
  for (int g = 0; g < o.groups; ++g) popularity[g] = 1.0 / std::pow(g + 1, o.popularity_skew);
  std::shuffle(popularity.begin(), popularity.end(), rng);
  std::vector<int> fixed_count(o.groups, 0);
  for (int p = 0; p < o.participants; ++p) {
    AssignmentParticipant person;
    person.id = "p" + std::to_string(p + 1);
    for (size_t a = 0; a < specs.size(); ++a) {
      std::discrete_distribution<int> pick(specs[a].frequency.begin(), specs[a].frequency.end());
      const int v = pick(rng);
      person.attribute_values.push_back(v);
    }
    const int sector = person.attribute_values[2];
    const int first = uniform(rng) < o.sector_topic_share ? sector % o.groups : -1;
    person.preferences = RankedPreferences(o, popularity, first, rng);
    if (uniform(rng) < o.affinity_share) {
      person.affinity.emplace_back(static_cast<int>(rng() % o.groups),
                                   static_cast<int64_t>(rng() % 4) - 2);
    }
    if (!person.preferences.empty() && uniform(rng) < o.fixed_share) {
      const int g = person.preferences[0];
      if (fixed_count[g] < instance.groups[g].min / 4) {
        person.fixed_group = g;
        ++fixed_count[g];
      }
    }
    instance.participants.push_back(std::move(person));
  }
  // Values are listed in order of first appearance, as the parser lists them.
  for (size_t a = 0; a < specs.size(); ++a) {
    std::vector<int> renumber(specs[a].values.size(), -1);
    for (auto& person : instance.participants) {
      int& v = person.attribute_values[a];
      if (renumber[v] < 0) {
        renumber[v] = static_cast<int>(instance.balance[a].values.size());
        instance.balance[a].values.push_back(specs[a].values[v]);
      }
      v = renumber[v];
    }
  }
  return instance;
}

}  // namespace plenary::engine
