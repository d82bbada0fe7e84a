#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "report/calendar/programme_feed.h"
#include "report/core/xml_text.h"

namespace plenary::report {
namespace {

// "01:30": a length of time as frab writes durations.
std::string Duration(const ProgrammeSession& s) {
  const long minutes = static_cast<long>((s.end - s.start) / 60);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld", minutes / 60, minutes % 60);
  return buf;
}

std::string Clock(UtcSeconds t, std::string_view zone) { return FormatClock(ToLocal(t, zone)); }

std::string Slug(const ProgrammeFeed& feed, const ProgrammeSession& s) {
  std::string slug = feed.acronym + "-" + std::to_string(s.id) + "-";
  for (unsigned char c : s.title) {
    if (std::isalnum(c)) {
      slug.push_back(static_cast<char>(std::tolower(c)));
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
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

}  // namespace

std::string ToFrabXml(const ProgrammeFeed& feed) {
  const Edition& e = feed.edition;
  const auto days = DaysOf(feed);
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n";
  x += "  <version>" + XmlEscape(FormatIsoWithOffset(feed.generated_at, "UTC")) + "</version>\n";
  x += "  <conference>\n    <title>" + XmlEscape(Ordinal(e.number) + " " + feed.series_name + ": " + e.title) + "</title>\n";
  x += "    <acronym>" + XmlEscape(feed.acronym) + "</acronym>\n";
  if (e.start_date) x += "    <start>" + FormatIsoDate(*e.start_date) + "</start>\n";
  if (e.end_date) x += "    <end>" + FormatIsoDate(*e.end_date) + "</end>\n";
  x += "    <days>" + std::to_string(days.size()) + "</days>\n    <timeslot_duration>00:15</timeslot_duration>\n  </conference>\n";
  int index = 1;
  for (const auto& day : days) {
    x += "  <day index=\"" + std::to_string(index++) + "\" date=\"" + FormatIsoDate(day.date) + "\" start=\"" +
         DayBoundary(day.date, 0, e.time_zone) + "\" end=\"" + DayBoundary(day.date, 23, e.time_zone) + "\">\n";
    for (const auto& [room, sessions] : day.rooms) {
      x += "    <room name=\"" + XmlEscape(room) + "\">\n";
      for (const auto* s : sessions) {
        x += "      <event id=\"" + std::to_string(s->id) + "\" guid=\"plenary-" + XmlEscape(feed.acronym) + "-" +
             std::to_string(s->id) + "\">\n";
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
        for (const auto& p : PublicPeople(*s)) x += "          <person>" + XmlEscape(p) + "</person>\n";
        x += "        </persons>\n        <links>\n";
        if (!s->webcast_url.empty()) x += "          <link href=\"" + XmlEscape(s->webcast_url) + "\">Webcast</link>\n";
        x += "        </links>\n      </event>\n";
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
  json conference = {{"acronym", feed.acronym},
                     {"title", Ordinal(e.number) + " " + feed.series_name + ": " + e.title},
                     {"daysCount", days.size()},
                     {"timeslot_duration", "00:15"},
                     {"time_zone_name", e.time_zone},
                     {"url", feed.base_url + "/editions/" + std::to_string(e.number)}};
  if (e.start_date) conference["start"] = FormatIsoDate(*e.start_date);
  if (e.end_date) conference["end"] = FormatIsoDate(*e.end_date);
  std::set<std::string> room_names;
  json json_days = json::array();
  int index = 1;
  for (const auto& day : days) {
    json rooms = json::object();
    for (const auto& [room, sessions] : day.rooms) {
      room_names.insert(room);
      json events = json::array();
      for (const auto* s : sessions) {
        json persons = json::array();
        for (const auto& p : PublicPeople(*s)) persons.push_back({{"public_name", p}});
        json links = json::array();
        if (!s->webcast_url.empty()) links.push_back({{"url", s->webcast_url}, {"title", "Webcast"}});
        events.push_back({{"id", s->id}, {"guid", "plenary-" + feed.acronym + "-" + std::to_string(s->id)},
                          {"date", FormatIsoWithOffset(s->start, e.time_zone)}, {"start", Clock(s->start, e.time_zone)},
                          {"duration", Duration(*s)}, {"room", room}, {"slug", Slug(feed, *s)},
                          {"title", s->title}, {"subtitle", ""}, {"track", Track(e, *s)}, {"type", ToString(s->kind)},
                          {"language", "en"}, {"abstract", Abstract(*s)}, {"description", ""},
                          {"closed", s->closed()}, {"persons", persons}, {"links", links}});
      }
      rooms[room] = events;
    }
    json_days.push_back({{"index", index++}, {"date", FormatIsoDate(day.date)},
                         {"day_start", DayBoundary(day.date, 0, e.time_zone)},
                         {"day_end", DayBoundary(day.date, 23, e.time_zone)}, {"rooms", rooms}});
  }
  json rooms = json::array();
  for (const auto& r : room_names) rooms.push_back({{"name", r}});
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
    json item = {{"id", s.id}, {"title", s.title}, {"kind", ToString(s.kind)}, {"closed", s.closed()},
                 {"start", FormatIsoWithOffset(s.start, e.time_zone)}, {"end", FormatIsoWithOffset(s.end, e.time_zone)},
                 {"room", s.room}, {"description", s.description}, {"questions", s.questions}};
    if (s.working_group_id) item["working_group"] = WorkingGroupName(e, s.working_group_id);
    if (!s.closed()) {
      item["chair"] = s.chair;
      item["speakers"] = s.speakers;
    }
    if (!s.webcast_url.empty()) item["webcast_url"] = s.webcast_url;
    if (feed.audience == FeedAudience::kParticipant && s.online()) item["join_url"] = s.join_url;
    sessions.push_back(item);
  }
  json out = {{"format", "plenary.programme/1"},
              {"edition", {{"number", e.number}, {"title", e.title}, {"time_zone", e.time_zone}}},
              {"sessions", sessions}};
  return out.dump(2) + "\n";
}

}  // namespace plenary::report
