#include "engine/selection/parse.h"

#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace plenary::engine {
namespace {

using Json = nlohmann::json;

Error At(const std::string& path, const std::string& message) {
  return Error::Invalid(path + ": " + message);
}

std::string Child(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string Range(int64_t lo, int64_t hi) {
  return "must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
}

Status CheckKeys(const Json& object, const std::string& path,
                 std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (std::string_view a : allowed) known = known || key == a;
    if (!known) return At(Child(path, key), "unknown field");
  }
  return OkStatus();
}

Result<int64_t> ReadInteger(const Json& value, const std::string& path, int64_t lo, int64_t hi) {
  if (value.is_number_unsigned()) {
    const auto u = value.get<uint64_t>();
    if (u <= static_cast<uint64_t>(hi) && static_cast<int64_t>(u) >= lo) {
      return static_cast<int64_t>(u);
    }
  } else if (value.is_number_integer()) {
    const auto i = value.get<int64_t>();
    if (i >= lo && i <= hi) return i;
  }
  return At(path, Range(lo, hi));
}

Result<std::string> ReadNonEmptyString(const Json& value, const std::string& path) {
  if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
    return At(path, "must be a non-empty string");
  }
  return value.get<std::string>();
}

Result<Quota> ReadQuota(const Json& bounds, const std::string& path, Quota quota) {
  if (!bounds.is_object()) return At(path, "must be an object with min and/or max");
  if (Status keys = CheckKeys(bounds, path, {"min", "max"}); !keys) return keys.error();
  if (bounds.contains("min")) {
    auto min = ReadInteger(bounds["min"], path + ".min", 0, kMaxCandidates);
    if (!min) return min.error();
    quota.min = static_cast<int>(*min);
  }
  if (bounds.contains("max")) {
    auto max = ReadInteger(bounds["max"], path + ".max", 0, kMaxCandidates);
    if (!max) return max.error();
    quota.max = static_cast<int>(*max);
  }
  if (quota.max && quota.min > *quota.max) {
    return At(path,
              "min " + std::to_string(quota.min) + " is above max " + std::to_string(*quota.max));
  }
  return quota;
}

Status ReadQuotas(const Json& quotas, SelectionInstance& instance) {
  if (!quotas.is_object()) return At("quotas", "must be an object");
  for (const auto& [attribute, values] : quotas.items()) {
    const std::string path = "quotas." + attribute;
    if (attribute.empty() || attribute.find('=') != std::string::npos) {
      return At(path, "attribute names must be non-empty and contain no '='");
    }
    if (attribute == "country") {
      return At(path, "per-country limits go in country_cap and country_caps");
    }
    if (!values.is_object()) return At(path, "must be an object keyed by attribute value");
    for (const auto& [value, bounds] : values.items()) {
      auto quota = ReadQuota(bounds, path + "." + value, Quota{attribute, value, 0, std::nullopt});
      if (!quota) return quota.error();
      instance.quotas.push_back(std::move(*quota));
    }
  }
  return OkStatus();
}

Status ReadCountryCaps(const Json& root, SelectionInstance& instance) {
  if (root.contains("country_cap")) {
    auto cap = ReadInteger(root["country_cap"], "country_cap", 0, kMaxCandidates);
    if (!cap) return cap.error();
    instance.country_cap = static_cast<int>(*cap);
  }
  if (!root.contains("country_caps")) return OkStatus();
  const Json& caps = root["country_caps"];
  if (!caps.is_object()) return At("country_caps", "must be an object keyed by country");
  for (const auto& [country, value] : caps.items()) {
    auto cap = ReadInteger(value, "country_caps." + country, 0, kMaxCandidates);
    if (!cap) return cap.error();
    instance.country_caps[country] = static_cast<int>(*cap);
  }
  return OkStatus();
}

Status ReadAttributes(const Json& candidate, const std::string& path,
                      const std::set<std::string>& required, Candidate& out) {
  const std::string attributes_path = path + ".attributes";
  if (!candidate.contains("attributes")) {
    if (required.empty()) return OkStatus();
    return At(attributes_path, "missing");
  }
  const Json& attributes = candidate["attributes"];
  if (!attributes.is_object()) return At(attributes_path, "must be an object");
  for (const auto& [name, value] : attributes.items()) {
    if (!value.is_string()) return At(attributes_path + "." + name, "must be a string");
    out.attributes[name] = value.get<std::string>();
  }
  for (const std::string& name : required) {
    if (!out.attributes.count(name)) return At(attributes_path + "." + name, "missing");
  }
  return OkStatus();
}

Status ReadMust(const Json& candidate, const std::string& path, Candidate& out) {
  if (!candidate.contains("must")) return OkStatus();
  const Json& must = candidate["must"];
  if (must == "in") {
    out.must = MustStatus::kIn;
  } else if (must == "out") {
    out.must = MustStatus::kOut;
  } else {
    return At(path + ".must", "must be \"in\" or \"out\"");
  }
  return OkStatus();
}

Result<Candidate> ReadCandidate(const Json& candidate, const std::string& path,
                                const std::set<std::string>& required) {
  if (!candidate.is_object()) return At(path, "must be an object");
  Status keys =
      CheckKeys(candidate, path, {"id", "name", "score", "country", "attributes", "must"});
  if (!keys) return keys.error();
  Candidate out;
  for (std::string_view field : {"id", "score", "country"}) {
    if (!candidate.contains(field)) return At(Child(path, field), "missing");
  }
  auto id = ReadNonEmptyString(candidate["id"], path + ".id");
  if (!id) return id.error();
  out.id = std::move(*id);
  if (candidate.contains("name") && !candidate["name"].is_string()) {
    return At(path + ".name", "must be a string");
  }
  auto score = ReadInteger(candidate["score"], path + ".score", -kMaxAbsScore, kMaxAbsScore);
  if (!score) return score.error();
  out.score = *score;
  auto country = ReadNonEmptyString(candidate["country"], path + ".country");
  if (!country) return country.error();
  out.country = std::move(*country);
  if (Status s = ReadAttributes(candidate, path, required, out); !s) return s.error();
  if (Status s = ReadMust(candidate, path, out); !s) return s.error();
  return out;
}

Status ReadCandidates(const Json& candidates, SelectionInstance& instance) {
  if (!candidates.is_array()) return At("candidates", "must be an array");
  if (candidates.size() > static_cast<size_t>(kMaxCandidates)) {
    return At("candidates", "at most " + std::to_string(kMaxCandidates) + " are supported");
  }
  std::set<std::string> required;
  for (const Quota& quota : instance.quotas) required.insert(quota.attribute);
  std::map<std::string, size_t> first_index;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const std::string path = "candidates[" + std::to_string(i) + "]";
    auto candidate = ReadCandidate(candidates[i], path, required);
    if (!candidate) return candidate.error();
    auto [it, inserted] = first_index.emplace(candidate->id, i);
    if (!inserted) {
      return At(path + ".id", "duplicate of candidates[" + std::to_string(it->second) + "]");
    }
    instance.candidates.push_back(std::move(*candidate));
  }
  return OkStatus();
}

Result<SelectionInstance> ReadInstance(const Json& root) {
  if (!root.is_object()) return Error::Invalid("the instance must be a JSON object");
  Status keys =
      CheckKeys(root, "", {"format", "k", "candidates", "quotas", "country_cap", "country_caps"});
  if (!keys) return keys.error();
  for (std::string_view field : {"format", "k", "candidates"}) {
    if (!root.contains(field)) return At(std::string(field), "missing");
  }
  if (root["format"] != kSelectionFormat) {
    return At("format", "must be \"" + std::string(kSelectionFormat) + "\"");
  }
  SelectionInstance instance;
  auto k = ReadInteger(root["k"], "k", 0, kMaxCandidates);
  if (!k) return k.error();
  instance.k = static_cast<int>(*k);
  if (root.contains("quotas")) {
    if (Status s = ReadQuotas(root["quotas"], instance); !s) return s.error();
  }
  if (Status s = ReadCountryCaps(root, instance); !s) return s.error();
  if (Status s = ReadCandidates(root["candidates"], instance); !s) return s.error();
  return instance;
}

}  // namespace

Result<SelectionInstance> ParseSelectionInstance(std::string_view text) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based: the byte at which the parser gave up.
    return Error::Invalid("not valid JSON (error at byte " + std::to_string(e.byte) +
                          "); check brackets, commas and quotes");
  } catch (const Json::out_of_range&) {
    // nlohmann reports a number beyond a double's range (1e400) this way, without a position.
    return Error::Invalid("not valid JSON: a number is out of range");
  }
  return ReadInstance(root);
}

}  // namespace plenary::engine
