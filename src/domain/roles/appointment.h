// The roles a secretariat appoints for an edition (issue 12 item 9): moderators, rapporteurs
// and note-takers of a working group, the Lead Rapporteur of the edition, chairs and speakers of
// a plenary session. The working-group roles are access (role grants, domain/core/access); the
// others are appointments only. What each role must do next is here too, as pure rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/access.h"
#include "domain/core/enum_names.h"
#include "domain/core/id.h"
#include "domain/series/edition.h"

namespace plenary {

enum class AppointmentKind { kModerator, kRapporteur, kNoteTaker, kLeadRapporteur, kChair, kSpeaker };
extern const EnumNames<AppointmentKind> kAppointmentKindNames;
std::string ToString(AppointmentKind kind);  // "moderator", "lead_rapporteur", ...
std::string Label(AppointmentKind kind);     // "Moderator", "Lead Rapporteur", ...
// Inside a sentence: "moderator", "note-taker", "Lead Rapporteur" (a title keeps its capitals).
std::string InSentence(AppointmentKind kind);
// What the role does, in one sentence for its letter.
std::string DutiesOf(AppointmentKind kind);

// Where a kind of role is held: in a working group, for the whole edition, or in a session.
enum class AppointmentPlace { kWorkingGroup, kEdition, kSession };
AppointmentPlace PlaceOf(AppointmentKind kind);
// The role grant a working-group kind gives (moderator, rapporteur, note-taker); none for the others.
std::optional<Role> GrantOf(AppointmentKind kind);
std::optional<AppointmentKind> KindOfGrant(Role role);

struct Appointment {
  AppointmentKind kind = AppointmentKind::kModerator;
  Id edition_id = 0;
  std::optional<Id> working_group_id;  // for the working-group kinds
  std::optional<Id> session_id;        // for chair and speaker
  Id account_id = 0;
  std::string name;   // the account's display name
  std::string email;  // the account's address
  friend bool operator==(const Appointment&, const Appointment&) = default;
};

// The rapporteurs' first draft of recommendations is due one week after the seminar's last day,
// at 23:59 in the edition's time zone (domain.md, Outputs); none while the edition has no dates.
std::optional<UtcSeconds> RapporteurDraftDue(const Edition& edition);

}  // namespace plenary
