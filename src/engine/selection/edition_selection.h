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

// Field names: "k", "country_cap", "min_<attribute>_<value>", "max_<attribute>_<value>",
// "partner_min" (everyone from a partner; its maximum is country_cap), "partner_min_<sector>" and
// "partner_max_<sector>" for PartnerRuleSectors(), and "seed" (the published lottery that orders
// people with equal scores; empty until a run is started).
using SelectionForm = std::map<std::string, std::string>;

// For a pool of `pool` people and working groups holding at most `capacity`: select
// min(pool, capacity); each gender of woman and man and each region of Asia and Europe at
// least 30 % of them; government at most 50 %; at most 4 per country.
SelectionForm DefaultSelectionForm(int pool, int capacity);

// A rule per partner country (issue 12 item 6): of everyone from one partner (`sector` empty),
// or of one sector's people from one partner ("government": the historical ASEM formula is one
// official and one or two civil-society participants per country). It applies to every partner
// country that has a candidate, not to international organisations.
struct PartnerRule {
  std::string sector;  // "" for everyone; else a sector's stored name
  int min = 0;
  std::optional<int> max;
  friend bool operator==(const PartnerRule&, const PartnerRule&) = default;
};

struct SelectionRules {
  int k = 0;
  std::vector<Quota> quotas;  // sorted by (attribute, value)
  std::optional<int> country_cap;
  std::vector<PartnerRule> partner_rules;
};

// The sectors the form offers a per-partner rule for, in order.
const std::vector<Sector>& PartnerRuleSectors();
// "government officials", "civil-society participants": a sector's people inside a sentence.
std::string SectorPeople(Sector sector);

// Every problem names its field and says how to fix it.
Result<SelectionRules> ParseSelectionForm(const SelectionForm& form);

// The candidates are the registrations not erased, in the order given (the engine prefers the
// earlier of equal scores: give them in lottery order, LotteryKey); a declined or withdrawn
// registration must stay out and a nominated official (invitation kind nominated, ids in
// `nominated`) must be in unless declined. Candidate ids are registration ids. Partner rules
// become quotas on each partner country with a candidate.
SelectionInstance BuildEditionSelection(const std::vector<Registration>& registrations, const std::set<Id>& nominated,
                                        const SelectionRules& rules);

// Who from the waiting list takes the places given up after acceptance (issue 12 item 4): the
// selection engine with everyone else fixed (the accepted stay in, everyone but the waiting list
// stays out), `places` more than are accepted now (fewer if the list is shorter), under `rules`
// (its k is replaced). When the rules cannot all hold around the people already in, the smallest
// loosening that lets them is applied and named in `relaxed` ("Lower the minimum for Woman from
// 27 to 25."). Chosen ids are registration ids in the order given; empty when nobody waits.
struct Replacement {
  std::vector<Id> chosen;
  std::vector<std::string> relaxed;
};
Result<Replacement> SuggestReplacements(const std::vector<Registration>& registrations, const SelectionRules& rules,
                                        int places, double time_limit_seconds);

// The lottery among equal scores: registrations are ordered by the SHA-256 (lowest first) of
// this text, "<seed>:<registration id>", which anyone can repeat with the published seed.
std::string LotteryText(std::string_view seed, Id registration_id);

// One score as typed in the table: a whole number within +/-kMaxAbsScore; empty is 0.
std::optional<int> ParseScore(std::string_view text);

// The secretariat's scores from a CSV file or a spreadsheet: one "registration id,score" per
// line (a tab or semicolon also separates), blank lines and a first header line ("registration,
// score") skipped, scores within +/-kMaxAbsScore. The error (field "scores") names the first bad
// line and how to fix it.
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
// "Allow 5 people instead of 4 from Denmark.", "Select at least 0 instead of 1 government
// officials from Austria."
std::string PlainRelaxation(const Relaxation& relaxation);
// Why nothing was selected, in words: the hard rules (how many to select, nominated officials
// who must be in, people who must stay out) or the rules that cannot all be met.
std::string PlainReason(const SelectionInstance& instance, const InfeasibilityDiagnosis& diagnosis);

}  // namespace plenary::engine
