#include "domain/programme/programme.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/core/text.h"
#include "domain/series/edition_draft.h"

namespace plenary {
namespace {

bool Overlap(const ProgrammeSession& a, const ProgrammeSession& b) { return a.start < b.end && b.start < a.end; }

// An http(s) address as feeds and calendars carry it: no spaces, no control characters (a line
// break in a link would add lines to every iCalendar file that carries it).
bool IsWebLink(const std::string& url) {
  if (url.empty()) return true;
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>') return false;
  }
  return true;
}

std::string Quoted(const ProgrammeSession& s, std::string_view zone) {
  return "\"" + s.title + "\" (" + FormatLongDate(LocalDateOf(s.start, zone)) + ", " + TimeRange(s, zone) + ")";
}

std::vector<std::string> PeopleOf(const ProgrammeSession& s) {
  std::vector<std::string> people = s.speakers;
  if (!s.chair.empty()) people.push_back(s.chair);
  return people;
}

}  // namespace

const EnumNames<SessionKind> kSessionKindNames("session kind",
                                               {{SessionKind::kPlenary, "plenary", "Plenary"},
                                                {SessionKind::kWorkingGroup, "working_group", "Working group (closed)"},
                                                {SessionKind::kPanel, "panel", "Panel"},
                                                {SessionKind::kBreak, "break", "Break"}});

std::string ToString(SessionKind kind) { return std::string(kSessionKindNames.Stored(kind)); }
std::optional<SessionKind> SessionKindFrom(std::string_view text) { return kSessionKindNames.Parse(text); }
std::string Label(SessionKind kind) { return std::string(kSessionKindNames.Label(kind)); }

UtcSeconds JoinLinkSendTime(UtcSeconds start, std::string_view zone, UtcSeconds now) {
  constexpr int kMorningHour = 7;
  UtcSeconds at = start - 3600;
  const LocalDate day = LocalDateOf(start, zone);
  // 07:00 may fall in a DST gap in some zones; then 08:00 is used.
  for (int hour : {kMorningHour, kMorningHour + 1}) {
    if (auto morning = ToUtc({day, hour, 0}, zone)) {
      at = std::min(at, *morning);
      break;
    }
  }
  return std::max(at, now);
}

std::string TimeRange(const ProgrammeSession& s, std::string_view zone) {
  const auto a = ToLocal(s.start, zone);
  const auto b = ToLocal(s.end, zone);
  std::string out = FormatClock(a) + "–" + FormatClock(b);
  if (b.date != a.date) out += " (next day)";
  return out;
}

Result<ProgrammeSession> ParseSessionDraft(const SessionDraft& d, const Edition& edition,
                                           const std::vector<ProgrammeSession>& others) {
  std::vector<FieldError> errors;
  ProgrammeSession s;
  s.edition_id = edition.id;
  s.title = Trim(d.title);
  if (s.title.empty()) errors.push_back({"title", "Give the session a title, e.g. \"Opening Plenary\"."});
  if (!IsOneLine(s.title)) errors.push_back({"title", "Write the title on one line (it has a line break or a tab)."});
  const auto kind = SessionKindFrom(d.kind);
  if (!kind) {
    errors.push_back({"kind", "Choose plenary, working group, panel or break."});
  } else {
    s.kind = *kind;
  }
  const auto day = ParseLocalDate(Trim(d.day));
  if (!day) errors.push_back({"day", "Day: " + day.error().message() + "."});
  std::optional<UtcSeconds> start, end;
  for (auto [field, text, out] : {std::tuple{"start", &d.start, &start}, std::tuple{"end", &d.end, &end}}) {
    if (!day) break;
    auto t = ParseLocalDateTime(FormatIsoDate(*day) + " " + Trim(*text));
    if (!t) {
      errors.push_back({field, std::string(field == std::string("start") ? "Start" : "End") +
                                   " time: write it as HH:MM, e.g. 09:30."});
      continue;
    }
    auto utc = ToUtc(*t, edition.time_zone);
    if (!utc) {
      errors.push_back({field, utc.error().message() + "."});
      continue;
    }
    *out = *utc;
  }
  if (start && end && *end <= *start) {
    if (Trim(d.end) == Trim(d.start)) {
      errors.push_back({"end", "The session ends when it starts; give an end time after " + Trim(d.start) + "."});
    } else {
      errors.push_back({"end", "The session ends (" + Trim(d.end) + ") before it starts (" + Trim(d.start) +
                                   "); correct the times, or split a session that runs past midnight."});
    }
  }
  if (start) s.start = *start;
  if (end) s.end = *end;
  if (day && edition.start_date && edition.end_date && (*day < *edition.start_date || *edition.end_date < *day)) {
    errors.push_back({"day", FormatLongDate(*day) + " is outside the edition (" + DisplayDates(edition) +
                                 "); choose a day of the seminar."});
  }
  s.room = Trim(d.room);
  s.join_url = Trim(d.join_url);
  s.webcast_url = Trim(d.webcast_url);
  if (!IsWebLink(s.join_url)) errors.push_back({"join_url", "The join link must start with https:// and have no spaces or line breaks (copy it again from the meeting invitation)."});
  if (!IsWebLink(s.webcast_url)) errors.push_back({"webcast_url", "The webcast link must start with https:// and have no spaces or line breaks (copy it again from the webcast page)."});
  s.chair = Trim(d.chair);
  s.speakers = SplitLines(d.speakers);
  s.description = Trim(d.description);
  s.questions = SplitLines(d.questions);
  if (s.kind == SessionKind::kWorkingGroup) {
    const std::string group = Trim(d.working_group);
    auto it = std::find_if(edition.working_groups.begin(), edition.working_groups.end(),
                           [&](const WorkingGroup& g) { return std::to_string(g.id) == group; });
    if (it == edition.working_groups.end()) {
      errors.push_back({"working_group", "Choose the working group this session belongs to."});
    } else {
      s.working_group_id = it->id;
    }
  }
  if (errors.empty() && s.working_group_id) {
    for (const auto& o : others) {
      if (o.working_group_id == s.working_group_id && Overlap(o, s)) {
        errors.push_back({"start", "This overlaps " + Quoted(o, edition.time_zone) +
                                       " of the same working group, which can meet in one place at a time; "
                                       "move one of them."});
      }
    }
  }
  if (!errors.empty()) return Error::Invalid(std::move(errors));
  return s;
}

SessionDraft DraftFromSession(const ProgrammeSession& s, const Edition& edition) {
  SessionDraft d;
  d.title = s.title;
  d.kind = ToString(s.kind);
  const auto a = ToLocal(s.start, edition.time_zone);
  const auto b = ToLocal(s.end, edition.time_zone);
  d.day = FormatIsoDate(a.date);
  d.start = FormatClock(a);
  d.end = FormatClock(b);
  d.room = s.room;
  d.join_url = s.join_url;
  d.webcast_url = s.webcast_url;
  if (s.working_group_id) d.working_group = std::to_string(*s.working_group_id);
  d.chair = s.chair;
  for (const auto& p : s.speakers) d.speakers += (d.speakers.empty() ? "" : "\n") + p;
  d.description = s.description;
  for (const auto& q : s.questions) d.questions += (d.questions.empty() ? "" : "\n") + q;
  return d;
}

std::vector<Clash> FindClashes(const Edition& edition, const std::vector<ProgrammeSession>& sessions) {
  std::vector<Clash> out;
  const std::string& zone = edition.time_zone;
  for (size_t i = 0; i < sessions.size(); ++i) {
    for (size_t j = i + 1; j < sessions.size(); ++j) {
      const auto& a = sessions[i];
      const auto& b = sessions[j];
      if (!Overlap(a, b)) continue;
      std::set<std::string> people_a;
      for (const auto& p : PeopleOf(a)) people_a.insert(AsciiLower(p));
      for (const auto& p : PeopleOf(b)) {
        if (people_a.count(AsciiLower(p))) {
          out.push_back({ClashKind::kSpeakerTwice, p + " is in two places at once: " + Quoted(a, zone) + " and " +
                                                       Quoted(b, zone) + ". Move one session or change the speaker."});
        }
      }
      if (!a.room.empty() && AsciiLower(a.room) == AsciiLower(b.room)) {
        out.push_back({ClashKind::kRoomTwice, "The room \"" + a.room + "\" is used twice at once: " + Quoted(a, zone) +
                                                  " and " + Quoted(b, zone) + ". Give one of them another room."});
      }
    }
  }
  for (const auto& s : sessions) {
    if (!edition.start_date || !edition.end_date) break;
    const auto first = LocalDateOf(s.start, zone);
    const auto last = LocalDateOf(s.end - 1, zone);
    if (first < *edition.start_date || *edition.end_date < last) {
      out.push_back({ClashKind::kOutsideEdition, Quoted(s, zone) + " falls outside the edition (" +
                                                     DisplayDates(edition) + "). Move it into the seminar's days."});
    }
  }
  for (const auto& g : edition.working_groups) {
    const bool has = std::any_of(sessions.begin(), sessions.end(),
                                 [&](const ProgrammeSession& s) { return s.working_group_id == g.id; });
    if (!has) {
      out.push_back({ClashKind::kGroupWithoutSession, "The working group \"" + g.name +
                                                          "\" has no session yet. Add at least one."});
    }
  }
  return out;
}

std::vector<SessionChange> DiffProgramme(const std::vector<ProgrammeSession>& published,
                                         const std::vector<ProgrammeSession>& draft) {
  std::vector<SessionChange> out;
  const auto find = [](const std::vector<ProgrammeSession>& in, Id id) -> const ProgrammeSession* {
    for (const auto& s : in) {
      if (s.id == id) return &s;
    }
    return nullptr;
  };
  for (const auto& now : draft) {
    const ProgrammeSession* before = find(published, now.id);
    if (!before) {
      out.push_back({SessionChange::Kind::kAdded, now, std::nullopt, {}});
      continue;
    }
    std::vector<std::string> what;
    if (before->title != now.title) what.push_back("the title");
    if (before->kind != now.kind || before->working_group_id != now.working_group_id) what.push_back("the kind");
    if (before->start != now.start || before->end != now.end) what.push_back("the time");
    if (before->room != now.room) what.push_back("the room");
    if (before->join_url != now.join_url) what.push_back("the link to join");
    if (before->webcast_url != now.webcast_url) what.push_back("the webcast");
    if (before->chair != now.chair) what.push_back("the chair");
    if (before->speakers != now.speakers) what.push_back("the speakers");
    if (before->description != now.description) what.push_back("the description");
    if (before->questions != now.questions) what.push_back("the questions");
    if (!what.empty()) out.push_back({SessionChange::Kind::kChanged, now, *before, std::move(what)});
  }
  for (const auto& before : published) {
    if (!find(draft, before.id)) out.push_back({SessionChange::Kind::kRemoved, before, std::nullopt, {}});
  }
  return out;
}

}  // namespace plenary
