#include "engine/selection/edition_selection.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <tuple>
#include <utility>

#include "domain/core/text.h"

namespace plenary::engine {
namespace {

constexpr int kDefaultCountryCap = 4;
constexpr double kDefaultMinShare = 0.3;
constexpr double kDefaultGovernmentMaxShare = 0.5;

std::string Get(const SelectionForm& form, const std::string& key) {
  auto it = form.find(key);
  return it == form.end() ? std::string() : Trim(it->second);
}

// A whole number from 0 to 5,000, or nullopt for an empty field.
Result<std::optional<int>> Count(const SelectionForm& form, const std::string& field, const std::string& what) {
  const std::string text = Get(form, field);
  if (text.empty()) return std::optional<int>();
  if (text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) {
    return Error::Invalid({{field, what + " must be a whole number from 0 to " + std::to_string(kMaxCandidates) +
                                       ", or empty for no limit."}});
  }
  const int value = std::stoi(text);
  if (value > kMaxCandidates) {
    return Error::Invalid({{field, what + " must be at most " + std::to_string(kMaxCandidates) + "."}});
  }
  return std::optional<int>(value);
}

std::string OneLine(std::string text) {
  for (auto& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

template <typename F>
void ForEachLine(std::string_view text, F&& f) {
  while (!text.empty()) {
    const auto end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    const auto eq = line.find('=');
    if (eq != std::string_view::npos) f(line.substr(0, eq), line.substr(eq + 1));
    text.remove_prefix(std::min(end + 1, text.size()));
  }
}

template <typename T>
std::optional<T> Number(std::string_view text) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<int> ParseScore(std::string_view text) {
  const std::string trimmed = Trim(text);
  if (trimmed.empty()) return 0;
  const auto score = Number<int>(trimmed);
  if (!score || *score < -kMaxAbsScore || *score > kMaxAbsScore) return std::nullopt;
  return score;
}

Result<std::vector<std::pair<Id, int>>> ParseScoreList(std::string_view text) {
  std::vector<std::pair<Id, int>> out;
  int number = 0;
  bool first = true;
  while (!text.empty()) {
    const auto end = std::min(text.find('\n'), text.size());
    const std::string line = Trim(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    ++number;
    if (line.empty()) continue;
    // A spreadsheet's header line ("registration,score") is not a score.
    if (std::exchange(first, false) && AsciiLower(line).find("score") != std::string::npos &&
        !Number<Id>(Trim(std::string_view(line).substr(0, line.find_first_of(",;\t"))))) {
      continue;
    }
    const auto sep = line.find_first_of(",;\t");
    const auto id = sep == std::string::npos ? std::nullopt : Number<Id>(Trim(std::string_view(line).substr(0, sep)));
    const auto score = sep == std::string::npos ? std::nullopt : Number<int>(Trim(std::string_view(line).substr(sep + 1)));
    if (!id || *id <= 0 || !score || *score < -kMaxAbsScore || *score > kMaxAbsScore) {
      return Error::Invalid({{"scores", "Line " + std::to_string(number) + " (\"" + line.substr(0, 60) +
                                            "\") is not \"registration id,score\" with a whole-number score from -" +
                                            std::to_string(kMaxAbsScore) + " to " + std::to_string(kMaxAbsScore) +
                                            "; correct or remove it."}});
    }
    out.emplace_back(*id, *score);
  }
  if (out.empty()) return Error::Invalid({{"scores", "Give at least one line \"registration id,score\"."}});
  return out;
}

std::string EncodeSelectionRun(const SelectionRun& run) {
  std::string ids;
  for (Id id : run.selected) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  std::string out = "status=" + OneLine(run.status) + "\nobjective=" + std::to_string(run.objective) +
                    "\nselected=" + ids + "\n";
  if (!run.reason.empty()) out += "reason=" + OneLine(run.reason) + "\n";
  for (const auto& r : run.relaxations) out += "relaxation=" + OneLine(r) + "\n";
  return out;
}

SelectionRun DecodeSelectionRun(std::string_view text) {
  SelectionRun run;
  ForEachLine(text, [&](std::string_view key, std::string_view value) {
    if (key == "status") run.status = value;
    else if (key == "objective") run.objective = Number<int64_t>(value).value_or(0);
    else if (key == "reason") run.reason = value;
    else if (key == "relaxation") run.relaxations.emplace_back(value);
    else if (key == "selected") {
      while (!value.empty()) {
        const auto comma = std::min(value.find(','), value.size());
        if (auto id = Number<Id>(value.substr(0, comma))) run.selected.push_back(*id);
        value.remove_prefix(std::min(comma + 1, value.size()));
      }
    }
  });
  return run;
}

std::string EncodeSelectionForm(const SelectionForm& form) {
  std::string out;
  for (const auto& [k, v] : form) out += OneLine(k) + "=" + OneLine(v) + "\n";
  return out;
}

SelectionForm DecodeSelectionForm(std::string_view text) {
  SelectionForm form;
  ForEachLine(text, [&](std::string_view key, std::string_view value) { form[std::string(key)] = value; });
  return form;
}

const std::vector<SelectionBand>& SelectionBands() {
  static const std::vector<SelectionBand> kBands = [] {
    std::vector<SelectionBand> bands;
    for (auto g : AllGenders()) bands.push_back({"gender", ToString(g), Label(g)});
    bands.push_back({"region", "Asia", "Asia"});
    bands.push_back({"region", "Europe", "Europe"});
    for (auto s : AllSectors()) bands.push_back({"sector", ToString(s), Label(s)});
    return bands;
  }();
  return kBands;
}

// "government officials", "civil-society participants", ...: a sector's people in a sentence.
std::string SectorPeople(Sector sector) {
  switch (sector) {
    case Sector::kGovernment: return "government officials";
    case Sector::kCivilSociety: return "civil-society participants";
    case Sector::kNhri: return "participants from national human rights institutions";
    case Sector::kAcademia: return "academics";
    case Sector::kBusiness: return "participants from business";
    case Sector::kInternationalOrganisation: return "participants from international organisations";
  }
  return "participants";
}

SelectionForm DefaultSelectionForm(int pool, int capacity) {
  const int k = capacity > 0 ? std::min(pool, capacity) : pool;
  const std::string at_least = std::to_string(static_cast<int>(std::floor(k * kDefaultMinShare)));
  SelectionForm form;
  form["k"] = std::to_string(k);
  form["country_cap"] = std::to_string(kDefaultCountryCap);
  form["min_gender_woman"] = at_least;
  form["min_gender_man"] = at_least;
  form["min_region_Asia"] = at_least;
  form["min_region_Europe"] = at_least;
  form["max_sector_government"] = std::to_string(static_cast<int>(std::floor(k * kDefaultGovernmentMaxShare)));
  return form;
}

Result<SelectionRules> ParseSelectionForm(const SelectionForm& form) {
  SelectionRules rules;
  std::vector<FieldError> errors;
  auto k = Count(form, "k", "How many to select");
  if (!k) errors.insert(errors.end(), k.error().fields().begin(), k.error().fields().end());
  else if (!*k || **k == 0) errors.push_back({"k", "Enter how many participants to select, for example 90."});
  else rules.k = **k;
  auto cap = Count(form, "country_cap", "The cap per country");
  if (!cap) errors.insert(errors.end(), cap.error().fields().begin(), cap.error().fields().end());
  else rules.country_cap = *cap;
  for (const auto& band : SelectionBands()) {
    const std::string suffix = band.attribute + "_" + band.value;
    auto min = Count(form, "min_" + suffix, "The minimum for " + band.label);
    auto max = Count(form, "max_" + suffix, "The maximum for " + band.label);
    if (!min) errors.insert(errors.end(), min.error().fields().begin(), min.error().fields().end());
    if (!max) errors.insert(errors.end(), max.error().fields().begin(), max.error().fields().end());
    if (!min || !max || (!*min && !*max)) continue;
    Quota q{band.attribute, band.value, min->value_or(0), *max};
    if (q.max && *q.max < q.min) {
      errors.push_back({"max_" + suffix, "The maximum for " + band.label + " (" + std::to_string(*q.max) +
                                             ") is below its minimum (" + std::to_string(q.min) +
                                             "); raise the maximum or lower the minimum."});
      continue;
    }
    rules.quotas.push_back(std::move(q));
  }
  auto partner_min = Count(form, "partner_min", "The minimum per partner");
  if (!partner_min) errors.insert(errors.end(), partner_min.error().fields().begin(), partner_min.error().fields().end());
  else if (*partner_min && **partner_min > 0) rules.partner_rules.push_back({"", **partner_min, rules.country_cap});
  if (partner_min && *partner_min && rules.country_cap && **partner_min > *rules.country_cap) {
    errors.push_back({"partner_min", "The minimum per partner (" + std::to_string(**partner_min) +
                                         ") is above the cap per country (" + std::to_string(*rules.country_cap) +
                                         "); raise the cap or lower the minimum."});
  }
  for (Sector sector : PartnerRuleSectors()) {
    const std::string suffix = ToString(sector), label = SectorPeople(sector);
    auto min = Count(form, "partner_min_" + suffix, "The minimum of " + label + " per partner");
    auto max = Count(form, "partner_max_" + suffix, "The maximum of " + label + " per partner");
    if (!min) errors.insert(errors.end(), min.error().fields().begin(), min.error().fields().end());
    if (!max) errors.insert(errors.end(), max.error().fields().begin(), max.error().fields().end());
    if (!min || !max || (!*min && !*max)) continue;
    PartnerRule rule{suffix, min->value_or(0), *max};
    if (rule.max && *rule.max < rule.min) {
      errors.push_back({"partner_max_" + suffix, "The maximum of " + label + " per partner (" +
                                                     std::to_string(*rule.max) + ") is below its minimum (" +
                                                     std::to_string(rule.min) +
                                                     "); raise the maximum or lower the minimum."});
      continue;
    }
    rules.partner_rules.push_back(std::move(rule));
  }
  if (!errors.empty()) return Error::Invalid(std::move(errors));
  std::sort(rules.quotas.begin(), rules.quotas.end(),
            [](const Quota& a, const Quota& b) { return std::tie(a.attribute, a.value) < std::tie(b.attribute, b.value); });
  return rules;
}

SelectionInstance BuildEditionSelection(const std::vector<Registration>& registrations, const std::set<Id>& nominated,
                                        const SelectionRules& rules) {
  SelectionInstance instance;
  instance.k = rules.k;
  instance.quotas = rules.quotas;
  instance.country_cap = rules.country_cap;
  for (const auto& r : registrations) {
    if (r.erased_at) continue;
    Candidate c;
    c.id = std::to_string(r.id);
    c.score = std::clamp<int64_t>(r.score, -kMaxAbsScore, kMaxAbsScore);
    c.country = r.country;
    c.attributes = {{"gender", ToString(r.gender)},
                    {"region", r.region},
                    {"sector", ToString(r.sector)},
                    {"country", r.country},
                    {"partner_sector", r.country + "|" + ToString(r.sector)}};
    if (r.status == RegistrationStatus::kDeclined || r.status == RegistrationStatus::kWithdrawn) {
      c.must = MustStatus::kOut;
    } else if (nominated.count(r.id)) {
      c.must = MustStatus::kIn;
    }
    instance.candidates.push_back(std::move(c));
  }
  // The partner rules, on every partner country that has a candidate who may be selected.
  std::set<std::string> countries;
  for (const auto& c : instance.candidates) {
    if (c.must != MustStatus::kOut && c.country != kNoCountry) countries.insert(c.country);
  }
  for (const auto& rule : rules.partner_rules) {
    for (const auto& country : countries) {
      if (rule.sector.empty()) {
        // Its maximum is the country cap, which the engine keeps as its own row.
        if (rule.min > 0) instance.quotas.push_back({"country", country, rule.min, std::nullopt});
      } else {
        instance.quotas.push_back({"partner_sector", country + "|" + rule.sector, rule.min, rule.max});
      }
    }
  }
  std::sort(instance.quotas.begin(), instance.quotas.end(),
            [](const Quota& a, const Quota& b) { return std::tie(a.attribute, a.value) < std::tie(b.attribute, b.value); });
  return instance;
}

std::string LotteryText(std::string_view seed, Id registration_id) {
  return std::string(seed) + ":" + std::to_string(registration_id);
}

const std::vector<Sector>& PartnerRuleSectors() {
  static const std::vector<Sector> kSectors = {Sector::kGovernment, Sector::kCivilSociety};
  return kSectors;
}

std::string PlainReason(const SelectionInstance& instance, const InfeasibilityDiagnosis& diagnosis) {
  if (!diagnosis.relaxations.empty()) {
    return "The rules cannot all be met at once; the smallest change to them that makes a selection possible is "
           "below.";
  }
  int must_in = 0, available = 0;
  for (const auto& c : instance.candidates) {
    if (c.must == MustStatus::kIn) ++must_in;
    if (c.must != MustStatus::kOut) ++available;
  }
  if (must_in > instance.k) {
    return std::to_string(must_in) + " nominated officials (or people already accepted) must be selected, but only " +
           std::to_string(instance.k) + " places are to be filled; select more people.";
  }
  if (available < instance.k) {
    return "Only " + std::to_string(available) + " people can be selected (the others declined or withdrew), fewer "
           "than the " + std::to_string(instance.k) + " places to fill; select fewer people.";
  }
  return "The rules cannot all be met at once, and no smaller set of rules was found in the time allowed; loosen "
         "the minimums and run the selection again.";
}

Result<Replacement> SuggestReplacements(const std::vector<Registration>& registrations, const SelectionRules& rules,
                                        int places, double time_limit_seconds) {
  SelectionRules fixed = rules;
  int accepted = 0, waiting = 0;
  std::map<std::string, RegistrationStatus> status_of;  // by candidate id
  for (const auto& r : registrations) {
    if (r.erased_at) continue;
    status_of[std::to_string(r.id)] = r.status;
    if (r.status == RegistrationStatus::kAccepted) ++accepted;
    if (r.status == RegistrationStatus::kWaitlisted) ++waiting;
  }
  Replacement out;
  if (places <= 0 || waiting == 0) return out;
  fixed.k = accepted + std::min(places, waiting);
  SelectionInstance instance = BuildEditionSelection(registrations, {}, fixed);
  for (auto& c : instance.candidates) {
    const auto status = status_of.at(c.id);
    c.must = status == RegistrationStatus::kAccepted    ? MustStatus::kIn
             : status == RegistrationStatus::kWaitlisted ? MustStatus::kFree
                                                         : MustStatus::kOut;
  }
  auto result = Select(instance, {time_limit_seconds});
  if (!result) return result.error();
  if (result->status == SelectionStatus::kInfeasible && result->diagnosis &&
      !result->diagnosis->relaxations.empty()) {
    // The rules cannot all hold around the people already in: the smallest loosening that
    // lets them, named in the page's words.
    for (const auto& r : result->diagnosis->relaxations) out.relaxed.push_back(PlainRelaxation(r));
    result = Select(ApplyRelaxations(instance, result->diagnosis->relaxations), {time_limit_seconds});
    if (!result) return result.error();
  }
  if (result->status == SelectionStatus::kInfeasible) {
    return Error::Conflict(result->diagnosis ? result->diagnosis->reason
                                             : "No one on the waiting list fits the rules of the selection.");
  }
  for (const auto& id : result->selected) {
    if (status_of.at(id) == RegistrationStatus::kWaitlisted) out.chosen.push_back(std::stoll(id));
  }
  return out;
}

std::string PlainRelaxation(const Relaxation& relaxation) {
  const auto eq = relaxation.quota.find('=');
  const std::string attribute = relaxation.quota.substr(0, eq);
  const std::string value = eq == std::string::npos ? "" : relaxation.quota.substr(eq + 1);
  const std::string from = std::to_string(relaxation.from), to = std::to_string(relaxation.to);
  if (attribute == "country") {
    if (relaxation.bound == RelaxedBound::kMin) {
      return "Select at least " + to + " instead of " + from + " people from " + value + ".";
    }
    return "Allow " + to + " people instead of " + from + " from " + value + ".";
  }
  if (attribute == "partner_sector") {
    const auto bar = value.find('|');
    const std::string country = value.substr(0, bar);
    const auto sector = bar == std::string::npos ? std::nullopt : SectorFrom(value.substr(bar + 1));
    const std::string people = sector ? SectorPeople(*sector) : "people";
    if (relaxation.bound == RelaxedBound::kMin) {
      return "Select at least " + to + " instead of " + from + " " + people + " from " + country + ".";
    }
    return "Allow " + to + " instead of " + from + " " + people + " from " + country + ".";
  }
  std::string label = value;
  for (const auto& band : SelectionBands()) {
    if (band.attribute == attribute && band.value == value) label = band.label;
  }
  if (relaxation.bound == RelaxedBound::kMin) return "Lower the minimum for " + label + " from " + from + " to " + to + ".";
  return "Raise the maximum for " + label + " from " + from + " to " + to + ".";
}

}  // namespace plenary::engine
