#include "engine/assignment/json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "engine/assignment/instance_parser.h"

namespace plenary::engine {
namespace {

using nlohmann::ordered_json;

// Shares are shown to people: four decimals are plenty and keep the file readable.
double Rounded(double value) { return std::round(value * 1e4) / 1e4; }

}  // namespace

std::string AssignmentResultToJson(const AssignmentInstance& instance,
                                   const AssignmentResult& result) {
  ordered_json out;
  out["format"] = kAssignmentResultFormat;
  ordered_json assignment = ordered_json::object();
  for (size_t p = 0; p < instance.participants.size(); ++p) {
    assignment[instance.participants[p].id] = instance.groups[result.assignment.group_of[p]].id;
  }
  out["assignment"] = std::move(assignment);
  out["objective"] = result.objective;
  out["lower_bound"] = result.lower_bound;
  out["proven_optimal"] = result.proven_optimal;
  out["seconds"] = std::round(result.seconds * 100) / 100;
  ordered_json deviation = ordered_json::object();
  for (const auto& [attribute, value] : result.summary.max_share_deviation) {
    deviation[attribute] = Rounded(value);
  }
  out["summary"] = {{"first_choice_share", Rounded(result.summary.first_choice_share)},
                    {"worst_rank", result.summary.worst_rank},
                    {"max_share_deviation", std::move(deviation)}};
  return out.dump(2) + "\n";
}

std::string AssignmentInstanceToJson(const AssignmentInstance& instance) {
  ordered_json out;
  out["format"] = kAssignmentFormat;
  out["groups"] = ordered_json::array();
  for (const auto& g : instance.groups) {
    out["groups"].push_back({{"id", g.id}, {"name", g.name}, {"min", g.min}, {"max", g.max}});
  }
  out["balance"] = ordered_json::object();
  for (const auto& a : instance.balance) out["balance"][a.name] = a.weight;
  out["rank_costs"] = instance.rank_costs;
  out["unlisted_cost"] = instance.unlisted_cost;
  out["participants"] = ordered_json::array();
  for (const auto& p : instance.participants) {
    ordered_json person{{"id", p.id}, {"preferences", ordered_json::array()}};
    for (int g : p.preferences) person["preferences"].push_back(instance.groups[g].id);
    person["attributes"] = ordered_json::object();
    for (size_t a = 0; a < instance.balance.size(); ++a) {
      person["attributes"][instance.balance[a].name] =
          instance.balance[a].values[p.attribute_values[a]];
    }
    if (!p.affinity.empty()) {
      person["affinity"] = ordered_json::object();
      for (const auto& [g, cost] : p.affinity) person["affinity"][instance.groups[g].id] = cost;
    }
    if (p.fixed_group) person["fixed"] = instance.groups[*p.fixed_group].id;
    out["participants"].push_back(std::move(person));
  }
  return out.dump(1) + "\n";
}

}  // namespace plenary::engine
