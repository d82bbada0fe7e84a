#include "engine/selection/result_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace plenary::engine {
namespace {

using Json = nlohmann::ordered_json;

std::string_view StatusName(SelectionStatus status) {
  switch (status) {
    case SelectionStatus::kOptimal:
      return "optimal";
    case SelectionStatus::kFeasible:
      return "time_limit";
    case SelectionStatus::kInfeasible:
      return "infeasible";
  }
  return "infeasible";
}

Json DiagnosisJson(const InfeasibilityDiagnosis& diagnosis) {
  Json relaxations = Json::array();
  for (const Relaxation& r : diagnosis.relaxations) {
    relaxations.push_back({{"quota", r.quota},
                           {"bound", r.bound == RelaxedBound::kMin ? "min" : "max"},
                           {"from", r.from},
                           {"to", r.to},
                           {"text", DescribeRelaxation(r)}});
  }
  return {{"reason", diagnosis.reason},
          {"total_relaxation", diagnosis.total_relaxation},
          {"proven_minimal", diagnosis.proven_minimal},
          {"relaxations", std::move(relaxations)}};
}

}  // namespace

std::string SelectionResultToJson(const SelectionResult& result) {
  Json out;
  out["format"] = kSelectionResultFormat;
  out["status"] = StatusName(result.status);
  // Milliseconds are enough for a human and keep the output stable across platforms.
  out["seconds"] = std::round(result.seconds * 1000) / 1000;
  if (result.status == SelectionStatus::kInfeasible) {
    out["infeasible"] = DiagnosisJson(result.diagnosis.value_or(InfeasibilityDiagnosis{}));
    return out.dump(2) + "\n";
  }
  out["selected"] = result.selected;
  out["objective"] = result.objective;
  out["bound"] = result.bound;
  // The score is proven optimal when it meets the bound, even if the time limit stopped the
  // search before the tie rule was proven (status "time_limit").
  out["proven_optimal"] = result.objective == result.bound;
  Json counts = Json::object();
  for (const auto& [attribute, values] : result.counts.by_attribute) {
    for (const auto& [value, count] : values) counts[attribute][value] = count;
  }
  out["counts"] = std::move(counts);
  Json countries = Json::object();
  for (const auto& [country, count] : result.counts.by_country) countries[country] = count;
  out["country_counts"] = std::move(countries);
  return out.dump(2) + "\n";
}

}  // namespace plenary::engine
