// Balanced participant selection: choose k candidates from a pool to maximise the sum of the
// secretariat's scores under per-attribute-value quotas, per-country caps and must-in/must-out
// fixings. The exchange format and the tie rule are in docs/formats/selection.md.
//
// This is the public entry point of the engine: the CLI (`plenary select`) and the web pages
// call Select(); everything else in selection_*.h is for the engine, its tests and tools.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/status.h"

namespace plenary::engine {

// Scores are bounded so that the tie-breaking objective (score * W + position term, see
// selection_model.cc) stays exactly representable in a double.
inline constexpr int64_t kMaxAbsScore = 10000;
inline constexpr int kMaxCandidates = 5000;

enum class MustStatus { kFree, kIn, kOut };

struct Candidate {
  std::string id;
  int64_t score = 0;
  std::string country;
  std::map<std::string, std::string> attributes;  // e.g. "gender" -> "female"
  MustStatus must = MustStatus::kFree;
};

// min <= (number selected with attributes[attribute] == value) <= max.
struct Quota {
  std::string attribute;
  std::string value;
  int min = 0;
  std::optional<int> max;  // absent: no upper limit
};

struct SelectionInstance {
  int k = 0;
  std::vector<Candidate> candidates;
  std::vector<Quota> quotas;                // sorted by (attribute, value)
  std::optional<int> country_cap;           // applies to every country without an override
  std::map<std::string, int> country_caps;  // per-country overrides
};

struct SelectOptions {
  double time_limit_seconds = 10.0;
};

enum class SelectionStatus {
  kOptimal,     // proven optimal
  kFeasible,    // the time limit stopped the search; the selection is valid, maybe not optimal
  kInfeasible,  // no selection meets every rule; see SelectionResult::diagnosis
};

enum class RelaxedBound { kMin, kMax };

// One quota loosened: "gender=female" min from 50 to 46, or "country=Denmark" max from 2 to 3.
struct Relaxation {
  std::string quota;
  RelaxedBound bound = RelaxedBound::kMin;
  int from = 0;
  int to = 0;
  friend bool operator==(const Relaxation&, const Relaxation&) = default;
};

// Why an instance is infeasible. When the hard rules (k, must-in, must-out) already clash,
// `relaxations` is empty and `reason` says so; otherwise `relaxations` is a set of quota changes
// with the smallest total amount that makes the instance feasible.
struct InfeasibilityDiagnosis {
  std::string reason;
  std::vector<Relaxation> relaxations;
  int64_t total_relaxation = 0;
  bool proven_minimal = false;
};

// Selected count per attribute value and per country, for every value and country present in
// the pool (0 when no one with it was selected).
struct SelectionCounts {
  std::map<std::string, std::map<std::string, int>> by_attribute;
  std::map<std::string, int> by_country;
};

struct SelectionResult {
  SelectionStatus status = SelectionStatus::kInfeasible;
  std::vector<std::string> selected;  // candidate ids, in input order
  int64_t objective = 0;              // sum of selected scores
  int64_t bound = 0;                  // no selection scores more than this
  double seconds = 0;
  SelectionCounts counts;
  std::optional<InfeasibilityDiagnosis> diagnosis;  // set when status == kInfeasible
};

// Solves the instance exactly with CBC (within the time limit). Infeasibility is a normal
// outcome (status kInfeasible with a diagnosis); an Error means the solver failed or found
// nothing before the time limit.
Result<SelectionResult> Select(const SelectionInstance& instance, const SelectOptions& options);

// "lower gender=female min from 50 to 46", "raise the country cap for Denmark from 2 to 3".
std::string DescribeRelaxation(const Relaxation& relaxation);

// The instance with the relaxations applied (country relaxations become country_caps entries).
SelectionInstance ApplyRelaxations(const SelectionInstance& instance,
                                   const std::vector<Relaxation>& relaxations);

}  // namespace plenary::engine
