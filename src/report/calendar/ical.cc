#include <cstdio>

#include "report/calendar/programme_feed.h"

namespace plenary::report {
namespace {

std::string UtcStamp(UtcSeconds t) {
  const auto local = ToLocal(t, "UTC");
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d00Z", local.date.year, local.date.month, local.date.day,
                local.hour, local.minute);
  return buf;
}

}  // namespace

namespace {

// A URI property's value (RFC 5545 3.3.13 takes it as it is, so nothing in it may end the line):
// spaces, control characters and bytes outside ASCII percent-encoded. Links are checked where
// they are typed; this keeps an old one harmless.
std::string UriValue(std::string_view uri) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : uri) {
    if (c <= 0x20 || c >= 0x7f || c == '"') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

std::string EscapeICalText(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string FoldICalLine(std::string_view line) {
  std::string out;
  size_t width = 0;
  for (size_t i = 0; i < line.size();) {
    // Never split a UTF-8 sequence: measure the whole character first.
    const unsigned char c = static_cast<unsigned char>(line[i]);
    const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, len));
    width += len;
    i += len;
  }
  return out + "\r\n";
}

std::string ToICalendar(const ProgrammeFeed& feed) {
  const Edition& e = feed.edition;
  std::string out;
  auto line = [&](std::string_view name, std::string_view value) { out += FoldICalLine(std::string(name) + ":" + std::string(value)); };
  line("BEGIN", "VCALENDAR");
  line("VERSION", "2.0");
  line("PRODID", "-//Plenary//Programme//EN");
  line("CALSCALE", "GREGORIAN");
  line("METHOD", "PUBLISH");
  line("X-WR-CALNAME", EscapeICalText(Ordinal(e.number) + " " + feed.series_name));
  line("X-WR-TIMEZONE", e.time_zone);
  for (const auto& s : feed.sessions) {
    line("BEGIN", "VEVENT");
    line("UID", "session-" + std::to_string(s.id) + "-" + feed.acronym + "@plenary");
    line("DTSTAMP", UtcStamp(feed.generated_at));
    line("DTSTART", UtcStamp(s.start));
    line("DTEND", UtcStamp(s.end));
    std::string summary = s.title;
    if (s.closed()) summary += " (closed working group)";
    line("SUMMARY", EscapeICalText(summary));
    std::string description = s.description;
    if (s.closed()) {
      description += std::string(description.empty() ? "" : "\n\n") +
                     "Closed-door session of the working group \"" + WorkingGroupName(e, s.working_group_id) + "\" under the Chatham House Rule.";
    } else if (!s.speakers.empty()) {
      description += std::string(description.empty() ? "" : "\n\n") + "Speakers: ";
      for (size_t i = 0; i < s.speakers.size(); ++i) description += (i ? ", " : "") + s.speakers[i];
    }
    if (!s.questions.empty()) {
      description += "\n\nQuestions for discussion:";
      for (const auto& q : s.questions) description += "\n- " + q;
    }
    const bool with_join = feed.audience == FeedAudience::kParticipant && s.online();
    if (with_join) description += "\n\nJoin: " + s.join_url;
    if (!description.empty()) line("DESCRIPTION", EscapeICalText(description));
    std::string location = s.room;
    if (with_join) location = location.empty() ? s.join_url : location + " / " + s.join_url;
    if (!location.empty()) line("LOCATION", EscapeICalText(location));
    if (!s.webcast_url.empty()) line("URL", UriValue(s.webcast_url));
    line("CATEGORIES", EscapeICalText(Label(s.kind)));
    line("CLASS", s.closed() ? "CONFIDENTIAL" : "PUBLIC");
    line("END", "VEVENT");
  }
  line("END", "VCALENDAR");
  return out;
}

}  // namespace plenary::report
