#include "domain/series/phase.h"

namespace plenary {
namespace {

std::string Plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The moment after the seminar's last day, in its time zone.
std::optional<UtcSeconds> SeminarOver(const Edition& e) {
  if (!e.end_date || e.time_zone.empty()) return std::nullopt;
  auto end = ToUtc({*e.end_date, 23, 59}, e.time_zone);
  if (!end) return std::nullopt;
  return *end + 60;
}

}  // namespace

std::optional<EditionPhase> NextPhase(EditionPhase phase) {
  const auto all = kEditionPhaseNames.All();
  for (size_t i = 0; i + 1 < all.size(); ++i) {
    if (all[i] == phase) return all[i + 1];
  }
  return std::nullopt;
}

std::string NextStepAction(EditionPhase phase) {
  switch (phase) {
    case EditionPhase::kDraft: return "Announce the edition";
    case EditionPhase::kAnnounced: return "Open registration";
    case EditionPhase::kRegistrationOpen: return "Close registration";
    case EditionPhase::kRegistrationClosed: return "Start the selection";
    case EditionPhase::kSelection: return "Start the working-group assignment";
    case EditionPhase::kAssignment: return "Start the seminar";
    case EditionPhase::kSeminar: return "Start the reporting";
    case EditionPhase::kReporting: return "Mark the outputs published";
    case EditionPhase::kOutputsPublished: return "Start the follow-up";
    case EditionPhase::kFollowUp: return "Archive the edition";
    case EditionPhase::kArchived: return "";
  }
  return "";
}

std::vector<std::string> MissingForNextPhase(const Edition& e, const PhaseFacts& f, UtcSeconds now) {
  std::vector<std::string> missing;
  switch (e.phase) {
    case EditionPhase::kDraft:
      if (e.title.empty()) missing.push_back("the edition has no title");
      if (!e.start_date || !e.end_date) missing.push_back("the edition has no dates");
      if (e.mode != EditionMode::kOnline && (e.city.empty() || e.country.empty())) {
        missing.push_back("the edition has no city and country");
      }
      if (e.time_zone.empty()) missing.push_back("the edition has no time zone");
      if (e.working_groups.empty()) missing.push_back("the edition has no working group");
      break;
    case EditionPhase::kAnnounced:
      if (!e.registration_deadline) {
        missing.push_back("no registration deadline is set");
      } else if (*e.registration_deadline <= now) {
        missing.push_back("the registration deadline (" + FormatInZone(*e.registration_deadline, e.time_zone) +
                          ") has passed; set a later one");
      }
      if (e.working_groups.empty()) missing.push_back("the edition has no working group to rank");
      break;
    case EditionPhase::kRegistrationOpen:
      if (e.registration_deadline && *e.registration_deadline > now) {
        missing.push_back("the registration deadline (" + FormatInZone(*e.registration_deadline, e.time_zone) +
                          ") has not passed; to close earlier, move the deadline");
      }
      break;
    case EditionPhase::kRegistrationClosed:
      if (f.applications == 0) missing.push_back("nobody has registered");
      break;
    case EditionPhase::kSelection:
      if (f.accepted == 0) missing.push_back("nobody is accepted");
      if (!f.approval_recorded) {
        missing.push_back("the accepted list is not approved by the steering committee");
      } else if (!f.approval_current) {
        missing.push_back("the accepted list changed since the steering committee approved it");
      }
      break;
    case EditionPhase::kAssignment:
      if (!f.assignment_published) missing.push_back("the working-group assignment is not published");
      if (f.accepted_without_group > 0) {
        missing.push_back(Plural(f.accepted_without_group, "accepted participant has", "accepted participants have") +
                          " no working group");
      }
      if (f.programme_sessions == 0) missing.push_back("the programme has no session");
      if (f.programme_clashes > 0) missing.push_back(Plural(f.programme_clashes, "clash", "clashes") + " in the programme");
      if (f.programme_sessions > 0 && !f.programme_published) missing.push_back("the programme is not published");
      if (f.programme_published && f.programme_unpublished > 0) {
        missing.push_back(Plural(f.programme_unpublished, "change", "changes") + " to the programme not published");
      }
      break;
    case EditionPhase::kSeminar:
      if (const auto over = SeminarOver(e); over && now < *over) {
        missing.push_back("the seminar ends on " + FormatLongDate(*e.end_date));
      }
      break;
    case EditionPhase::kReporting:
    case EditionPhase::kOutputsPublished:
    case EditionPhase::kFollowUp:
      break;
    case EditionPhase::kArchived:
      missing.push_back("an archived edition has no next phase");
      break;
  }
  return missing;
}

bool IsPublic(EditionPhase phase) { return phase != EditionPhase::kDraft; }

bool AcceptsRegistrations(EditionPhase phase) { return phase == EditionPhase::kRegistrationOpen; }

}  // namespace plenary
