// The working-group assignment problem of docs/formats/assignment.md, once parsed: groups with
// size limits, participants with ranked preferences, balance attributes and fixed placements.
// Indices (not ids) link the parts so that the solver never looks up strings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace plenary::engine {

struct AssignmentGroup {
  std::string id;
  std::string name;
  int min = 0;
  int max = 0;
};

// An attribute named in "balance"; its values are listed in order of first appearance.
struct BalanceAttribute {
  std::string name;
  int64_t weight = 0;
  std::vector<std::string> values;
};

struct AssignmentParticipant {
  std::string id;
  std::vector<int> preferences;                   // group indices, best first, no repeats
  std::vector<int> attribute_values;              // per balance attribute: index into its values
  std::vector<std::pair<int, int64_t>> affinity;  // (group index, cost added there)
  std::optional<int> fixed_group;
};

struct AssignmentInstance {
  std::vector<AssignmentGroup> groups;
  std::vector<BalanceAttribute> balance;
  std::vector<int64_t> rank_costs;
  int64_t unlisted_cost = 0;
  std::vector<AssignmentParticipant> participants;
};

// group_of[p] is the group index of participant p.
struct Assignment {
  std::vector<int> group_of;
};

// The largest magnitude accepted for any cost or weight; it keeps every objective far inside
// int64 even at 10^5 participants and 10^3 groups.
inline constexpr int64_t kMaxCostMagnitude = 1'000'000;

}  // namespace plenary::engine
