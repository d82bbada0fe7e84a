// An edition's phases on a real server (SQLite and PostgreSQL): a new edition is a draft that
// only the secretariat and the steering committee see; each step shows what it will do before
// it is taken, is refused with what is missing, and is taken only from the phase the page showed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/core/database.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::SignedIn;
using testing::TestServer;

class PhaseTest : public testing::ServerTest {};

TEST_P(PhaseTest, ADraftIsAnnouncedAfterAConfirmationAndTheNextStepNamesWhatIsMissing) {
  TestServer server(GetParam());
  {
    auto db = store::Database::Open(server.db_url(), 1);
    ASSERT_TRUE(db.ok());
    Edition e;
    e.series_id = store::SeriesStore((*db)->pool()).Primary()->id;
    e.number = 30;
    e.title = "Draft Seminar Thirty";
    e.city = "Seoul";
    e.country = "Republic of Korea";
    e.time_zone = "Asia/Seoul";
    e.year = 2030;
    e.start_date = LocalDate{2030, 6, 3};
    e.end_date = LocalDate{2030, 6, 5};
    e.working_groups = {{0, "Privacy", "", 1, 30, {}}};
    ASSERT_TRUE(store::EditionStore((*db)->pool()).Create(e, std::nullopt).ok());
  }
  Client anonymous(server.port());
  EXPECT_EQ(anonymous.Get("/editions/30").status, 404);
  EXPECT_EQ(anonymous.Get("/editions/30/programme").status, 404);
  EXPECT_THAT(anonymous.Get("/").body, Not(HasSubstr("Draft Seminar Thirty")));
  Client steering = SignedIn(server, "steering@asef.example");
  const auto seen = steering.Get("/manage/editions/30");
  ASSERT_EQ(seen.status, 200);
  EXPECT_THAT(seen.body, HasSubstr("<h2 id=\"phase-heading\">Phase: Draft (not public)</h2>"));
  EXPECT_THAT(seen.body, Not(HasSubstr("action=\"/manage/editions/30/phase\"")));  // only the secretariat steps
  EXPECT_EQ(steering.Post("/manage/editions/30/phase", {{"from", "draft"}, {"confirm", "yes"}}).status, 403);

  Client c = SignedIn(server, "secretariat@asef.example");
  auto hub = c.Get("/manage/editions/30");
  EXPECT_THAT(hub.body, HasSubstr("<li aria-current=\"step\" class=\"current\">Draft (not public)</li>"));
  EXPECT_THAT(hub.body, HasSubstr("Next step: <strong>Announce the edition</strong> (to “Announced”). Everything it needs is in place."));
  // The first press only says what will happen.
  const auto confirm = c.Post("/manage/editions/30/phase", {{"from", "draft"}});
  ASSERT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("The edition appears on the public home page"));
  EXPECT_EQ(anonymous.Get("/editions/30").status, 404);
  const auto done = c.Post("/manage/editions/30/phase", {{"from", "draft"}, {"confirm", "yes"}});
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.location, "/manage/editions/30?phase=1");
  EXPECT_EQ(anonymous.Get("/editions/30").status, 200);
  EXPECT_THAT(anonymous.Get("/").body, HasSubstr("Draft Seminar Thirty"));

  // The next step needs a registration deadline: named on the hub, refused when forced.
  hub = c.Get("/manage/editions/30?phase=1");
  EXPECT_THAT(hub.body, HasSubstr("The edition is now in the phase “Announced”."));
  EXPECT_THAT(hub.body, HasSubstr("<li>Missing: no registration deadline is set</li>"));
  EXPECT_THAT(hub.body, Not(HasSubstr("Open registration…")));
  const auto refused = c.Post("/manage/editions/30/phase", {{"from", "announced"}, {"confirm", "yes"}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_THAT(refused.body, HasSubstr("<li>no registration deadline is set</li>"));
  // A page showing an older phase cannot move the edition twice.
  const auto stale = c.Post("/manage/editions/30/phase", {{"from", "draft"}, {"confirm", "yes"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("The edition is in the phase “Announced” now, not the one this page showed."));
  EXPECT_THAT(c.Get("/manage/audit").body, HasSubstr("Phase draft -&gt; announced"));

  // The demo's edition takes registrations until its deadline: closing earlier is refused.
  hub = c.Get("/manage/editions/24");
  EXPECT_THAT(hub.body, HasSubstr("Phase: Registration open"));
  EXPECT_THAT(hub.body, HasSubstr("has not passed; to close earlier, move the deadline</li>"));
}

INSTANTIATE_TEST_SUITE_P(Databases, PhaseTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
