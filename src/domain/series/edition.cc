#include "domain/series/edition.h"

namespace plenary {

const EnumNames<EditionMode> kEditionModeNames("edition mode", {{EditionMode::kInPerson, "in_person", "In person"},
                                                               {EditionMode::kOnline, "online", "Online"},
                                                               {EditionMode::kHybrid, "hybrid", "Hybrid"}});
const EnumNames<EditionPhase> kEditionPhaseNames(
    "edition phase", {{EditionPhase::kDraft, "draft", "Draft (not public)"},
                      {EditionPhase::kAnnounced, "announced", "Announced"},
                      {EditionPhase::kRegistrationOpen, "registration_open", "Registration open"},
                      {EditionPhase::kRegistrationClosed, "registration_closed", "Registration closed"},
                      {EditionPhase::kSelection, "selection", "Selection"},
                      {EditionPhase::kAssignment, "assignment", "Working-group assignment"},
                      {EditionPhase::kSeminar, "seminar", "Seminar"},
                      {EditionPhase::kReporting, "reporting", "Reporting"},
                      {EditionPhase::kOutputsPublished, "outputs_published", "Outputs published"},
                      {EditionPhase::kFollowUp, "follow_up", "Follow-up"},
                      {EditionPhase::kArchived, "archived", "Archived"}});
const EnumNames<OrganiserRole> kOrganiserRoleNames("organiser role",
                                                   {{OrganiserRole::kHost, "host", "Host"},
                                                    {OrganiserRole::kCoOrganiser, "co_organiser", "Co-organiser"}});

std::string ToString(EditionMode mode) { return std::string(kEditionModeNames.Stored(mode)); }
std::optional<EditionMode> EditionModeFrom(std::string_view text) { return kEditionModeNames.Parse(text); }
std::string Label(EditionMode mode) { return std::string(kEditionModeNames.Label(mode)); }
std::string ToString(EditionPhase phase) { return std::string(kEditionPhaseNames.Stored(phase)); }
std::optional<EditionPhase> EditionPhaseFrom(std::string_view text) { return kEditionPhaseNames.Parse(text); }
std::string Label(EditionPhase phase) { return std::string(kEditionPhaseNames.Label(phase)); }
std::string ToString(OrganiserRole role) { return std::string(kOrganiserRoleNames.Stored(role)); }
std::optional<OrganiserRole> OrganiserRoleFrom(std::string_view text) { return kOrganiserRoleNames.Parse(text); }

std::string EditionForPeople(const Edition& e, std::string_view series_name) {
  std::string out = "the " + Ordinal(e.number) + " " + (series_name.empty() ? "edition" : std::string(series_name));
  if (e.mode == EditionMode::kOnline) return out + ", online";
  if (!e.city.empty()) return out + ", " + e.city;
  return out;
}

std::string DisplayDates(const Edition& e) {
  if (e.start_date && e.end_date) {
    const LocalDate& s = *e.start_date;
    const LocalDate& t = *e.end_date;
    if (s == t) return FormatLongDate(s);
    if (s.year == t.year && s.month == t.month) {
      return std::to_string(s.day) + "-" + FormatLongDate(t);
    }
    if (s.year == t.year) {
      return std::to_string(s.day) + " " + MonthName(s.month) + " - " + FormatLongDate(t);
    }
    return FormatLongDate(s) + " - " + FormatLongDate(t);
  }
  if (e.month) return MonthName(*e.month) + " " + std::to_string(e.year);
  return std::to_string(e.year);
}

std::string WorkingGroupName(const Edition& edition, std::optional<Id> group_id) {
  for (const auto& g : edition.working_groups) {
    if (group_id == g.id) return g.name;
  }
  return "";
}

std::string Ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

std::string DisplayPlace(const Edition& e) {
  std::string place = e.city == e.country || e.city.empty() ? e.country : e.city + ", " + e.country;
  if (e.mode == EditionMode::kOnline) return "Online / " + place;
  if (e.mode == EditionMode::kHybrid) return place + " and online";
  return place;
}

}  // namespace plenary
