// The selection of an edition's participants from its registrations: the secretariat's rules
// as a form (every field a string so a rejected form shows it again), their defaults, and the
// adapter to the selection engine (engine/selection.h). Pure functions.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/core/status.h"
#include "domain/participation/participation.h"
#include "engine/selection/selection.h"

namespace plenary::engine {

// One min/max pair of the form: attribute ("gender", "region", "sector") and value.
struct SelectionBand {
  std::string attribute;
  std::string value;
  std::string label;  // "Woman", "Asia", "Civil society"
};
// The bands the form offers, in order: each gender, Asia and Europe, each sector.
const std::vector<SelectionBand>& SelectionBands();

// Field names: "k", "country_cap", "min_<attribute>_<value>", "max_<attribute>_<value>".
using SelectionForm = std::map<std::string, std::string>;

// For a pool of `pool` people and working groups holding at most `capacity`: select
// min(pool, capacity); each gender of woman and man and each region of Asia and Europe at
// least 30 % of them; government at most 50 %; at most 4 per country.
SelectionForm DefaultSelectionForm(int pool, int capacity);

struct SelectionRules {
  int k = 0;
  std::vector<Quota> quotas;  // sorted by (attribute, value)
  std::optional<int> country_cap;
};

// Every problem names its field and says how to fix it.
Result<SelectionRules> ParseSelectionForm(const SelectionForm& form);

// The candidates are the registrations not erased; a declined registration must stay out and
// a nominated official (invitation kind nominated, ids in `nominated`) must be in unless
// declined. Candidate ids are registration ids.
SelectionInstance BuildEditionSelection(const std::vector<Registration>& registrations, const std::set<Id>& nominated,
                                        const SelectionRules& rules);

// Who from the waiting list takes the places given up after acceptance (issue 12 item 4): the
// selection engine with everyone else fixed (the accepted stay in, everyone but the waiting list
// stays out), `places` more than are accepted now (fewer if the list is shorter), under `rules`
// (its k is replaced). When the rules cannot all hold around the people already in, the smallest
// loosening that lets them is applied and named in `relaxed` ("Lower the minimum for Woman from
// 27 to 25."). Chosen ids are registration ids in id order; empty when nobody waits.
struct Replacement {
  std::vector<Id> chosen;
  std::vector<std::string> relaxed;
};
Result<Replacement> SuggestReplacements(const std::vector<Registration>& registrations, const SelectionRules& rules,
                                        int places, double time_limit_seconds);

// The secretariat's scores pasted from a spreadsheet: one "registration id,score" per line
// (a tab or semicolon also separates), blank lines skipped, scores within +/-kMaxAbsScore.
// The error (field "scores") names the first bad line and how to fix it.
Result<std::vector<std::pair<Id, int>>> ParseScoreList(std::string_view text);

// What a selection run found, as the job keeps it: status "optimal", "feasible" or
// "infeasible", the selected registration ids, and for an infeasible run the reason and the
// suggested relaxations in plain words.
struct SelectionRun {
  std::string status;
  int64_t objective = 0;
  std::vector<Id> selected;
  std::string reason;
  std::vector<std::string> relaxations;
  friend bool operator==(const SelectionRun&, const SelectionRun&) = default;
};

// Text of "key=value" lines (a line feed inside a value becomes a space); decoding skips lines
// it does not understand, so a damaged record shows less rather than failing.
std::string EncodeSelectionRun(const SelectionRun& run);
SelectionRun DecodeSelectionRun(std::string_view text);
std::string EncodeSelectionForm(const SelectionForm& form);
SelectionForm DecodeSelectionForm(std::string_view text);

// A suggested relaxation in the form's words: "Lower the minimum for Woman from 27 to 25.",
// "Allow 5 people instead of 4 from Denmark."
std::string PlainRelaxation(const Relaxation& relaxation);

}  // namespace plenary::engine
