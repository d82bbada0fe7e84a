#include "engine/assignment/objective.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace plenary::engine {
namespace {

int64_t PreferenceCost(const AssignmentInstance& instance, const AssignmentParticipant& p, int g) {
  for (size_t r = 0; r < p.preferences.size(); ++r) {
    if (p.preferences[r] != g) continue;
    return r < instance.rank_costs.size() ? instance.rank_costs[r] : instance.unlisted_cost;
  }
  return instance.unlisted_cost;
}

int64_t AffinityCost(const AssignmentParticipant& p, int g) {
  int64_t sum = 0;
  for (const auto& [group, cost] : p.affinity) {
    if (group == g) sum += cost;
  }
  return sum;
}

std::vector<int64_t> GroupSizes(const AssignmentInstance& instance, const Assignment& a) {
  std::vector<int64_t> sizes(instance.groups.size(), 0);
  for (int g : a.group_of) ++sizes[g];
  return sizes;
}

}  // namespace

int64_t EvaluateObjective(const AssignmentInstance& instance, const Assignment& assignment) {
  const int64_t n = static_cast<int64_t>(instance.participants.size());
  int64_t total = 0;
  for (size_t p = 0; p < instance.participants.size(); ++p) {
    const AssignmentParticipant& person = instance.participants[p];
    total += PreferenceCost(instance, person, assignment.group_of[p]);
    total += AffinityCost(person, assignment.group_of[p]);
  }
  const std::vector<int64_t> sizes = GroupSizes(instance, assignment);
  for (size_t a = 0; a < instance.balance.size(); ++a) {
    const BalanceAttribute& attribute = instance.balance[a];
    for (size_t v = 0; v < attribute.values.size(); ++v) {
      int64_t n_v = 0;
      std::vector<int64_t> count(instance.groups.size(), 0);
      for (size_t p = 0; p < instance.participants.size(); ++p) {
        if (instance.participants[p].attribute_values[a] != static_cast<int>(v)) continue;
        ++n_v;
        ++count[assignment.group_of[p]];
      }
      for (size_t g = 0; g < instance.groups.size(); ++g) {
        // T = n_v * s_g / N; both ends of its band in exact integer arithmetic.
        const int64_t lo = n_v * sizes[g] / n;
        const int64_t hi = (n_v * sizes[g] + n - 1) / n;
        const int64_t d = std::max<int64_t>({0, count[g] - hi, lo - count[g]});
        total += attribute.weight * d;
      }
    }
  }
  return total;
}

Status CheckAssignment(const AssignmentInstance& instance, const Assignment& assignment) {
  const int groups = static_cast<int>(instance.groups.size());
  if (assignment.group_of.size() != instance.participants.size()) {
    return Error::Internal("the assignment does not place every participant");
  }
  for (size_t p = 0; p < assignment.group_of.size(); ++p) {
    const int g = assignment.group_of[p];
    if (g < 0 || g >= groups) return Error::Internal("participant without a group");
    const auto& fixed = instance.participants[p].fixed_group;
    if (fixed && *fixed != g) {
      return Error::Internal("participant " + instance.participants[p].id +
                             " left their fixed group");
    }
  }
  const std::vector<int64_t> sizes = GroupSizes(instance, assignment);
  for (int g = 0; g < groups; ++g) {
    if (sizes[g] < instance.groups[g].min || sizes[g] > instance.groups[g].max) {
      return Error::Internal("group " + instance.groups[g].id + " has size " +
                             std::to_string(sizes[g]) + " outside its limits");
    }
  }
  return OkStatus();
}

AssignmentSummary Summarize(const AssignmentInstance& instance, const Assignment& assignment) {
  AssignmentSummary summary;
  const int groups = static_cast<int>(instance.groups.size());
  const double n = static_cast<double>(instance.participants.size());
  int first = 0;
  for (size_t p = 0; p < instance.participants.size(); ++p) {
    const auto& prefs = instance.participants[p].preferences;
    auto it = std::find(prefs.begin(), prefs.end(), assignment.group_of[p]);
    const int rank = it == prefs.end() ? groups : static_cast<int>(it - prefs.begin()) + 1;
    if (rank == 1 && it != prefs.end()) ++first;
    summary.worst_rank = std::max(summary.worst_rank, rank);
  }
  summary.first_choice_share = n > 0 ? first / n : 0;
  const std::vector<int64_t> sizes = GroupSizes(instance, assignment);
  for (size_t a = 0; a < instance.balance.size(); ++a) {
    const BalanceAttribute& attribute = instance.balance[a];
    double worst = 0;
    for (size_t v = 0; v < attribute.values.size(); ++v) {
      std::vector<int64_t> count(groups, 0);
      int64_t n_v = 0;
      for (size_t p = 0; p < instance.participants.size(); ++p) {
        if (instance.participants[p].attribute_values[a] != static_cast<int>(v)) continue;
        ++n_v;
        ++count[assignment.group_of[p]];
      }
      for (int g = 0; g < groups; ++g) {
        if (sizes[g] == 0) continue;  // an empty group has no shares
        worst = std::max(worst, std::abs(static_cast<double>(count[g]) / sizes[g] - n_v / n));
      }
    }
    summary.max_share_deviation[attribute.name] = worst;
  }
  return summary;
}

}  // namespace plenary::engine
