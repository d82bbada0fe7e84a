#include "engine/assignment/instance_parser.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace plenary::engine {
namespace {

using nlohmann::json;

// Reads one instance; the first problem found ends the read, and Fail() records it with the
// path of the offending field so that the user can find it in a file of thousands of lines.
class InstanceReader {
 public:
  Result<AssignmentInstance> Read(const json& root);

 private:
  bool Fail(const std::string& path, const std::string& what) {
    error_ = path + ": " + what;
    return false;
  }
  bool ReadInteger(const json& v, const std::string& path, int64_t lo, int64_t hi, int64_t* out);
  bool ReadString(const json& v, const std::string& path, std::string* out);
  bool ReadGroups(const json& root);
  bool ReadBalance(const json& root);
  bool ReadCosts(const json& root);
  bool ReadParticipants(const json& root);
  bool ReadParticipant(const json& p, const std::string& path, AssignmentParticipant* out);
  bool ReadPreferences(const json& p, const std::string& path, AssignmentParticipant* out);
  bool ReadAttributes(const json& p, const std::string& path, AssignmentParticipant* out);
  bool ReadAffinity(const json& p, const std::string& path, AssignmentParticipant* out);
  bool GroupIndex(const json& v, const std::string& path, int* out);

  AssignmentInstance instance_;
  std::map<std::string, int, std::less<>> group_index_;
  std::string error_;
};

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

bool InstanceReader::ReadInteger(const json& v, const std::string& path, int64_t lo, int64_t hi,
                                 int64_t* out) {
  if (!v.is_number_integer()) return Fail(path, "must be an integer");
  if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(hi)) {
    return Fail(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  }
  int64_t value = v.get<int64_t>();
  if (value < lo || value > hi) {
    return Fail(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  }
  *out = value;
  return true;
}

bool InstanceReader::ReadString(const json& v, const std::string& path, std::string* out) {
  if (!v.is_string()) return Fail(path, "must be a string");
  *out = v.get<std::string>();
  return true;
}

bool InstanceReader::GroupIndex(const json& v, const std::string& path, int* out) {
  std::string id;
  if (!ReadString(v, path, &id)) return false;
  auto it = group_index_.find(id);
  if (it == group_index_.end()) return Fail(path, "unknown group " + Quoted(id));
  *out = it->second;
  return true;
}

bool InstanceReader::ReadGroups(const json& root) {
  auto it = root.find("groups");
  if (it == root.end()) return Fail("groups", "missing");
  if (!it->is_array() || it->empty()) return Fail("groups", "must be a non-empty array");
  for (size_t i = 0; i < it->size(); ++i) {
    const json& g = (*it)[i];
    std::string path = "groups[" + std::to_string(i) + "]";
    if (!g.is_object()) return Fail(path, "must be an object");
    AssignmentGroup group;
    int64_t min = 0, max = 0;
    if (!g.contains("id")) return Fail(path + ".id", "missing");
    if (!ReadString(g["id"], path + ".id", &group.id)) return false;
    if (group.id.empty()) return Fail(path + ".id", "must not be empty");
    if (group_index_.count(group.id)) return Fail(path + ".id", "duplicate id " + Quoted(group.id));
    if (g.contains("name") && !ReadString(g["name"], path + ".name", &group.name)) return false;
    if (!g.contains("min")) return Fail(path + ".min", "missing");
    if (!g.contains("max")) return Fail(path + ".max", "missing");
    if (!ReadInteger(g["min"], path + ".min", 0, 1'000'000, &min)) return false;
    if (!ReadInteger(g["max"], path + ".max", 0, 1'000'000, &max)) return false;
    if (max < min)
      return Fail(path + ".max", "must not be below min (" + std::to_string(min) + ")");
    group.min = static_cast<int>(min);
    group.max = static_cast<int>(max);
    group_index_[group.id] = static_cast<int>(i);
    instance_.groups.push_back(std::move(group));
  }
  return true;
}

bool InstanceReader::ReadBalance(const json& root) {
  auto it = root.find("balance");
  if (it == root.end()) return true;  // no balance terms
  if (!it->is_object()) return Fail("balance", "must be an object of attribute: weight");
  for (const auto& [name, weight] : it->items()) {
    BalanceAttribute attribute;
    attribute.name = name;
    if (!ReadInteger(weight, "balance." + name, 0, kMaxCostMagnitude, &attribute.weight)) {
      return false;
    }
    instance_.balance.push_back(std::move(attribute));
  }
  return true;
}

bool InstanceReader::ReadCosts(const json& root) {
  auto it = root.find("rank_costs");
  if (it == root.end()) return Fail("rank_costs", "missing");
  if (!it->is_array()) return Fail("rank_costs", "must be an array of integers");
  for (size_t i = 0; i < it->size(); ++i) {
    int64_t cost = 0;
    std::string path = "rank_costs[" + std::to_string(i) + "]";
    if (!ReadInteger((*it)[i], path, -kMaxCostMagnitude, kMaxCostMagnitude, &cost)) return false;
    instance_.rank_costs.push_back(cost);
  }
  auto unlisted = root.find("unlisted_cost");
  if (unlisted == root.end()) return Fail("unlisted_cost", "missing");
  return ReadInteger(*unlisted, "unlisted_cost", -kMaxCostMagnitude, kMaxCostMagnitude,
                     &instance_.unlisted_cost);
}

bool InstanceReader::ReadPreferences(const json& p, const std::string& path,
                                     AssignmentParticipant* out) {
  auto it = p.find("preferences");
  if (it == p.end()) return true;
  if (!it->is_array()) return Fail(path + ".preferences", "must be an array of group ids");
  for (size_t r = 0; r < it->size(); ++r) {
    std::string item = path + ".preferences[" + std::to_string(r) + "]";
    int g = 0;
    if (!GroupIndex((*it)[r], item, &g)) return false;
    for (int seen : out->preferences) {
      if (seen == g) return Fail(item, "group " + Quoted(instance_.groups[g].id) + " listed twice");
    }
    out->preferences.push_back(g);
  }
  return true;
}

bool InstanceReader::ReadAttributes(const json& p, const std::string& path,
                                    AssignmentParticipant* out) {
  auto it = p.find("attributes");
  if (it != p.end() && !it->is_object()) return Fail(path + ".attributes", "must be an object");
  for (auto& attribute : instance_.balance) {
    std::string item = path + ".attributes." + attribute.name;
    if (it == p.end() || !it->contains(attribute.name)) {
      return Fail(item, "missing (balance needs it for every participant)");
    }
    std::string value;
    if (!ReadString((*it)[attribute.name], item, &value)) return false;
    int index = 0;
    while (index < static_cast<int>(attribute.values.size()) && attribute.values[index] != value) {
      ++index;
    }
    if (index == static_cast<int>(attribute.values.size())) attribute.values.push_back(value);
    out->attribute_values.push_back(index);
  }
  return true;
}

bool InstanceReader::ReadAffinity(const json& p, const std::string& path,
                                  AssignmentParticipant* out) {
  auto it = p.find("affinity");
  if (it == p.end()) return true;
  if (!it->is_object()) return Fail(path + ".affinity", "must be an object of group: cost");
  for (const auto& [id, cost] : it->items()) {
    std::string item = path + ".affinity." + id;
    auto g = group_index_.find(id);
    if (g == group_index_.end()) return Fail(item, "unknown group " + Quoted(id));
    int64_t value = 0;
    if (!ReadInteger(cost, item, -kMaxCostMagnitude, kMaxCostMagnitude, &value)) return false;
    out->affinity.emplace_back(g->second, value);
  }
  return true;
}

bool InstanceReader::ReadParticipant(const json& p, const std::string& path,
                                     AssignmentParticipant* out) {
  if (!p.is_object()) return Fail(path, "must be an object");
  if (!p.contains("id")) return Fail(path + ".id", "missing");
  if (!ReadString(p["id"], path + ".id", &out->id)) return false;
  if (out->id.empty()) return Fail(path + ".id", "must not be empty");
  if (!ReadPreferences(p, path, out) || !ReadAttributes(p, path, out) ||
      !ReadAffinity(p, path, out)) {
    return false;
  }
  if (auto fixed = p.find("fixed"); fixed != p.end() && !fixed->is_null()) {
    int g = 0;
    if (!GroupIndex(*fixed, path + ".fixed", &g)) return false;
    out->fixed_group = g;
  }
  return true;
}

bool InstanceReader::ReadParticipants(const json& root) {
  auto it = root.find("participants");
  if (it == root.end()) return Fail("participants", "missing");
  if (!it->is_array() || it->empty()) return Fail("participants", "must be a non-empty array");
  std::map<std::string, size_t, std::less<>> seen;
  for (size_t i = 0; i < it->size(); ++i) {
    std::string path = "participants[" + std::to_string(i) + "]";
    AssignmentParticipant participant;
    if (!ReadParticipant((*it)[i], path, &participant)) return false;
    auto [where, inserted] = seen.emplace(participant.id, i);
    if (!inserted) {
      return Fail(path + ".id", "duplicate id " + Quoted(participant.id) + " (also participants[" +
                                    std::to_string(where->second) + "])");
    }
    instance_.participants.push_back(std::move(participant));
  }
  return true;
}

Result<AssignmentInstance> InstanceReader::Read(const json& root) {
  if (!root.is_object()) return Error::Invalid("the instance must be a JSON object");
  auto format = root.find("format");
  if (format == root.end() || !format->is_string() || *format != kAssignmentFormat) {
    return Error::Invalid("format: must be \"" + std::string(kAssignmentFormat) + "\"");
  }
  if (!ReadGroups(root) || !ReadBalance(root) || !ReadCosts(root) || !ReadParticipants(root)) {
    return Error::Invalid(error_);
  }
  return std::move(instance_);
}

}  // namespace

Result<AssignmentInstance> ParseAssignmentInstance(std::string_view json_text) {
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::exception& e) {
    // nlohmann reports syntax errors only as exceptions; they end here as a value.
    return Error::Invalid(std::string("the instance is not valid JSON: ") + e.what());
  }
  return InstanceReader().Read(root);
}

}  // namespace plenary::engine
