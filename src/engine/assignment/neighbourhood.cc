#include "engine/assignment/neighbourhood.h"

#include <algorithm>

#include "engine/assignment/mip.h"

namespace plenary::engine {
namespace {

// Costs of the problem's participants plus the balance terms of its groups.
int64_t SubObjective(const CompiledInstance& in, const MipProblem& pr,
                     const std::vector<int>& group_of) {
  int64_t total = 0;
  std::vector<int> size(in.groups, 0);
  std::vector<int64_t> count(static_cast<size_t>(in.groups) * in.cells, 0);
  for (int p : pr.participants) {
    const int g = group_of[p];
    total += in.Cost(p, g);
    ++size[g];
    for (int a = 0; a < in.attributes; ++a)
      ++count[static_cast<size_t>(g) * in.cells + in.Cell(p, a)];
  }
  for (int g : pr.groups) {
    for (int c = 0; c < in.cells; ++c) {
      total += in.cell_weight[c] *
               in.Deviation(c, size[g], count[static_cast<size_t>(g) * in.cells + c]);
    }
  }
  return total;
}

// A random group and the groups its members would most like to be in instead: those are the
// places where exchanges pay.
std::vector<int> PickGroups(const CompiledInstance& in, const NeighbourhoodOptions& options,
                            const std::vector<std::vector<int>>& members, std::mt19937_64& rng) {
  std::vector<int> chosen{static_cast<int>(rng() % in.groups)};
  int people = static_cast<int>(members[chosen[0]].size());
  for (int attempt = 0; attempt < 50 && static_cast<int>(chosen.size()) < options.max_groups;
       ++attempt) {
    const auto& from = members[chosen[rng() % chosen.size()]];
    if (from.empty()) break;
    const int p = from[rng() % from.size()];
    int wish = 0;
    if (options.candidates != nullptr) {
      wish = (*options.candidates)[static_cast<size_t>(p) * options.per_participant +
                                   rng() % options.per_participant];
    } else {
      for (int g = 1; g < in.groups; ++g) {
        if (in.Cost(p, g) < in.Cost(p, wish)) wish = g;
      }
    }
    if (rng() % 3 == 0) wish = static_cast<int>(rng() % in.groups);
    if (std::find(chosen.begin(), chosen.end(), wish) != chosen.end()) continue;
    if (people + static_cast<int>(members[wish].size()) > options.max_people) continue;
    chosen.push_back(wish);
    people += static_cast<int>(members[wish].size());
  }
  return chosen;
}

void RestrictToCandidates(const NeighbourhoodOptions& options, const std::vector<int>& group_of,
                          MipProblem* problem) {
  const size_t ng = problem->groups.size();
  problem->allowed.assign(problem->participants.size() * ng, 0);
  for (size_t i = 0; i < problem->participants.size(); ++i) {
    const int p = problem->participants[i];
    for (size_t j = 0; j < ng; ++j) {
      const int g = problem->groups[j];
      bool allowed = g == group_of[p];
      for (int k = 0; k < options.per_participant && !allowed; ++k) {
        allowed = (*options.candidates)[static_cast<size_t>(p) * options.per_participant + k] == g;
      }
      problem->allowed[i * ng + j] = allowed;
    }
  }
}

}  // namespace

int64_t ImproveNeighbourhood(const CompiledInstance& in, const NeighbourhoodOptions& options,
                             std::chrono::steady_clock::time_point deadline, std::mt19937_64& rng,
                             std::vector<int>* group_of) {
  std::vector<std::vector<int>> members(in.groups);
  for (int p = 0; p < in.n; ++p) members[(*group_of)[p]].push_back(p);
  MipProblem problem;
  problem.groups = PickGroups(in, options, members, rng);
  if (problem.groups.size() < 2) return 0;
  for (int g : problem.groups) {
    problem.participants.insert(problem.participants.end(), members[g].begin(), members[g].end());
  }
  if (options.candidates != nullptr) RestrictToCandidates(options, *group_of, &problem);
  const double left =
      std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
  MipOptions mip;
  mip.seconds = std::min(options.seconds_per_solve, left);
  if (mip.seconds <= 0.01) return 0;
  // The current placement as MIP start: CBC then only has to improve, not to find, a
  // solution of the tight size rows before its time is up.
  std::vector<int> start(problem.participants.size());
  for (size_t i = 0; i < problem.participants.size(); ++i) {
    const int g = (*group_of)[problem.participants[i]];
    start[i] = static_cast<int>(std::find(problem.groups.begin(), problem.groups.end(), g) -
                                problem.groups.begin());
  }
  mip.start = std::move(start);
  const int64_t before = SubObjective(in, problem, *group_of);
  MipOutcome outcome = SolveMip(in, problem, mip);
  if (outcome.group_of.empty() || outcome.objective >= before) return 0;
  for (size_t i = 0; i < problem.participants.size(); ++i) {
    (*group_of)[problem.participants[i]] = problem.groups[outcome.group_of[i]];
  }
  return before - outcome.objective;
}

}  // namespace plenary::engine
