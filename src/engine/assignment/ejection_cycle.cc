// Ejection cycles for LocalSearch (declared in assignment_local_search.h).
#include <algorithm>
#include <limits>

#include "engine/assignment/local_search.h"

namespace plenary::engine {

// The balance change of p leaving g and joining h when both sizes stay as they are (the
// situation inside a cycle); exact for one mover, an estimate when several touch one group.
int64_t LocalSearch::CellShiftDelta(int p, int g, int h) const {
  int64_t delta = in_.Cost(p, h) - in_.Cost(p, g);
  for (int a = 0; a < in_.attributes; ++a) {
    const int c = in_.Cell(p, a);
    const int64_t cg = count_[static_cast<size_t>(g) * in_.cells + c];
    const int64_t ch = count_[static_cast<size_t>(h) * in_.cells + c];
    delta +=
        in_.cell_weight[c] * (in_.Deviation(c, size_[g], cg - 1) - in_.Deviation(c, size_[g], cg) +
                              in_.Deviation(c, size_[h], ch + 1) - in_.Deviation(c, size_[h], ch));
  }
  return delta;
}

// Returns the groups of a negative cycle in the graph whose edge g -> h costs the cheapest
// CellShiftDelta of a member of g; mover[g * groups + h] is that member. Empty if none.
std::vector<int> LocalSearch::FindNegativeCycle(std::vector<int>* mover) const {
  const int groups = in_.groups;
  constexpr int64_t kNone = std::numeric_limits<int64_t>::max() / 4;
  std::vector<int64_t> weight(static_cast<size_t>(groups) * groups, kNone);
  mover->assign(static_cast<size_t>(groups) * groups, -1);
  for (int g = 0; g < groups; ++g) {
    for (int p : members_[g]) {
      for (int h = 0; h < groups; ++h) {
        if (h == g) continue;
        const int64_t d = CellShiftDelta(p, g, h);
        if (d < weight[g * groups + h]) weight[g * groups + h] = d, (*mover)[g * groups + h] = p;
      }
    }
  }
  std::vector<int64_t> distance(groups, 0);
  std::vector<int> previous(groups, -1);
  int updated = -1;
  for (int round = 0; round < groups; ++round) {
    updated = -1;
    for (int g = 0; g < groups; ++g) {
      for (int h = 0; h < groups; ++h) {
        const int64_t w = weight[g * groups + h];
        if (w == kNone || distance[g] + w >= distance[h]) continue;
        distance[h] = distance[g] + w;
        previous[h] = g;
        updated = h;
      }
    }
    if (updated < 0) return {};
  }
  // A vertex still improving after |G| rounds leads back into a negative cycle.
  int v = updated;
  for (int i = 0; i < groups; ++i) v = previous[v];
  std::vector<int> cycle{v};
  for (int u = previous[v]; u != v; u = previous[u]) cycle.push_back(u);
  std::reverse(cycle.begin(), cycle.end());  // now cycle[i] -> cycle[i + 1]
  return cycle;
}

bool LocalSearch::ApplyCycleIfBetter(const std::vector<int>& cycle, const std::vector<int>& mover) {
  const int groups = in_.groups;
  std::vector<std::pair<int, int>> moves;  // (participant, from)
  int64_t before = 0;
  for (int g : cycle) before += balance_[g];
  int64_t delta = 0;
  for (size_t i = 0; i < cycle.size(); ++i) {
    const int g = cycle[i], h = cycle[(i + 1) % cycle.size()];
    const int p = mover[g * groups + h];
    delta += in_.Cost(p, h) - in_.Cost(p, g);
    moves.emplace_back(p, g);
  }
  for (size_t i = 0; i < moves.size(); ++i) {
    const int p = moves[i].first, h = cycle[(i + 1) % cycle.size()];
    Place(p, group_of_[p], -1);
    Place(p, h, +1);
    group_of_[p] = h;
  }
  int64_t after = 0;
  for (int g : cycle) after += GroupBalance(g, size_[g]);
  delta += after - before;
  if (delta < 0) {
    for (int g : cycle) balance_[g] = GroupBalance(g, size_[g]);
    objective_ += delta;
    return true;
  }
  for (auto it = moves.rbegin(); it != moves.rend(); ++it) {
    Place(it->first, group_of_[it->first], -1);
    Place(it->first, it->second, +1);
    group_of_[it->first] = it->second;
  }
  return false;
}

int LocalSearch::CancelCycles(Clock::time_point deadline) {
  int applied = 0;
  std::vector<int> mover;
  while (Clock::now() < deadline && in_.groups > 1) {
    const std::vector<int> cycle = FindNegativeCycle(&mover);
    if (cycle.size() < 2 || !ApplyCycleIfBetter(cycle, mover)) break;
    ++applied;
    if (objective_ < best_objective_) {
      best_objective_ = objective_;
      best_ = group_of_;
    }
  }
  return applied;
}

}  // namespace plenary::engine
