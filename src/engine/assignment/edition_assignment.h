// The working-group assignment of an edition's accepted registrations: the adapter from
// registrations to the engine's instance (docs/engine/assignment.md, "From the pages"), the
// constraints a hand-edited assignment breaks, and why a participant is not in their first
// choice. Pure functions: no storage, no pages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/participation/participation.h"
#include "engine/assignment/instance.h"

namespace plenary::engine {

// Preference costs by rank (first choice costs nothing) and the balance weights the pages use.
// A rank-3 placement costs more than a band broken by one in one attribute, so the solver
// breaks a band before it sends someone to their third choice only when that saves more.
inline constexpr int64_t kEditionRankCosts[] = {0, 10, 40};
inline constexpr int64_t kEditionUnlistedCost = 100;
inline constexpr int64_t kEditionGenderWeight = 20;
inline constexpr int64_t kEditionRegionWeight = 20;
inline constexpr int64_t kEditionSectorWeight = 10;

// The instance and the ids behind its indices: participant p is registration_ids[p], group g
// is the working group group_ids[g].
struct EditionInstance {
  AssignmentInstance instance;
  std::vector<Id> registration_ids;
  std::vector<Id> group_ids;
};

// One participant per registration (in the given order), one group per working group of the
// edition with its size limits; balance by "gender", "region" and "sector". Ranked groups that
// are not (or no longer) working groups of the edition are skipped.
EditionInstance BuildEditionInstance(const Edition& edition, const std::vector<Registration>& registrations);

// Index of a registration or a working group in the instance; nullopt when absent.
std::optional<int> ParticipantIndex(const EditionInstance& edition, Id registration_id);
std::optional<int> GroupIndex(const EditionInstance& edition, Id working_group_id);

// A rule a (hand-edited) assignment breaks: a size limit (hard) or a balance band (soft: it
// costs weight x deviation in the objective).
struct Breach {
  enum class Kind { kSize, kBand };
  Kind kind = Kind::kSize;
  int group = 0;
  std::string attribute;  // band only
  std::string value;      // band only
  int64_t count = 0;      // group size, or how many with that value are in the group
  int64_t low = 0;        // allowed range [low, high]
  int64_t high = 0;
  friend bool operator==(const Breach&, const Breach&) = default;
};

// Every breach, groups in order, sizes before bands. Requires one valid group per participant.
std::vector<Breach> FindBreaches(const AssignmentInstance& instance, const Assignment& assignment);
// "Privacy and Surveillance has 31 members; it allows 25 to 30." /
// "Privacy and Surveillance has 9 with gender woman; the balance band is 10 to 11."
std::string Describe(const AssignmentInstance& instance, const Breach& breach);

// Why participant p is not in their first choice, measured on the engine's objective:
// moving them there alone, and the best exchange (they move there and one member of that
// group moves to any other group). Deltas are objective(after) - objective(now).
struct FirstChoiceCost {
  int participant = 0;
  int first_choice = 0;  // group index
  bool fixed = false;    // held in their group by a fixed placement
  // Moving alone: its delta and, when it breaks a size limit, which ones.
  int64_t move_delta = 0;
  std::vector<Breach> move_breaks;
  // The cheapest feasible exchange, if any: `other` leaves the first choice for `other_to`.
  struct Exchange {
    int other = 0;
    int other_to = 0;
    int64_t delta = 0;
    friend bool operator==(const Exchange&, const Exchange&) = default;
  };
  std::optional<Exchange> best_exchange;
};

// nullopt when p already sits in their first choice or ranked nothing. Requires an assignment
// that meets the size limits.
std::optional<FirstChoiceCost> WhyNotFirstChoice(const AssignmentInstance& instance, const Assignment& assignment,
                                                 int participant);

// Placements per preference rank: counts[0] first choices, counts[1] second, ...; the last
// entry counts placements outside the participant's ranking.
std::vector<int> RankCounts(const AssignmentInstance& instance, const Assignment& assignment);

}  // namespace plenary::engine
