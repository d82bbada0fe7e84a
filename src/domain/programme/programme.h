// The programme of an edition: timed sessions (plenaries, panels, parallel closed-door
// working-group sessions, breaks) and the clashes a secretariat must see before publishing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/status.h"
#include "domain/series/edition.h"

namespace plenary {

enum class SessionKind { kPlenary, kWorkingGroup, kPanel, kBreak };

extern const EnumNames<SessionKind> kSessionKindNames;
std::string ToString(SessionKind kind);  // "plenary", "working_group", "panel", "break"
std::optional<SessionKind> SessionKindFrom(std::string_view text);
std::string Label(SessionKind kind);     // "Plenary", "Working group", ...

struct ProgrammeSession {
  Id id = 0;
  Id edition_id = 0;
  std::string title;
  SessionKind kind = SessionKind::kPlenary;
  UtcSeconds start = 0;
  UtcSeconds end = 0;
  std::string room;
  std::string join_url;     // online meeting link: registered participants only
  std::string webcast_url;  // public
  std::optional<Id> working_group_id;
  std::string chair;
  std::vector<std::string> speakers;
  std::string description;
  std::vector<std::string> questions;

  // Working-group sessions are closed-door: who attends is never public.
  bool closed() const { return kind == SessionKind::kWorkingGroup; }
  bool online() const { return !join_url.empty(); }
};

// What the secretariat typed; kept verbatim so a rejected form comes back as typed.
struct SessionDraft {
  std::string title;
  std::string kind = "plenary";
  std::string day;    // YYYY-MM-DD, in the edition's zone
  std::string start;  // HH:MM
  std::string end;    // HH:MM
  std::string room;
  std::string join_url;
  std::string webcast_url;
  std::string working_group;  // id of the group, for working-group sessions
  std::string chair;
  std::string speakers;   // one per line
  std::string description;
  std::string questions;  // one per line
};

// Every problem on its field. Refuses: end not after start, a day outside the edition, a
// time that does not exist (DST gap) or happens twice, a working-group session without its
// group, links that are not http(s), and a session that overlaps another session of the same
// working group (`others` are the edition's other sessions).
Result<ProgrammeSession> ParseSessionDraft(const SessionDraft& draft, const Edition& edition,
                                           const std::vector<ProgrammeSession>& others);
SessionDraft DraftFromSession(const ProgrammeSession& session, const Edition& edition);

enum class ClashKind { kSpeakerTwice, kRoomTwice, kOutsideEdition, kGroupWithoutSession };

struct Clash {
  ClashKind kind;
  std::string message;  // names the sessions and the fix
};

// The problems worth fixing before the programme is published (warnings, not refusals).
std::vector<Clash> FindClashes(const Edition& edition, const std::vector<ProgrammeSession>& sessions);

// The draft against the published programme (issue 12 item 7): each session added, removed or
// changed, matched by id; `what` names the changed parts as a sentence does ("the time",
// "the room", "the link to join", ...), in the order of the session form. Unchanged sessions
// are left out; the order is the draft's, then the removed ones in the published order.
struct SessionChange {
  enum class Kind { kAdded, kChanged, kRemoved };
  Kind kind = Kind::kChanged;
  ProgrammeSession session;            // the draft's (the published one when removed)
  std::optional<ProgrammeSession> was; // the published one, for a change
  std::vector<std::string> what;
};
std::vector<SessionChange> DiffProgramme(const std::vector<ProgrammeSession>& published,
                                         const std::vector<ProgrammeSession>& draft);

// When an online session's join link is e-mailed to someone in `zone`: 07:00 their time on
// the day the session starts for them, or one hour before the start if that is earlier;
// never before `now`.
UtcSeconds JoinLinkSendTime(UtcSeconds start, std::string_view zone, UtcSeconds now);

// "09:30-11:00" in the zone; "23:30-01:00 (+1 day)" across midnight.
std::string TimeRange(const ProgrammeSession& session, std::string_view zone);

}  // namespace plenary
