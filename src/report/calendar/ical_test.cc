// iCalendar values that cannot end their line: a link stored before links were checked, with a
// line break in it, adds no event to the feed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/calendar/programme_feed.h"

namespace plenary::report {
namespace {

using ::testing::HasSubstr;

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ICalendar, ALinkWithALineBreakStaysOneValue) {
  ProgrammeFeed feed;
  feed.series_name = "ASEM Seminar";
  feed.acronym = "asem-hr-24";
  feed.edition.number = 24;
  feed.edition.time_zone = "Asia/Ulaanbaatar";
  ProgrammeSession s;
  s.id = 1;
  s.title = "Opening";
  s.start = 1812844800;
  s.end = s.start + 3600;
  s.webcast_url = "https://webcast.example.org/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Fake";
  feed.sessions.push_back(s);
  std::string ics = ToICalendar(feed);
  for (size_t at; (at = ics.find("\r\n ")) != std::string::npos;) ics.erase(at, 3);  // unfold
  EXPECT_EQ(Count(ics, "\r\nBEGIN:VEVENT"), 1);
  EXPECT_EQ(Count(ics, "\r\nSUMMARY:"), 1);
  EXPECT_THAT(ics, HasSubstr("URL:https://webcast.example.org/x%0D%0AEND:VEVENT%0D%0ABEGIN:VEVENT%0D%0ASUMMARY:Fake\r\n"));
}

}  // namespace
}  // namespace plenary::report
