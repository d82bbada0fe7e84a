#include "engine/assignment/compiled.h"

#include <string>

namespace plenary::engine {
namespace {

Error Infeasible(std::string message) { return {ErrorCode::kInfeasible, std::move(message)}; }

void FillCosts(const AssignmentInstance& instance, CompiledInstance* c) {
  c->cost.assign(static_cast<size_t>(c->n) * c->groups, instance.unlisted_cost);
  c->fixed.assign(c->n, -1);
  for (int p = 0; p < c->n; ++p) {
    const AssignmentParticipant& person = instance.participants[p];
    int64_t* row = &c->cost[static_cast<size_t>(p) * c->groups];
    for (size_t r = 0; r < person.preferences.size(); ++r) {
      row[person.preferences[r]] =
          r < instance.rank_costs.size() ? instance.rank_costs[r] : instance.unlisted_cost;
    }
    for (const auto& [g, extra] : person.affinity) row[g] += extra;
    if (person.fixed_group) c->fixed[p] = *person.fixed_group;
  }
}

void FillCells(const AssignmentInstance& instance, CompiledInstance* c) {
  std::vector<int> used;  // indices of the weighted attributes
  for (size_t a = 0; a < instance.balance.size(); ++a) {
    if (instance.balance[a].weight > 0) used.push_back(static_cast<int>(a));
  }
  c->attributes = static_cast<int>(used.size());
  std::vector<int> first_cell;
  for (int a : used) {
    first_cell.push_back(c->cells);
    for (size_t v = 0; v < instance.balance[a].values.size(); ++v) {
      c->cell_weight.push_back(instance.balance[a].weight);
      c->cell_total.push_back(0);
      ++c->cells;
    }
  }
  c->cell_of.resize(static_cast<size_t>(c->n) * c->attributes);
  for (int p = 0; p < c->n; ++p) {
    for (int k = 0; k < c->attributes; ++k) {
      const int cell = first_cell[k] + instance.participants[p].attribute_values[used[k]];
      c->cell_of[static_cast<size_t>(p) * c->attributes + k] = cell;
      ++c->cell_total[cell];
    }
  }
}

Status CheckSizes(const AssignmentInstance& instance, CompiledInstance* c) {
  std::vector<int> fixed_count(c->groups, 0);
  for (int g : c->fixed) {
    if (g >= 0) ++fixed_count[g];
  }
  int64_t sum_lo = 0, sum_hi = 0, sum_min = 0;
  for (int g = 0; g < c->groups; ++g) {
    const AssignmentGroup& group = instance.groups[g];
    if (fixed_count[g] > group.max) {
      return Infeasible(
          "group \"" + group.id + "\" cannot be filled: " + std::to_string(fixed_count[g]) +
          (fixed_count[g] == 1 ? " participant is" : " participants are") +
          " fixed to it, above its max of " + std::to_string(group.max));
    }
    c->size_lo.push_back(std::max(group.min, fixed_count[g]));
    c->size_hi.push_back(group.max);
    sum_lo += c->size_lo.back();
    sum_hi += group.max;
    sum_min += group.min;
  }
  const std::string people = std::to_string(c->n);
  if (sum_hi < c->n) {
    return Infeasible("the groups hold at most " + std::to_string(sum_hi) +
                      " participants (the sum of max) but there are " + people +
                      "; raise some max or add a group");
  }
  if (sum_min > c->n) {
    return Infeasible("the groups need at least " + std::to_string(sum_min) +
                      " participants (the sum of min) but there are only " + people +
                      "; lower some min");
  }
  if (sum_lo > c->n) {
    std::string crowded;
    for (int g = 0; g < c->groups; ++g) {
      if (fixed_count[g] <= instance.groups[g].min) continue;
      crowded += (crowded.empty() ? "\"" : ", \"") + instance.groups[g].id + "\"";
    }
    return Infeasible(
        "the groups need at least " + std::to_string(sum_lo) +
        " participants (each group's min, or its fixed members where more: " + crowded +
        ") but there are only " + people + "; fix fewer participants or lower some min");
  }
  return OkStatus();
}

}  // namespace

int64_t CompiledInstance::Objective(const std::vector<int>& group_of) const {
  int64_t total = 0;
  std::vector<int> size(groups, 0);
  std::vector<int64_t> count(static_cast<size_t>(groups) * cells, 0);
  for (int p = 0; p < n; ++p) {
    const int g = group_of[p];
    total += Cost(p, g);
    ++size[g];
    for (int a = 0; a < attributes; ++a) ++count[static_cast<size_t>(g) * cells + Cell(p, a)];
  }
  for (int g = 0; g < groups; ++g) {
    for (int c = 0; c < cells; ++c) {
      total += cell_weight[c] * Deviation(c, size[g], count[static_cast<size_t>(g) * cells + c]);
    }
  }
  return total;
}

int64_t CompiledInstance::TrivialBound() const {
  int64_t total = 0;
  for (int p = 0; p < n; ++p) {
    if (fixed[p] >= 0) {
      total += Cost(p, fixed[p]);
      continue;
    }
    int64_t best = Cost(p, 0);
    for (int g = 1; g < groups; ++g) best = std::min(best, Cost(p, g));
    total += best;
  }
  return total;
}

Result<CompiledInstance> CompileInstance(const AssignmentInstance& instance) {
  CompiledInstance c;
  c.n = static_cast<int>(instance.participants.size());
  c.groups = static_cast<int>(instance.groups.size());
  FillCosts(instance, &c);
  FillCells(instance, &c);
  if (Status sizes = CheckSizes(instance, &c); !sizes.ok()) return sizes.error();
  return c;
}

}  // namespace plenary::engine
