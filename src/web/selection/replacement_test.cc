// A place given up after acceptance on a real server (SQLite and PostgreSQL), over the demo's
// 24th edition: the hub flags it, the page names it with the replacement the selection engine
// suggests from the waiting list, the steering committee sees but cannot promote, and one
// promotion accepts and mails the person, after which the place is no longer free.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/core/database.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::Count;
using testing::SignedIn;
using testing::TestServer;

class ReplacementTest : public testing::ServerTest {};

std::string Str(Id id) { return std::to_string(id); }

TEST_P(ReplacementTest, AFreedPlaceIsOfferedToTheWaitingListAndFilledOnce) {
  TestServer server(GetParam());
  std::vector<Registration> people;  // the demo's civil-society registrations, in id order
  {
    auto db = store::Database::Open(server.db_url(), 1);
    ASSERT_TRUE(db.ok());
    const auto e = *store::EditionStore((*db)->pool()).Get(store::SeriesStore((*db)->pool()).Primary()->id, 24);
    store::RegistrationStore registrations((*db)->pool());
    for (const auto& r : registrations.List(e.id)) {
      if (r.sector == Sector::kCivilSociety) people.push_back(r);
    }
    ASSERT_GE(people.size(), 3u);
    ASSERT_TRUE(registrations
                    .Decide(e.id, {{people[0].id, RegistrationStatus::kAccepted, "", std::nullopt},
                                   {people[1].id, RegistrationStatus::kWaitlisted, "", std::nullopt},
                                   {people[2].id, RegistrationStatus::kWaitlisted, "", std::nullopt}},
                            std::nullopt)
                    .ok());
    ASSERT_TRUE(registrations.Withdraw(e.id, people[0].id, "Visa refused", std::nullopt, std::nullopt, 1).ok());
  }
  Client c = SignedIn(server);
  EXPECT_THAT(c.Get("/manage/editions/24").body,
              HasSubstr("1 place(s) given up after acceptance are free. <a "
                        "href=\"/manage/editions/24/selection/replacements\">See the suggested replacement from the "
                        "waiting list</a>."));
  auto page = c.Get("/manage/editions/24/selection/replacements");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<p>0 people are accepted, 1 place(s) given up after acceptance are free, 2 people "
                                   "are on the waiting list.</p>"));
  EXPECT_THAT(page.body, HasSubstr("<tr><td>" + Str(people[0].id) + "</td><td>" + people[0].full_name + "</td>"));
  EXPECT_THAT(page.body, HasSubstr("chose from the waiting list the 1 people who keep the default balance of the "
                                   "selection page (no selection has been run) with the best scores"));
  // Equal scores: the earlier registration is suggested, for the place it would take.
  EXPECT_THAT(page.body, HasSubstr("<td>" + people[0].full_name + "</td>\n    <td><form method=\"post\" "
                                   "action=\"/manage/editions/24/selection/promote\">"));
  EXPECT_THAT(page.body, HasSubstr("<input type=\"hidden\" name=\"registration\" value=\"" + Str(people[1].id) +
                                   "\">\n      <input type=\"hidden\" name=\"replaces\" value=\"" +
                                   Str(people[0].id) + "\">\n      <button type=\"submit\">Promote " +
                                   people[1].full_name + "</button>"));
  EXPECT_THAT(page.body, HasSubstr("The accepted list now and with the suggestion"));
  EXPECT_EQ(Count(page.body, "<button type=\"submit\">Promote "), 3);  // the suggestion, and each on the list

  Client steering = SignedIn(server, "steering@asef.example");
  const auto seen = steering.Get("/manage/editions/24/selection/replacements");
  ASSERT_EQ(seen.status, 200);
  EXPECT_EQ(Count(seen.body, "<button type=\"submit\">Promote "), 0);
  EXPECT_EQ(steering.Post("/manage/editions/24/selection/promote",
                          {{"registration", Str(people[2].id)}, {"replaces", Str(people[0].id)}})
                .status,
            403);

  // The secretariat chooses the second person on the list instead of the suggestion.
  const auto done = c.Post("/manage/editions/24/selection/promote",
                           {{"registration", Str(people[2].id)}, {"replaces", Str(people[0].id)}});
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.location, "/manage/editions/24/selection/replacements?promoted=" + Str(people[2].id));
  page = c.Get(done.location);
  EXPECT_THAT(page.body, HasSubstr(people[2].full_name + " is accepted in the freed place"));
  EXPECT_THAT(page.body, HasSubstr("<p>No accepted participant has given up their place.</p>"));
  EXPECT_THAT(c.Get("/manage/editions/24").body, Not(HasSubstr("given up after acceptance are free")));
  const auto detail = c.Get("/manage/editions/24/applications/" + Str(people[2].id));
  EXPECT_THAT(detail.body, HasSubstr("Promoted from the waiting list into the place of registration " +
                                     Str(people[0].id)));
  EXPECT_THAT(detail.body, HasSubstr("Your participation in the 24th Informal ASEM Seminar on Human Rights"));
  EXPECT_THAT(c.Get("/manage/audit").body,
              HasSubstr("Registration " + Str(people[2].id) +
                        " promoted from the waiting list into the place of registration " + Str(people[0].id)));

  // The place is taken: a second promotion is refused with why, and nothing changes.
  const auto twice = c.Post("/manage/editions/24/selection/promote",
                            {{"registration", Str(people[1].id)}, {"replaces", Str(people[0].id)}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("Registration " + Str(people[0].id) +
                                    " is not a freed place of this edition (or someone has taken it already); "
                                    "reload the page to see the places still free."));
  EXPECT_THAT(c.Get("/manage/editions/24/applications/" + Str(people[1].id)).body,
              Not(HasSubstr("Promoted from the waiting list")));
  const auto empty = c.Post("/manage/editions/24/selection/promote", {{"registration", ""}});
  EXPECT_EQ(empty.status, 409);
  EXPECT_THAT(empty.body,
              HasSubstr("Choose a person from the waiting list and the place they take, then promote again."));
}

INSTANTIATE_TEST_SUITE_P(Databases, ReplacementTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
