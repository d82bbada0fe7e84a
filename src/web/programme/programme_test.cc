// The programme end to end on a real server (SQLite and PostgreSQL): building it with the
// clashes named, the public pages and feeds (validated by independent parsers: the c3voc
// schedule schemas through tests/formats/check_schedule.py, python3-icalendar), a participant's own view and private
// calendar, the draft published with a confirmation (clashes only with a reason), and join links
// scheduled through the outbox at publication, rescheduled and announced when a session moves.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "domain/core/zoned_time.h"
#include "store/core/outbox_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::SignedIn;
using testing::Count;
using testing::RunCommand;
using testing::TestServer;

std::string WriteTemp(const std::string& name, const std::string& body) {
  auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(getpid()));
  std::ofstream(path, std::ios::binary) << body;
  return path.string();
}

class ProgrammeTest : public testing::ServerTest {};

TEST_P(ProgrammeTest, TheFramSchedulePassesThePublishedSchemaAndHidesWhoAttendsClosedSessions) {
  TestServer server(GetParam());
  Client anonymous(server.port());
  const auto xml = anonymous.Get("/editions/24/schedule.xml");
  ASSERT_EQ(xml.status, 200);
  const auto json = anonymous.Get("/editions/24/schedule.json");
  ASSERT_EQ(json.status, 200);
  // The c3voc validator schemas (tests/formats/c3voc/), with format checks (uuid, uri, date-time).
  int code = -1;
  const auto out = RunCommand({"/usr/bin/python3", std::string(PLENARY_SOURCE_DIR) + "/tests/formats/check_schedule.py",
                               "--xml", WriteTemp("schedule.xml", xml.body), "--json",
                               WriteTemp("schedule.json", json.body)}, &code);
  EXPECT_EQ(code, 0) << out;
  EXPECT_EQ(Count(xml.body, "<event "), 18);
  EXPECT_EQ(Count(xml.body, "<day index="), 3);
  EXPECT_THAT(xml.body, HasSubstr("<acronym>asem_human_rights_24</acronym>"));
  EXPECT_THAT(xml.body, HasSubstr("<date>2027-06-08T09:00:00+08:00</date>"));
  // uuid5(e0a24709-ae23-4f0a-8d06-be40d91981d6, "asem-human-rights-24/session/1"): the same in every download.
  EXPECT_THAT(xml.body, HasSubstr("<event id=\"1\" guid=\"c9308298-4194-51f2-aaf0-20b773d2e161\">"));
  EXPECT_THAT(xml.body, HasSubstr("<url>http://127.0.0.1:" + std::to_string(server.port()) +
                                  "/editions/24/programme#session-1</url>"));
  EXPECT_THAT(xml.body, HasSubstr("<track>Working group: Privacy and Surveillance</track>"));
  EXPECT_THAT(xml.body, HasSubstr("Closed-door session under the Chatham House Rule."));
  EXPECT_THAT(xml.body, Not(HasSubstr("meet.example.org")));  // join links are never public
  EXPECT_THAT(json.body, HasSubstr("\"daysCount\": 3"));
  EXPECT_THAT(json.body, HasSubstr("\"time_zone_name\": \"Asia/Ulaanbaatar\""));
  EXPECT_THAT(json.body, HasSubstr("\"guid\": \"c9308298-4194-51f2-aaf0-20b773d2e161\""));
  // Closed sessions: title and time, nobody named, not recorded; "closed" is not in the schema.
  int closed = 0;
  const auto schedule = nlohmann::json::parse(json.body);
  for (const auto& day : schedule["schedule"]["conference"]["days"]) {
    for (const auto& [room, events] : day["rooms"].items()) {
      for (const auto& event : events) {
        EXPECT_FALSE(event.contains("closed")) << event.dump();
        if (event["type"] != "working_group") continue;
        ++closed;
        EXPECT_TRUE(event["persons"].empty()) << event.dump();
        EXPECT_EQ(event["do_not_record"], true) << event.dump();
        EXPECT_FALSE(event["title"].get<std::string>().empty());
        EXPECT_FALSE(event["date"].get<std::string>().empty());
      }
    }
  }
  EXPECT_EQ(closed, 6);
  // The first edition has neither dates nor sessions: no schedule (the schemas want a day).
  EXPECT_EQ(anonymous.Get("/editions/1/schedule.xml").status, 404);
  EXPECT_EQ(anonymous.Get("/editions/1/schedule.json").status, 404);
  const auto api = anonymous.Get("/api/editions/24/programme");
  EXPECT_THAT(api.body, HasSubstr("\"format\": \"plenary.programme/1\""));
  EXPECT_THAT(api.body, Not(HasSubstr("join_url")));
}

TEST_P(ProgrammeTest, ThePublicCalendarParsesWithTimesInUtc) {
  TestServer server(GetParam());
  Client anonymous(server.port());
  const auto ics = anonymous.Get("/editions/24/programme.ics");
  ASSERT_EQ(ics.status, 200);
  EXPECT_THAT(ics.body, HasSubstr("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  int code = -1;
  const auto parsed = RunCommand({"/usr/bin/python3", std::string(PLENARY_SOURCE_DIR) + "/tests/formats/check_ics.py",
                                  WriteTemp("programme.ics", ics.body)}, &code);
  ASSERT_EQ(code, 0) << parsed;
  EXPECT_EQ(Count(parsed, "@plenary|"), 18);
  // 09:00 in Ulaanbaatar (UTC+8) is 01:00 UTC.
  EXPECT_THAT(parsed, HasSubstr("|2027-06-08T01:00Z|2027-06-08T01:45Z|PUBLIC|Opening Plenary: opening remarks"));
  EXPECT_THAT(parsed, HasSubstr("|CONFIDENTIAL|Working group session I (closed working group)"));
  EXPECT_THAT(parsed, Not(HasSubstr("meet.example.org")));
}

TEST_P(ProgrammeTest, BuildingTheProgrammeRefusesBadSessionsAndNamesClashes) {
  TestServer server(GetParam());
  Client c = SignedIn(server, "secretariat@asef.example");
  auto page = c.Get("/manage/editions/24/programme");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, Not(HasSubstr("clash(es) to fix")));
  const std::vector<std::pair<std::string, std::string>> backwards = {
      {"title", "Side event"}, {"kind", "panel"}, {"day", "2027-06-08"}, {"start", "10:00"}, {"end", "09:00"},
      {"speakers", "Speaker One"}};
  auto r = c.Post("/manage/editions/24/programme", backwards);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("The session ends (09:00) before it starts (10:00)"));
  EXPECT_THAT(r.body, HasSubstr("value=\"Side event\""));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex(R"rx(<option value="(\d+)">Privacy and Surveillance)rx")));
  const std::string privacy = m[1];
  r = c.Post("/manage/editions/24/programme", {{"title", "Extra privacy session"}, {"kind", "working_group"},
                                               {"working_group", privacy}, {"day", "2027-06-09"}, {"start", "12:00"},
                                               {"end", "13:00"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("This overlaps &quot;Working group session I&quot; (9 June 2027, 09:00–12:30) of the same working group"));
  r = c.Post("/manage/editions/24/programme", {{"title", "Clashing panel"}, {"kind", "panel"}, {"day", "2027-06-08"},
                                               {"start", "09:30"}, {"end", "10:30"}, {"room", "Main Hall"},
                                               {"speakers", "Lead Rapporteur (demo)"}});
  EXPECT_EQ(r.status, 303);
  page = c.Get("/manage/editions/24/programme");
  // The new panel overlaps the opening plenary and the keynote panel, both in the Main Hall.
  EXPECT_THAT(page.body, HasSubstr("2 clash(es) to fix before publishing"));
  EXPECT_THAT(page.body, HasSubstr("The room &quot;Main Hall&quot; is used twice at once: &quot;Opening Plenary: opening remarks&quot; (8 June 2027, 09:00–09:45) and &quot;Clashing panel&quot; (8 June 2027, 09:30–10:30)."));
  EXPECT_THAT(page.body, HasSubstr("&quot;Clashing panel&quot; (8 June 2027, 09:30–10:30) and &quot;Keynote panel: keeping civic space open online&quot; (8 June 2027, 09:45–11:00)."));
  EXPECT_THAT(page.body, HasSubstr("The draft has 1 change(s) not yet published."));

  // The draft is not public; publishing it with clashes takes a recorded reason.
  Client anonymous(server.port());
  EXPECT_THAT(anonymous.Get("/editions/24/programme").body, Not(HasSubstr("Clashing panel")));
  EXPECT_THAT(anonymous.Get("/editions/24/programme.ics").body, Not(HasSubstr("Clashing panel")));
  const auto asked = c.Post("/manage/editions/24/programme/publish", {});
  ASSERT_EQ(asked.status, 200);
  EXPECT_THAT(asked.body, HasSubstr("<li>New: &quot;Clashing panel&quot; on 8 June 2027, 09:30 Ulaanbaatar time "
                                    "(Asia/Ulaanbaatar, UTC+08:00), Main Hall.</li>"));
  EXPECT_THAT(asked.body, HasSubstr("<h2 id=\"publish-clashes\">2 clash(es) in the programme</h2>"));
  EXPECT_THAT(asked.body, HasSubstr("<p>4 person(s) will get an e-mail listing the changes to the sessions they follow.</p>"));
  const auto refused = c.Post("/manage/editions/24/programme/publish", {{"confirm", "yes"}, {"reason", " "}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("The programme has clashes: give the reason for publishing it with them (it is "
                                      "recorded), or fix them first."));
  EXPECT_THAT(anonymous.Get("/editions/24/programme").body, Not(HasSubstr("Clashing panel")));
  const auto published = c.Post("/manage/editions/24/programme/publish",
                                {{"confirm", "yes"}, {"reason", "The panel shares the hall by agreement."}});
  ASSERT_EQ(published.status, 303);
  EXPECT_EQ(published.location, "/manage/editions/24/programme?published=1");
  EXPECT_THAT(anonymous.Get("/editions/24/programme").body, HasSubstr("Clashing panel"));
  EXPECT_THAT(c.Get(published.location).body, HasSubstr("The published programme is the draft as it stands."));
  EXPECT_THAT(c.Get("/manage/audit").body,
              HasSubstr("Programme published: 19 session(s), 4 change notice(s); 2 clash(es) published anyway: The "
                        "panel shares the hall by agreement."));
}

TEST_P(ProgrammeTest, AParticipantSeesPlenariesAndOwnGroupWithJoinLinksAndAPrivateCalendar) {
  TestServer server(GetParam());
  Client moderator = SignedIn(server, "moderator@example.org");
  EXPECT_EQ(moderator.Post("/me/time-zone", {{"time_zone", "Europe/Copenhagen"}}).status, 303);
  auto mine = moderator.Get("/editions/24/my-programme");
  ASSERT_EQ(mine.status, 200);
  // Plenaries, panels and breaks (12) plus the two sessions of the moderator's own group.
  EXPECT_EQ(Count(mine.body, "<li class=\"session "), 14);
  EXPECT_THAT(mine.body, HasSubstr("Your working group “Freedom of Expression Online”"));
  EXPECT_THAT(mine.body, Not(HasSubstr("“Privacy and Surveillance”")));
  EXPECT_THAT(mine.body, HasSubstr("(your time: 03:00–03:45, Europe/Copenhagen)"));
  EXPECT_THAT(mine.body, HasSubstr("href=\"https://meet.example.org/asem-hr-24-closing\""));
  auto made = moderator.Post("/editions/24/my-programme/calendar", {});
  ASSERT_EQ(made.status, 200);
  std::smatch found;
  ASSERT_TRUE(std::regex_search(made.body, found, std::regex("<code>http://127\\.0\\.0\\.1:" + std::to_string(server.port()) +
                                                             "/calendar/([A-Za-z0-9_-]+)\\.ics</code>")));
  const std::string token = found[1];
  Client stranger(server.port());
  auto feed = stranger.Get("/calendar/" + token + ".ics");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(Count(feed.body, "BEGIN:VEVENT"), 14);
  EXPECT_THAT(feed.body, HasSubstr("meet.example.org/asem-hr-24-closing"));
  moderator.Get("/editions/24/my-programme");
  EXPECT_EQ(moderator.Post("/editions/24/my-programme/calendar/revoke", {}).status, 303);
  EXPECT_EQ(stranger.Get("/calendar/" + token + ".ics").status, 404);
  Client anonymous(server.port());
  const auto public_page = anonymous.Get("/editions/24/programme");
  EXPECT_THAT(public_page.body, Not(HasSubstr("meet.example.org")));
  EXPECT_THAT(public_page.body, HasSubstr("registered participants find the join link in their programme"));
}

TEST_P(ProgrammeTest, PublishingSchedulesJoinLinksInEachPersonsMorningAndAChangeIsMailedAndRescheduled) {
  TestServer server(GetParam(), {{"PLENARY_MAIL_WORKER", "false"}});
  Client moderator = SignedIn(server, "moderator@example.org");
  EXPECT_EQ(moderator.Post("/me/time-zone", {{"time_zone", "Europe/Copenhagen"}}).status, 303);
  Client c = SignedIn(server, "secretariat@asef.example");
  auto r = c.Post("/manage/editions/24/programme", {{"title", "Online briefing"}, {"kind", "plenary"},
                                                    {"day", "2027-06-10"}, {"start", "13:00"}, {"end", "14:00"},
                                                    {"join_url", "https://meet.example.org/briefing"}});
  ASSERT_EQ(r.status, 303);
  // Read the outbox straight from the database the server uses.
  auto db = store::Database::Open(server.db_url(), 1);
  ASSERT_TRUE(db.ok());
  const auto queued = [&](const std::string& purpose, const std::string& about) {
    std::map<std::string, std::string> when;
    for (const auto& m : store::OutboxStore((*db)->pool()).Recent(200)) {
      if (m.purpose == purpose && m.status == store::MailStatus::kQueued &&
          m.body_text.find(about) != std::string::npos) {
        when[m.to_address] = FormatIsoWithOffset(m.next_attempt_at, "UTC");
      }
    }
    return when;
  };
  EXPECT_TRUE(queued("join_link", "Online briefing").empty());  // a draft schedules nothing
  const auto first = c.Post("/manage/editions/24/programme/publish", {});
  EXPECT_THAT(first.body, HasSubstr("<li>New: &quot;Online briefing&quot; on 10 June 2027, 13:00 Ulaanbaatar time"));
  ASSERT_EQ(c.Post("/manage/editions/24/programme/publish", {{"confirm", "yes"}}).status, 303);
  auto when = queued("join_link", "Online briefing");
  // Four people follow the plenary: the participant, moderator, rapporteur and note-taker.
  // It starts at 07:00 in Copenhagen, so the moderator gets the link an hour before, at 06:00.
  EXPECT_EQ(when.at("moderator@example.org"), "2027-06-10T04:00:00+00:00");
  EXPECT_EQ(when.at("participant@example.org"), "2027-06-09T23:00:00+00:00");  // 07:00 in Ulaanbaatar
  EXPECT_EQ(when.size(), 4u);

  // Moved by a day after publication: each follower is told, and the join links follow the time.
  const auto page = c.Get("/manage/editions/24/programme");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      page.body, m, std::regex(R"rx(/manage/editions/24/programme/(\d+)">Edit<span class="visually-hidden"> Online briefing)rx")));
  const std::string id = m[1];
  ASSERT_EQ(c.Post("/manage/editions/24/programme/" + id,
                   {{"title", "Online briefing"}, {"kind", "plenary"}, {"day", "2027-06-09"}, {"start", "13:00"},
                    {"end", "14:00"}, {"join_url", "https://meet.example.org/briefing"}})
                .status,
            303);
  EXPECT_EQ(queued("join_link", "Online briefing").at("participant@example.org"), "2027-06-09T23:00:00+00:00");
  const auto asked = c.Post("/manage/editions/24/programme/publish", {});
  EXPECT_THAT(asked.body, HasSubstr("<li>&quot;Online briefing&quot;: the time has changed. Now: 9 June 2027, 13:00 "
                                    "Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00).</li>"));
  EXPECT_THAT(asked.body, HasSubstr("<p>4 person(s) will get an e-mail listing the changes to the sessions they follow.</p>"));
  ASSERT_EQ(c.Post("/manage/editions/24/programme/publish", {{"confirm", "yes"}}).status, 303);
  when = queued("join_link", "Online briefing");
  EXPECT_EQ(when.size(), 4u);
  EXPECT_EQ(when.at("participant@example.org"), "2027-06-08T23:00:00+00:00");
  const auto notices = queued("programme_change", "the time has changed. Now: 9 June 2027");
  EXPECT_EQ(notices.size(), 4u);
  EXPECT_EQ(notices.count("moderator@example.org"), 1u);
  // The moderator reads the time in their own zone.
  bool in_their_zone = false;
  for (const auto& mail : store::OutboxStore((*db)->pool()).Recent(200)) {
    if (mail.purpose == "programme_change" && mail.to_address == "moderator@example.org") {
      in_their_zone = in_their_zone || mail.body_text.find("- \"Online briefing\": the time has changed. Now: 9 June "
                                                           "2027, 07:00 Copenhagen time") != std::string::npos;
    }
  }
  EXPECT_TRUE(in_their_zone);
}

// Issue 12's leaks, each a regression test: the steering committee does not get the join link
// of a closed working-group session, and an applicant who was never accepted gets neither the
// background paper nor the join links, nor the mails that carry them.
TEST_P(ProgrammeTest, JoinLinksAndPaperFollowStatusAndClosedLinksStayInTheGroup) {
  TestServer server(GetParam(), {{"PLENARY_MAIL_WORKER", "false"}});
  auto db = store::Database::Open(server.db_url(), 1);
  ASSERT_TRUE(db.ok());
  long long group = 0;
  {
    soci::session s((*db)->pool());
    s << "SELECT id FROM working_groups WHERE name = 'Freedom of Expression Online'", soci::into(group);
  }
  ASSERT_NE(group, 0);
  Client c = SignedIn(server, "secretariat@asef.example");
  ASSERT_EQ(c.Post("/manage/editions/24/programme",
                   {{"title", "Online drafting hour"}, {"kind", "working_group"}, {"day", "2027-06-09"},
                    {"start", "18:00"}, {"end", "19:00"}, {"working_group", std::to_string(group)},
                    {"join_url", "https://meet.example.org/wg-expression"}})
                .status,
            303);
  ASSERT_EQ(c.Post("/manage/editions/24/programme/publish", {{"confirm", "yes"}}).status, 303);

  Client moderator = SignedIn(server, "moderator@example.org");
  EXPECT_THAT(moderator.Get("/editions/24/my-programme").body,
              HasSubstr("href=\"https://meet.example.org/wg-expression\""));

  Client steering = SignedIn(server, "steering@asef.example");
  const auto theirs = steering.Get("/editions/24/my-programme");
  ASSERT_EQ(theirs.status, 200);
  EXPECT_THAT(theirs.body, HasSubstr("Online drafting hour"));  // the session is listed ...
  EXPECT_THAT(theirs.body, Not(HasSubstr("meet.example.org/wg-expression")));  // ... without its link
  const auto made = steering.Post("/editions/24/my-programme/calendar", {});
  std::smatch found;
  ASSERT_TRUE(std::regex_search(made.body, found, std::regex("/calendar/([A-Za-z0-9_-]+)\\.ics</code>")));
  const auto feed = Client(server.port()).Get("/calendar/" + std::string(found[1]) + ".ics");
  ASSERT_EQ(feed.status, 200);
  EXPECT_THAT(feed.body, HasSubstr("Online drafting hour"));
  EXPECT_THAT(feed.body, Not(HasSubstr("meet.example.org/wg-expression")));
  EXPECT_THAT(feed.body, HasSubstr("meet.example.org/asem-hr-24-closing"));  // an open session keeps its link

  // demo.participant1 applied and was never accepted.
  Client applicant = SignedIn(server, "demo.participant1@example.org");
  EXPECT_EQ(applicant.Get("/editions/24/me").status, 200);
  EXPECT_EQ(applicant.Get("/editions/24/my-programme").status, 403);
  EXPECT_EQ(applicant.Get("/editions/24/background-paper").status, 403);
  EXPECT_THAT(applicant.Get("/editions/24/programme").body, Not(HasSubstr("meet.example.org")));

  // The join-link mails of the closed session: its group's moderator, rapporteur and note-taker.
  std::set<std::string> to;
  for (const auto& m : store::OutboxStore((*db)->pool()).Recent(200)) {
    if (m.purpose == "join_link" && m.body_text.find("Online drafting hour") != std::string::npos) to.insert(m.to_address);
  }
  EXPECT_EQ(to, (std::set<std::string>{"moderator@example.org", "note.taker@example.org", "rapporteur@example.org"}));
}

INSTANTIATE_TEST_SUITE_P(Databases, ProgrammeTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
