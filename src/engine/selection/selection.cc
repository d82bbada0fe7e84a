#include "engine/selection/selection.h"

#include <chrono>
#include <set>
#include <string_view>

#include "engine/selection/check.h"
#include "engine/selection/model.h"
#include "engine/selection/relax.h"

namespace plenary::engine {
namespace {

constexpr std::string_view kCountryPrefix = "country=";

// The parser guarantees all of this for files; callers that build an instance in code (the web
// pages) get the same guarantees here, so the models never see a negative bound or a repeated id.
Status ValidateCandidates(const SelectionInstance& instance) {
  if (instance.candidates.size() > static_cast<size_t>(kMaxCandidates)) {
    return Error::Invalid("at most " + std::to_string(kMaxCandidates) +
                          " candidates are supported");
  }
  std::set<std::string_view> ids;
  for (const Candidate& c : instance.candidates) {
    if (c.id.empty()) return Error::Invalid("every candidate needs a non-empty id");
    if (!ids.insert(c.id).second) return Error::Invalid("candidate id " + c.id + " repeats");
    if (c.score < -kMaxAbsScore || c.score > kMaxAbsScore) {
      return Error::Invalid("candidate " + c.id + ": score must be within +/-" +
                            std::to_string(kMaxAbsScore));
    }
  }
  return OkStatus();
}

Status ValidateBounds(const SelectionInstance& instance) {
  if (instance.k < 0) return Error::Invalid("k must not be negative");
  for (const Quota& q : instance.quotas) {
    if (q.min < 0 || (q.max && *q.max < q.min)) {
      return Error::Invalid("quota " + q.attribute + "=" + q.value +
                            ": min must be at least 0 and at most max");
    }
  }
  if (instance.country_cap && *instance.country_cap < 0) {
    return Error::Invalid("country_cap must not be negative");
  }
  for (const auto& [country, cap] : instance.country_caps) {
    if (cap < 0) return Error::Invalid("country cap for " + country + " must not be negative");
  }
  return OkStatus();
}

SelectionResult Infeasible(InfeasibilityDiagnosis diagnosis) {
  SelectionResult result;
  result.status = SelectionStatus::kInfeasible;
  result.diagnosis = std::move(diagnosis);
  return result;
}

}  // namespace

Result<SelectionResult> Select(const SelectionInstance& instance, const SelectOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  if (Status valid = ValidateCandidates(instance); !valid) return valid.error();
  if (Status valid = ValidateBounds(instance); !valid) return valid.error();
  if (std::optional<std::string> conflict = HardRuleConflict(instance)) {
    SelectionResult result = Infeasible({*conflict, {}, 0, true});
    result.seconds = elapsed();
    return result;
  }
  ModelSolution solution = SolveSelectionModel(instance, options.time_limit_seconds);
  if (solution.status == MilpStatus::kInfeasible) {
    SelectionResult result =
        Infeasible(FindRelaxations(instance, options.time_limit_seconds - elapsed()));
    result.seconds = elapsed();
    return result;
  }
  if (solution.status == MilpStatus::kUnknown) {
    return Error::Internal(
        "no selection found and no proof of infeasibility within the time "
        "limit; raise --time-limit");
  }
  SelectionResult result;
  result.status = solution.status == MilpStatus::kOptimal ? SelectionStatus::kOptimal
                                                          : SelectionStatus::kFeasible;
  for (int i : solution.selected) result.selected.push_back(instance.candidates[i].id);
  Result<SelectionCheck> check = CheckSelection(instance, result.selected);
  if (!check || !check->violations.empty() || check->objective != solution.objective) {
    return Error::Internal("the solver returned a selection that fails the checker");
  }
  result.objective = solution.objective;
  result.bound = solution.bound;
  result.counts = std::move(check->counts);
  result.seconds = elapsed();
  return result;
}

std::string DescribeRelaxation(const Relaxation& relaxation) {
  if (relaxation.quota.starts_with(kCountryPrefix)) {
    return "raise the country cap for " + relaxation.quota.substr(kCountryPrefix.size()) +
           " from " + std::to_string(relaxation.from) + " to " + std::to_string(relaxation.to);
  }
  const bool is_min = relaxation.bound == RelaxedBound::kMin;
  return std::string(is_min ? "lower " : "raise ") + relaxation.quota + (is_min ? " min" : " max") +
         " from " + std::to_string(relaxation.from) + " to " + std::to_string(relaxation.to);
}

SelectionInstance ApplyRelaxations(const SelectionInstance& instance,
                                   const std::vector<Relaxation>& relaxations) {
  SelectionInstance relaxed = instance;
  for (const Relaxation& r : relaxations) {
    if (r.quota.starts_with(kCountryPrefix)) {
      relaxed.country_caps[r.quota.substr(kCountryPrefix.size())] = r.to;
      continue;
    }
    for (Quota& quota : relaxed.quotas) {
      if (quota.attribute + "=" + quota.value != r.quota) continue;
      if (r.bound == RelaxedBound::kMin) {
        quota.min = r.to;
      } else {
        quota.max = r.to;
      }
    }
  }
  return relaxed;
}

}  // namespace plenary::engine
