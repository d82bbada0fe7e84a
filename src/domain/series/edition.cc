#include "domain/series/edition.h"

namespace plenary {

std::string ToString(EditionMode mode) {
  switch (mode) {
    case EditionMode::kInPerson: return "in_person";
    case EditionMode::kOnline: return "online";
    case EditionMode::kHybrid: return "hybrid";
  }
  return "in_person";
}

std::optional<EditionMode> EditionModeFrom(std::string_view text) {
  for (auto mode : {EditionMode::kInPerson, EditionMode::kOnline, EditionMode::kHybrid}) {
    if (ToString(mode) == text) return mode;
  }
  return std::nullopt;
}

std::string Label(EditionMode mode) {
  switch (mode) {
    case EditionMode::kInPerson: return "In person";
    case EditionMode::kOnline: return "Online";
    case EditionMode::kHybrid: return "Hybrid";
  }
  return "";
}

std::string ToString(EditionPhase phase) {
  switch (phase) {
    case EditionPhase::kArchived: return "archived";
    case EditionPhase::kPlanning: return "planning";
    case EditionPhase::kRegistration: return "registration";
    case EditionPhase::kSelection: return "selection";
    case EditionPhase::kSeminar: return "seminar";
    case EditionPhase::kFollowUp: return "follow_up";
  }
  return "planning";
}

std::optional<EditionPhase> EditionPhaseFrom(std::string_view text) {
  for (auto phase : {EditionPhase::kArchived, EditionPhase::kPlanning, EditionPhase::kRegistration,
                     EditionPhase::kSelection, EditionPhase::kSeminar, EditionPhase::kFollowUp}) {
    if (ToString(phase) == text) return phase;
  }
  return std::nullopt;
}

std::string ToString(OrganiserRole role) {
  return role == OrganiserRole::kHost ? "host" : "co_organiser";
}

std::optional<OrganiserRole> OrganiserRoleFrom(std::string_view text) {
  if (text == "host") return OrganiserRole::kHost;
  if (text == "co_organiser") return OrganiserRole::kCoOrganiser;
  return std::nullopt;
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
