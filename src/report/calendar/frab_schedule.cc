#include <Poco/SHA1Engine.h>
#include <Poco/UUID.h>
#include <Poco/UUIDGenerator.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <regex>
#include <set>

#include "domain/core/text.h"
#include "report/calendar/programme_feed.h"
#include "report/core/xml_text.h"

namespace plenary::report {
namespace {

// Every guid in a schedule is a name-based UUID (RFC 4122 version 5: SHA-1) in this namespace,
// of a name made from the feed's acronym ("asem-hr-24": stable across renames), so a session
// keeps its guid across downloads and publications. Never change the namespace or the names.
const Poco::UUID& ScheduleNamespace() {
  static const Poco::UUID ns("e0a24709-ae23-4f0a-8d06-be40d91981d6");
  return ns;
}

// uuid5(ScheduleNamespace(), "<acronym>/<kind>/<key>"), e.g. "asem-hr-24/session/3".
std::string Guid(const ProgrammeFeed& feed, std::string_view kind, std::string_view key) {
  Poco::SHA1Engine sha1;  // the default digest of createFromName is MD5 (version 3)
  const std::string name = feed.acronym + "/" + std::string(kind) + "/" + std::string(key);
  return Poco::UUIDGenerator::defaultGenerator().createFromName(ScheduleNamespace(), name, sha1).toString();
}

// A person's integer id, which frab apps use only to tell people apart: from their guid, so
// the same name has the same id in every session of the edition (1 .. 2^31-1).
long long PersonId(const std::string& guid) {
  return std::stoll(guid.substr(0, 8), nullptr, 16) % 2147483647 + 1;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The ASCII letters and digits of `text`, lower-cased, each run of anything else one
// `separator` ("Coffee & Tea" -> "coffee-tea").
std::string AsciiWords(std::string_view text, char separator) {
  std::string out;
  for (char c : AsciiLower(text)) {
    if (IsAsciiAlnum(c)) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != separator) {
      out.push_back(separator);
    }
  }
  while (!out.empty() && out.back() == separator) out.pop_back();
  return out;
}

// The acronym as the c3voc schemas take it (JSON: ^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$,
// XSD: [a-z0-9_-]{4,}): "asem-hr-24" -> "asem_hr_24". feed.acronym itself is unchanged, since
// the iCalendar UIDs and the guids are made from it.
std::string FrabAcronym(std::string_view acronym) {
  std::string out = AsciiWords(acronym, '_');
  if (out.size() < 4) out = out.empty() ? "plenary" : "plenary_" + out;
  return out;
}

bool IsHttpUrl(std::string_view url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

// The session on the public programme page (programme.tpl gives each session this id).
std::string SessionUrl(const ProgrammeFeed& feed, const ProgrammeSession& s) {
  return feed.base_url + "/editions/" + std::to_string(feed.edition.number) + "/programme#session-" +
         std::to_string(s.id);
}

// The JSON schema's time_zone_name pattern, as its validators apply it (a search, not a full
// match); a zone it refuses ("Etc/GMT+8") is left out of the JSON.
bool SchemaTimeZone(const std::string& zone) {
  static const std::regex pattern("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");
  return std::regex_search(zone, pattern);
}

// "01:30": a length of time as frab writes durations.
std::string Duration(const ProgrammeSession& s) {
  const long minutes = static_cast<long>((s.end - s.start) / 60);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld", minutes / 60, minutes % 60);
  return buf;
}

std::string Clock(UtcSeconds t, std::string_view zone) { return FormatClock(ToLocal(t, zone)); }

// "asem_hr_24-3-coffee-break": acronym, session id, title words (ASCII letters and digits).
// Unique by the id; fits the XSD's voc-slug-new ([a-z0-9_]{4,}-[a-z0-9\-_]{4,}) and the JSON
// pattern (^[a-z0-9_-]+[a-z0-9]$) whatever the title.
std::string Slug(const ProgrammeFeed& feed, const ProgrammeSession& s) {
  const std::string words = AsciiWords(s.title, '-');
  std::string rest = std::to_string(s.id) + "-" + (words.empty() ? "session" : words);
  if (rest.size() < 4) rest += "-session";
  return FrabAcronym(feed.acronym) + "-" + rest;
}

std::string RoomOf(const Edition& e, const ProgrammeSession& s) {
  if (!s.room.empty()) return s.room;
  if (s.closed()) return WorkingGroupName(e, s.working_group_id);
  return s.online() ? "Online" : "To be announced";
}

std::string Track(const Edition& e, const ProgrammeSession& s) {
  return s.closed() ? "Working group: " + WorkingGroupName(e, s.working_group_id) : Label(s.kind);
}

// The public view of a session's people: nobody for closed sessions (Chatham House Rule).
std::vector<std::string> PublicPeople(const ProgrammeSession& s) {
  if (s.closed()) return {};
  std::vector<std::string> people;
  if (!s.chair.empty()) people.push_back(s.chair);
  for (const auto& p : s.speakers) people.push_back(p);
  return people;
}

std::string Abstract(const ProgrammeSession& s) {
  if (!s.closed()) return s.description;
  return (s.description.empty() ? "" : s.description + "\n\n") +
         "Closed-door session under the Chatham House Rule.";
}

struct Person {
  std::string name;
  std::string guid;
  long long id = 0;
};

std::vector<Person> PublicPersons(const ProgrammeFeed& feed, const ProgrammeSession& s) {
  std::vector<Person> persons;
  for (const auto& name : PublicPeople(s)) {
    const std::string guid = Guid(feed, "person", name);
    persons.push_back({name, guid, PersonId(guid)});
  }
  return persons;
}

struct Day {
  LocalDate date;
  std::map<std::string, std::vector<const ProgrammeSession*>> rooms;
};

std::vector<Day> DaysOf(const ProgrammeFeed& feed) {
  std::vector<Day> days;
  const Edition& e = feed.edition;
  if (e.start_date && e.end_date) {
    for (LocalDate d = *e.start_date; d <= *e.end_date;) {
      days.push_back({d, {}});
      auto next = ToUtc({d, 12, 0}, "UTC");
      d = LocalDateOf(*next + 86400, "UTC");
    }
  }
  for (const auto& s : feed.sessions) {
    const LocalDate d = LocalDateOf(s.start, e.time_zone);
    auto it = std::find_if(days.begin(), days.end(), [&](const Day& day) { return day.date == d; });
    if (it == days.end()) {
      days.push_back({d, {}});
      std::sort(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.date < b.date; });
      it = std::find_if(days.begin(), days.end(), [&](const Day& day) { return day.date == d; });
    }
    it->rooms[RoomOf(e, s)].push_back(&s);
  }
  return days;
}

std::string DayBoundary(const LocalDate& d, int hour, std::string_view zone) {
  auto t = ToUtc({d, hour, 0}, zone);
  return t ? FormatIsoWithOffset(*t, zone) : FormatIsoDate(d) + "T00:00:00+00:00";
}

std::string Title(const ProgrammeFeed& feed) {
  return Ordinal(feed.edition.number) + " " + feed.series_name + ": " + feed.edition.title;
}

// The conference's first and last day: the edition's dates, else the days of its sessions.
LocalDate FirstDay(const Edition& e, const std::vector<Day>& days) {
  return e.start_date ? *e.start_date : days.front().date;
}
LocalDate LastDay(const Edition& e, const std::vector<Day>& days) {
  return e.end_date ? *e.end_date : days.back().date;
}

}  // namespace

bool HasScheduleDays(const ProgrammeFeed& feed) { return !DaysOf(feed).empty(); }

std::string ToFrabXml(const ProgrammeFeed& feed) {
  const Edition& e = feed.edition;
  const auto days = DaysOf(feed);
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n";
  x += "  <version>" + XmlEscape(FormatIsoWithOffset(feed.generated_at, "UTC")) + "</version>\n";
  x += "  <conference>\n    <title>" + XmlEscape(Title(feed)) + "</title>\n";
  x += "    <acronym>" + XmlEscape(FrabAcronym(feed.acronym)) + "</acronym>\n";
  if (!days.empty()) {
    x += "    <start>" + FormatIsoDate(FirstDay(e, days)) + "</start>\n";
    x += "    <end>" + FormatIsoDate(LastDay(e, days)) + "</end>\n";
  }
  x += "    <days>" + std::to_string(days.size()) + "</days>\n    <timeslot_duration>00:15</timeslot_duration>\n";
  if (IsHttpUrl(feed.base_url)) {
    x += "    <base_url>" + XmlEscape(feed.base_url) + "</base_url>\n";
    x += "    <url>" + XmlEscape(feed.base_url + "/editions/" + std::to_string(e.number)) + "</url>\n";
  }
  if (!e.time_zone.empty()) x += "    <time_zone_name>" + XmlEscape(e.time_zone) + "</time_zone_name>\n";
  x += "  </conference>\n";
  int index = 1;
  for (const auto& day : days) {
    x += "  <day index=\"" + std::to_string(index++) + "\" date=\"" + FormatIsoDate(day.date) + "\" start=\"" +
         DayBoundary(day.date, 0, e.time_zone) + "\" end=\"" + DayBoundary(day.date, 23, e.time_zone) + "\">\n";
    for (const auto& [room, sessions] : day.rooms) {
      x += "    <room name=\"" + XmlEscape(room) + "\" guid=\"" + Guid(feed, "room", room) + "\">\n";
      for (const auto* s : sessions) {
        x += "      <event id=\"" + std::to_string(s->id) + "\" guid=\"" +
             Guid(feed, "session", std::to_string(s->id)) + "\">\n";
        x += "        <room>" + XmlEscape(room) + "</room>\n";
        x += "        <title>" + XmlEscape(s->title) + "</title>\n";
        x += "        <subtitle></subtitle>\n";
        x += "        <type>" + ToString(s->kind) + "</type>\n";
        x += "        <date>" + FormatIsoWithOffset(s->start, e.time_zone) + "</date>\n";
        x += "        <start>" + Clock(s->start, e.time_zone) + "</start>\n";
        x += "        <duration>" + Duration(*s) + "</duration>\n";
        x += "        <abstract>" + XmlEscape(Abstract(*s)) + "</abstract>\n";
        x += "        <slug>" + XmlEscape(Slug(feed, *s)) + "</slug>\n";
        x += "        <track>" + XmlEscape(Track(e, *s)) + "</track>\n";
        x += "        <language>en</language>\n        <persons>\n";
        for (const auto& p : PublicPersons(feed, *s)) {
          x += "          <person id=\"" + std::to_string(p.id) + "\" guid=\"" + p.guid + "\">" + XmlEscape(p.name) +
               "</person>\n";
        }
        x += "        </persons>\n";
        // A closed-door session (Chatham House Rule) is not recorded: the schema's way to say so.
        if (s->closed()) {
          x += "        <recording>\n          <license></license>\n          <optout>true</optout>\n"
               "        </recording>\n";
        }
        x += "        <links>\n";
        if (!s->webcast_url.empty()) x += "          <link href=\"" + XmlEscape(s->webcast_url) + "\">Webcast</link>\n";
        x += "        </links>\n";
        if (IsHttpUrl(feed.base_url)) x += "        <url>" + XmlEscape(SessionUrl(feed, *s)) + "</url>\n";
        x += "      </event>\n";
      }
      x += "    </room>\n";
    }
    x += "  </day>\n";
  }
  return x + "</schedule>\n";
}

std::string ToFrabJson(const ProgrammeFeed& feed) {
  using nlohmann::json;
  const Edition& e = feed.edition;
  const auto days = DaysOf(feed);
  json conference = {{"acronym", FrabAcronym(feed.acronym)},
                     {"title", Title(feed)},
                     {"daysCount", days.size()},
                     {"timeslot_duration", "00:15"},
                     {"url", feed.base_url + "/editions/" + std::to_string(e.number)}};
  if (SchemaTimeZone(e.time_zone)) conference["time_zone_name"] = e.time_zone;
  if (!days.empty()) {
    conference["start"] = FormatIsoDate(FirstDay(e, days));
    conference["end"] = FormatIsoDate(LastDay(e, days));
  }
  std::set<std::string> room_names;
  json json_days = json::array();
  int index = 1;
  for (const auto& day : days) {
    json rooms = json::object();
    for (const auto& [room, sessions] : day.rooms) {
      room_names.insert(room);
      json events = json::array();
      for (const auto* s : sessions) {
        // "name" and "id" without "public_name": the schema's Person is oneOf frab's (public_name
        // and id) and pretalx's (name), so a person with all three would match both and fail.
        json persons = json::array();
        for (const auto& p : PublicPersons(feed, *s)) {
          persons.push_back({{"name", p.name}, {"id", p.id}, {"guid", p.guid}});
        }
        json links = json::array();
        if (!s->webcast_url.empty()) links.push_back({{"url", s->webcast_url}, {"title", "Webcast"}});
        json event = {{"id", s->id}, {"guid", Guid(feed, "session", std::to_string(s->id))},
                      {"date", FormatIsoWithOffset(s->start, e.time_zone)}, {"start", Clock(s->start, e.time_zone)},
                      {"end", FormatIsoWithOffset(s->end, e.time_zone)}, {"duration", Duration(*s)}, {"room", room},
                      {"slug", Slug(feed, *s)}, {"url", SessionUrl(feed, *s)}, {"title", s->title}, {"subtitle", ""},
                      {"track", Track(e, *s)}, {"type", ToString(s->kind)}, {"language", "en"},
                      {"abstract", Abstract(*s)}, {"description", ""}, {"persons", persons}, {"links", links}};
        // A closed-door session (Chatham House Rule) is neither recorded nor streamed; the schema
        // has no "closed", and its type ("working_group") and track say the rest.
        if (s->closed()) {
          event["do_not_record"] = true;
          event["do_not_stream"] = true;
        }
        events.push_back(event);
      }
      rooms[room] = events;
    }
    json_days.push_back({{"index", index++}, {"date", FormatIsoDate(day.date)},
                         {"day_start", DayBoundary(day.date, 0, e.time_zone)},
                         {"day_end", DayBoundary(day.date, 23, e.time_zone)}, {"rooms", rooms}});
  }
  json rooms = json::array();
  for (const auto& r : room_names) rooms.push_back({{"name", r}, {"guid", Guid(feed, "room", r)}});
  conference["rooms"] = rooms;
  conference["days"] = json_days;
  json out = {{"$schema", "https://c3voc.de/schedule/schema.json"},
              {"schedule", {{"version", FormatIsoWithOffset(feed.generated_at, "UTC")},
                            {"base_url", feed.base_url}, {"conference", conference}}}};
  return out.dump(2) + "\n";
}

std::string ToApiJson(const ProgrammeFeed& feed) {
  using nlohmann::json;
  const Edition& e = feed.edition;
  json sessions = json::array();
  for (const auto& s : feed.sessions) {
    // Every key is present; what a session lacks (or must not show: who chairs a closed
    // session) is null (src/web/programme/openapi.json).
    const auto text = [](const std::string& value) { return value.empty() ? json(nullptr) : json(value); };
    json item = {{"id", s.id},
                 {"title", s.title},
                 {"kind", ToString(s.kind)},
                 {"closed", s.closed()},
                 {"start", FormatIsoWithOffset(s.start, e.time_zone)},
                 {"end", FormatIsoWithOffset(s.end, e.time_zone)},
                 {"room", text(s.room)},
                 {"description", text(s.description)},
                 {"questions", s.questions},
                 {"working_group", s.kind == SessionKind::kWorkingGroup ? text(WorkingGroupName(e, s.working_group_id)) : json(nullptr)},
                 {"chair", s.closed() ? json(nullptr) : text(s.chair)},
                 {"speakers", s.closed() ? json(nullptr) : json(s.speakers)},
                 {"webcast_url", text(s.webcast_url)}};
    sessions.push_back(item);
  }
  json out = {{"format", "plenary.programme/1"},
              {"edition", {{"number", e.number}, {"title", e.title}, {"time_zone", e.time_zone}}},
              {"sessions", sessions}};
  return out.dump(2) + "\n";
}

}  // namespace plenary::report
