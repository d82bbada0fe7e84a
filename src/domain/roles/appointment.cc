#include "domain/roles/appointment.h"

#include <chrono>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"

namespace plenary {

const EnumNames<AppointmentKind> kAppointmentKindNames(
    "appointment kind", {{AppointmentKind::kModerator, "moderator", "Moderator"},
                         {AppointmentKind::kRapporteur, "rapporteur", "Rapporteur"},
                         {AppointmentKind::kNoteTaker, "note_taker", "Note-taker"},
                         {AppointmentKind::kLeadRapporteur, "lead_rapporteur", "Lead Rapporteur"},
                         {AppointmentKind::kChair, "chair", "Chair"},
                         {AppointmentKind::kSpeaker, "speaker", "Speaker"}});

std::string ToString(AppointmentKind kind) { return std::string(kAppointmentKindNames.Stored(kind)); }
std::string Label(AppointmentKind kind) { return std::string(kAppointmentKindNames.Label(kind)); }

std::string InSentence(AppointmentKind kind) {
  if (kind == AppointmentKind::kLeadRapporteur) return Label(kind);
  return AsciiLower(Label(kind));
}

std::string DutiesOf(AppointmentKind kind) {
  switch (kind) {
    case AppointmentKind::kModerator:
      return "The moderator guides the working group's closed-door discussions and co-signs the group's report.";
    case AppointmentKind::kRapporteur:
      return "The rapporteur records the group's outcomes and drafts its first recommendations within one week "
             "after the seminar, naming no one (Chatham House Rule).";
    case AppointmentKind::kNoteTaker:
      return "The note-taker writes the notes of the group's sessions under the Chatham House Rule: no names, no "
             "affiliations.";
    case AppointmentKind::kLeadRapporteur:
      return "The Lead Rapporteur writes the background paper and brings the working groups' recommendations "
             "together.";
    case AppointmentKind::kChair:
      return "The chair opens the session, introduces the speakers and keeps time.";
    case AppointmentKind::kSpeaker:
      return "The speaker introduces the session's theme from the floor of the plenary.";
  }
  return "";
}

AppointmentPlace PlaceOf(AppointmentKind kind) {
  switch (kind) {
    case AppointmentKind::kModerator:
    case AppointmentKind::kRapporteur:
    case AppointmentKind::kNoteTaker: return AppointmentPlace::kWorkingGroup;
    case AppointmentKind::kLeadRapporteur: return AppointmentPlace::kEdition;
    case AppointmentKind::kChair:
    case AppointmentKind::kSpeaker: return AppointmentPlace::kSession;
  }
  return AppointmentPlace::kEdition;
}

std::optional<Role> GrantOf(AppointmentKind kind) {
  switch (kind) {
    case AppointmentKind::kModerator: return Role::kModerator;
    case AppointmentKind::kRapporteur: return Role::kRapporteur;
    case AppointmentKind::kNoteTaker: return Role::kNoteTaker;
    default: return std::nullopt;
  }
}

std::optional<AppointmentKind> KindOfGrant(Role role) {
  for (auto kind : kAppointmentKindNames.All()) {
    if (GrantOf(kind) == role) return kind;
  }
  return std::nullopt;
}

std::optional<UtcSeconds> RapporteurDraftDue(const Edition& edition) {
  using namespace std::chrono;
  if (!edition.end_date) return std::nullopt;
  const LocalDate& end = *edition.end_date;
  const year_month_day last{year{end.year}, month{static_cast<unsigned>(end.month)}, day{static_cast<unsigned>(end.day)}};
  const year_month_day due{sys_days{last} + days{7}};
  const LocalDate date{static_cast<int>(due.year()), static_cast<int>(static_cast<unsigned>(due.month())),
                       static_cast<int>(static_cast<unsigned>(due.day()))};
  // 23:59 is never in a daylight-saving gap; 23:58 stands in should a zone ever put one there.
  if (auto at = ToUtc(LocalDateTime{date, 23, 59}, edition.time_zone)) return *at;
  if (auto at = ToUtc(LocalDateTime{date, 23, 58}, edition.time_zone)) return *at;
  return std::nullopt;
}

}  // namespace plenary
