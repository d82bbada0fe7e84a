#include "engine/assignment/local_search.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace plenary::engine {
namespace {

constexpr int kCheapGroups = 4;

int CheapestWithRoom(const CompiledInstance& in, int p, const std::vector<int>& size) {
  int best = -1;
  for (int g = 0; g < in.groups; ++g) {
    if (size[g] >= in.size_hi[g]) continue;
    if (best < 0 || in.Cost(p, g) < in.Cost(p, best)) best = g;
  }
  return best;
}

// Moves the cheapest participant from a group above its minimum into g.
void TopUp(const CompiledInstance& in, int g, std::vector<int>* group_of, std::vector<int>* size) {
  int pick = -1;
  int64_t pick_delta = 0;
  for (int p = 0; p < in.n; ++p) {
    const int h = (*group_of)[p];
    if (in.fixed[p] >= 0 || h == g || (*size)[h] <= in.size_lo[h]) continue;
    const int64_t delta = in.Cost(p, g) - in.Cost(p, h);
    if (pick < 0 || delta < pick_delta) pick = p, pick_delta = delta;
  }
  --(*size)[(*group_of)[pick]];
  (*group_of)[pick] = g;
  ++(*size)[g];
}

}  // namespace

std::vector<int> GreedyStart(const CompiledInstance& in) {
  std::vector<int> group_of(in.n, -1), size(in.groups, 0);
  for (int p = 0; p < in.n; ++p) {
    if (in.fixed[p] >= 0) ++size[group_of[p] = in.fixed[p]];
  }
  for (int p = 0; p < in.n; ++p) {
    if (group_of[p] >= 0) continue;
    group_of[p] = CheapestWithRoom(in, p, size);
    ++size[group_of[p]];
  }
  for (int g = 0; g < in.groups; ++g) {
    while (size[g] < in.size_lo[g]) TopUp(in, g, &group_of, &size);
  }
  return group_of;
}

LocalSearch::LocalSearch(const CompiledInstance& instance, std::vector<int> start, uint64_t seed)
    : in_(instance), rng_(seed), position_(instance.n, -1) {
  cheap_groups_.resize(in_.n);
  std::vector<int> order(in_.groups);
  for (int p = 0; p < in_.n; ++p) {
    if (in_.fixed[p] >= 0) continue;
    movable_.push_back(p);
    std::iota(order.begin(), order.end(), 0);
    const int keep = std::min(kCheapGroups, in_.groups);
    std::partial_sort(order.begin(), order.begin() + keep, order.end(),
                      [&](int a, int b) { return in_.Cost(p, a) < in_.Cost(p, b); });
    cheap_groups_[p].assign(order.begin(), order.begin() + keep);
  }
  Reset(std::move(start));
}

void LocalSearch::Reset(std::vector<int> group_of) {
  group_of_ = std::move(group_of);
  size_.assign(in_.groups, 0);
  count_.assign(static_cast<size_t>(in_.groups) * in_.cells, 0);
  members_.assign(in_.groups, {});
  for (int p = 0; p < in_.n; ++p) Place(p, group_of_[p], +1);
  balance_.resize(in_.groups);
  for (int g = 0; g < in_.groups; ++g) balance_[g] = GroupBalance(g, size_[g]);
  objective_ = in_.Objective(group_of_);
  best_ = group_of_;
  best_objective_ = objective_;
}

void LocalSearch::Place(int p, int g, int sign) {
  size_[g] += sign;
  for (int a = 0; a < in_.attributes; ++a)
    count_[static_cast<size_t>(g) * in_.cells + in_.Cell(p, a)] += sign;
  if (in_.fixed[p] >= 0) return;
  if (sign > 0) {
    position_[p] = static_cast<int>(members_[g].size());
    members_[g].push_back(p);
    return;
  }
  const int last = members_[g].back();
  members_[g][position_[p]] = last;
  position_[last] = position_[p];
  members_[g].pop_back();
}

int64_t LocalSearch::GroupBalance(int g, int size) const {
  int64_t total = 0;
  const int64_t* count = &count_[static_cast<size_t>(g) * in_.cells];
  for (int c = 0; c < in_.cells; ++c)
    total += in_.cell_weight[c] * in_.Deviation(c, size, count[c]);
  return total;
}

int64_t LocalSearch::MoveDelta(int p, int h) {
  const int g = group_of_[p];
  // Evaluated by applying the counts and undoing them: both groups' bands shift with the size.
  Place(p, g, -1);
  Place(p, h, +1);
  const int64_t after = GroupBalance(g, size_[g]) + GroupBalance(h, size_[h]);
  Place(p, h, -1);
  Place(p, g, +1);
  return in_.Cost(p, h) - in_.Cost(p, g) + after - balance_[g] - balance_[h];
}

int64_t LocalSearch::SwapDelta(int p, int q) const {
  const int g = group_of_[p], h = group_of_[q];
  int64_t delta = in_.Cost(p, h) + in_.Cost(q, g) - in_.Cost(p, g) - in_.Cost(q, h);
  for (int a = 0; a < in_.attributes; ++a) {
    const int cp = in_.Cell(p, a), cq = in_.Cell(q, a);
    if (cp == cq) continue;
    const int64_t* cg = &count_[static_cast<size_t>(g) * in_.cells];
    const int64_t* ch = &count_[static_cast<size_t>(h) * in_.cells];
    const int64_t w = in_.cell_weight[cp];  // cp and cq belong to the same attribute
    delta += w * (in_.Deviation(cp, size_[g], cg[cp] - 1) - in_.Deviation(cp, size_[g], cg[cp]) +
                  in_.Deviation(cq, size_[g], cg[cq] + 1) - in_.Deviation(cq, size_[g], cg[cq]) +
                  in_.Deviation(cq, size_[h], ch[cq] - 1) - in_.Deviation(cq, size_[h], ch[cq]) +
                  in_.Deviation(cp, size_[h], ch[cp] + 1) - in_.Deviation(cp, size_[h], ch[cp]));
  }
  return delta;
}

void LocalSearch::ApplyMove(int p, int h) {
  const int g = group_of_[p];
  Place(p, g, -1);
  Place(p, h, +1);
  group_of_[p] = h;
  balance_[g] = GroupBalance(g, size_[g]);
  balance_[h] = GroupBalance(h, size_[h]);
}

void LocalSearch::ApplySwap(int p, int q) {
  const int g = group_of_[p], h = group_of_[q];
  ApplyMove(p, h);
  ApplyMove(q, g);
}

bool LocalSearch::Step(double temperature) {
  const int p = movable_[rng_() % movable_.size()];
  const int g = group_of_[p];
  const int h = (rng_() & 1) ? cheap_groups_[p][rng_() % cheap_groups_[p].size()]
                             : static_cast<int>(rng_() % in_.groups);
  if (h == g) return false;
  std::uniform_real_distribution<double> uniform(0, 1);
  auto accept = [&](int64_t delta) {
    return delta <= 0 || (temperature > 0 && uniform(rng_) < std::exp(-delta / temperature));
  };
  if (size_[g] > in_.size_lo[g] && size_[h] < in_.size_hi[h] && (rng_() & 1)) {
    const int64_t delta = MoveDelta(p, h);
    if (!accept(delta)) return false;
    ApplyMove(p, h);
    objective_ += delta;
    return true;
  }
  if (members_[h].empty()) return false;
  const int q = members_[h][rng_() % members_[h].size()];
  const int64_t delta = SwapDelta(p, q);
  if (!accept(delta)) return false;
  ApplySwap(p, q);
  objective_ += delta;
  return true;
}

void LocalSearch::Run(Clock::time_point deadline) {
  if (movable_.empty() || in_.groups < 2) return;
  const Clock::time_point start = Clock::now();
  const double span = std::max(1e-6, std::chrono::duration<double>(deadline - start).count());
  const double hot = 2.0, cold = 0.05;
  double temperature = hot;
  for (uint64_t iteration = 0;; ++iteration) {
    if ((iteration & 1023) == 0) {
      const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
      if (elapsed >= span) break;
      temperature = hot * std::pow(cold / hot, elapsed / span);
    }
    if (Step(temperature) && objective_ < best_objective_) {
      best_objective_ = objective_;
      best_ = group_of_;
    }
  }
}

}  // namespace plenary::engine
