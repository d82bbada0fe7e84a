#include "domain/programme/programme.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

Edition Copenhagen() {
  Edition e;
  e.id = 1;
  e.number = 25;
  e.time_zone = "Europe/Copenhagen";
  e.start_date = LocalDate{2027, 10, 29};
  e.end_date = LocalDate{2027, 10, 31};
  e.working_groups = {{11, "Privacy", "", 25, 30, {}}, {12, "Equality", "", 25, 30, {}}};
  return e;
}

SessionDraft Draft(std::string title, std::string day, std::string start, std::string end) {
  SessionDraft d;
  d.title = std::move(title);
  d.day = std::move(day);
  d.start = std::move(start);
  d.end = std::move(end);
  return d;
}

TEST(Programme, StoresUtcAndShowsTheZone) {
  auto s = ParseSessionDraft(Draft("Opening Plenary", "2027-10-29", "09:30", "11:00"), Copenhagen(), {});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->start, 1824795000);  // 2027-10-29T07:30Z (CEST, UTC+2)
  EXPECT_EQ(s->end - s->start, 90 * 60);
  EXPECT_EQ(TimeRange(*s, "Europe/Copenhagen"), "09:30–11:00");
  EXPECT_EQ(TimeRange(*s, "Asia/Ulaanbaatar"), "15:30–17:00");
}

TEST(Programme, ASessionAcrossTheDaylightSavingChangeLastsItsRealLength) {
  // Clocks go back at 03:00 CEST on 31 October 2027: 01:30-04:00 on the wall is 3.5 hours.
  auto s = ParseSessionDraft(Draft("Night online session", "2027-10-31", "01:30", "04:00"), Copenhagen(), {});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->end - s->start, 3 * 3600 + 30 * 60);
  auto fold = ParseSessionDraft(Draft("In the fold", "2027-10-31", "02:30", "04:00"), Copenhagen(), {});
  ASSERT_FALSE(fold.ok());
  EXPECT_EQ(fold.error().fields()[0].field, "start");
}

TEST(Programme, RefusesEndBeforeStartAndDaysOutsideTheEdition) {
  auto r = ParseSessionDraft(Draft("Panel", "2027-11-02", "11:00", "10:00"), Copenhagen(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields(),
            (std::vector<FieldError>{
                {"end", "The session ends (10:00) before it starts (11:00); correct the times, or split a session that runs past midnight."},
                {"day", "2 November 2027 is outside the edition (29-31 October 2027); choose a day of the seminar."}}));
}

TEST(Programme, RefusesLinksWithSpacesOrLineBreaks) {
  auto d = Draft("Opening Plenary", "2027-10-29", "09:30", "11:00");
  d.webcast_url = "https://webcast.example.org/x\r\nBEGIN:VEVENT";
  d.join_url = "https://meet.example.org/a b";
  auto r = ParseSessionDraft(d, Copenhagen(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields(),
            (std::vector<FieldError>{
                {"join_url", "The join link must start with https:// and have no spaces or line breaks (copy it again "
                             "from the meeting invitation)."},
                {"webcast_url", "The webcast link must start with https:// and have no spaces or line breaks (copy it "
                                "again from the webcast page)."}}));
  d.webcast_url = "https://webcast.example.org/x?a=1&b=%20";
  d.join_url = "";
  EXPECT_TRUE(ParseSessionDraft(d, Copenhagen(), {}).ok());
}

TEST(Programme, RefusesATitleOnTwoLines) {
  auto r = ParseSessionDraft(Draft("Opening\r\nBcc: all@example.net", "2027-10-29", "09:30", "11:00"), Copenhagen(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields(),
            (std::vector<FieldError>{{"title", "Write the title on one line (it has a line break or a tab)."}}));
}

TEST(Programme, RefusesOverlappingSessionsOfOneGroupAndNamesTheOther) {
  auto first = Draft("Privacy I", "2027-10-30", "09:00", "12:00");
  first.kind = "working_group";
  first.working_group = "11";
  auto a = ParseSessionDraft(first, Copenhagen(), {});
  ASSERT_TRUE(a.ok());
  auto second = Draft("Privacy II", "2027-10-30", "11:30", "13:00");
  second.kind = "working_group";
  second.working_group = "11";
  auto b = ParseSessionDraft(second, Copenhagen(), {*a});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().fields()[0].message,
            "This overlaps \"Privacy I\" (30 October 2027, 09:00–12:00) of the same working group, which can meet in "
            "one place at a time; move one of them.");
  second.working_group = "12";  // another group may meet in parallel
  EXPECT_TRUE(ParseSessionDraft(second, Copenhagen(), {*a}).ok());
  second.working_group = "";
  EXPECT_EQ(ParseSessionDraft(second, Copenhagen(), {}).error().fields()[0].field, "working_group");
}

TEST(Programme, NamesSpeakerAndRoomClashesAndGroupsWithoutSessions) {
  auto e = Copenhagen();
  auto a = Draft("Keynote", "2027-10-29", "10:00", "11:00");
  a.speakers = "Dr. Virginia Dignum";
  a.room = "Hall A";
  auto b = Draft("Side panel", "2027-10-29", "10:30", "11:30");
  b.chair = "dr. virginia dignum";
  b.room = "hall a";
  auto wg = Draft("Privacy I", "2027-10-30", "09:00", "12:00");
  wg.kind = "working_group";
  wg.working_group = "11";
  std::vector<ProgrammeSession> sessions = {*ParseSessionDraft(a, e, {}), *ParseSessionDraft(b, e, {}),
                                            *ParseSessionDraft(wg, e, {})};
  sessions[2].start -= 4 * 86400;  // as if stored before the dates changed
  sessions[2].end -= 4 * 86400;
  const auto clashes = FindClashes(e, sessions);
  ASSERT_EQ(clashes.size(), 4u);
  EXPECT_EQ(clashes[0].kind, ClashKind::kSpeakerTwice);
  EXPECT_EQ(clashes[0].message,
            "dr. virginia dignum is in two places at once: \"Keynote\" (29 October 2027, 10:00–11:00) and \"Side panel\" "
            "(29 October 2027, 10:30–11:30). Move one session or change the speaker.");
  EXPECT_EQ(clashes[1].kind, ClashKind::kRoomTwice);
  EXPECT_EQ(clashes[2].kind, ClashKind::kOutsideEdition);
  EXPECT_EQ(clashes[3].message, "The working group \"Equality\" has no session yet. Add at least one.");
}

TEST(Programme, JoinLinksAreSentInEachPersonsMorning) {
  // An online session at 14:00 CEST on 27 May 2027 (12:00Z).
  const UtcSeconds start = *ToUtc({{2027, 5, 27}, 14, 0}, "Europe/Copenhagen");
  EXPECT_EQ(FormatIsoWithOffset(JoinLinkSendTime(start, "Europe/Copenhagen", 0), "Europe/Copenhagen"),
            "2027-05-27T07:00:00+02:00");
  // In Ulaanbaatar it starts at 20:00: the link comes at 07:00 there.
  EXPECT_EQ(FormatIsoWithOffset(JoinLinkSendTime(start, "Asia/Ulaanbaatar", 0), "Asia/Ulaanbaatar"),
            "2027-05-27T07:00:00+08:00");
  // In New York it starts at 08:00: an hour before, at 07:00 there too.
  EXPECT_EQ(FormatIsoWithOffset(JoinLinkSendTime(start, "America/New_York", 0), "America/New_York"),
            "2027-05-27T07:00:00-04:00");
  // In Honolulu it starts at 02:00: one hour before the start, not the morning after.
  EXPECT_EQ(FormatIsoWithOffset(JoinLinkSendTime(start, "Pacific/Honolulu", 0), "Pacific/Honolulu"),
            "2027-05-27T01:00:00-10:00");
  // Saved too late for the schedule: sent now.
  EXPECT_EQ(JoinLinkSendTime(start, "Europe/Copenhagen", start - 60), start - 60);
}

}  // namespace
}  // namespace plenary

namespace plenary {
namespace {

ProgrammeSession Timed(Id id, std::string title, UtcSeconds start) {
  ProgrammeSession s;
  s.id = id;
  s.title = std::move(title);
  s.start = start;
  s.end = start + 3600;
  return s;
}

TEST(ProgrammeDiff, NamesWhatWasAddedChangedAndRemoved) {
  const std::vector<ProgrammeSession> published = {Timed(1, "Opening", 1000), Timed(2, "Panel", 5000),
                                                   Timed(3, "Closing", 9000)};
  auto draft = published;
  draft.erase(draft.begin() + 2);           // Closing removed
  draft[0].start += 1800;                   // Opening moved...
  draft[0].end += 1800;
  draft[0].room = "Hall B";                 // ... to another room
  draft[0].join_url = "https://meet.example.org/o";
  draft.push_back(Timed(4, "Lunch", 7000));  // added
  const auto changes = DiffProgramme(published, draft);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].kind, SessionChange::Kind::kChanged);
  EXPECT_EQ(changes[0].session.id, 1);
  EXPECT_EQ(changes[0].was->start, 1000);
  EXPECT_EQ(changes[0].what, (std::vector<std::string>{"the time", "the room", "the link to join"}));
  EXPECT_EQ(changes[1].kind, SessionChange::Kind::kAdded);
  EXPECT_EQ(changes[1].session.title, "Lunch");
  EXPECT_EQ(changes[2].kind, SessionChange::Kind::kRemoved);
  EXPECT_EQ(changes[2].session.title, "Closing");
  EXPECT_TRUE(DiffProgramme(published, published).empty());
  EXPECT_EQ(DiffProgramme({}, published).size(), 3u);
}

}  // namespace
}  // namespace plenary
