// The selection's rules and lottery on a real server (SQLite and PostgreSQL), over the demo's
// 24th edition where every score is 0: the run publishes its lottery seed, and the person it
// picks among equals is the one anyone finds by hashing "<seed>:<registration id>"; the ASEM
// formula's per-partner rules are refused in words when they cannot hold together.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

#include "engine/selection/edition_selection.h"
#include "store/core/credentials.h"
#include "store/core/database.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using testing::Client;
using testing::SignedIn;
using testing::TestServer;

class SelectionTest : public testing::ServerTest {};

testing::HttpResult Finished(Client& c, const std::string& path) {
  for (int i = 0; i < 120; ++i) {
    auto page = c.Get(path);
    if (page.body.find("data-refresh") == std::string::npos) return page;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  ADD_FAILURE() << "the selection behind " << path << " did not finish in 60 s";
  return {};
}

TEST_P(SelectionTest, EqualScoresAreDecidedByAPublishedLotteryAnyoneCanRepeat) {
  TestServer server(GetParam(), {{"PLENARY_MAIL_WORKER", "false"}});
  std::vector<Registration> pool;
  std::set<Id> nominated;
  {
    auto db = store::Database::Open(server.db_url(), 1);
    ASSERT_TRUE(db.ok());
    const auto e = *store::EditionStore((*db)->pool()).Get(store::SeriesStore((*db)->pool()).Primary()->id, 24);
    pool = store::RegistrationStore((*db)->pool()).List(e.id);
    std::set<Id> nominated_invitations;
    for (const auto& i : store::InvitationStore((*db)->pool()).List(e.id)) {
      if (i.kind == InvitationKind::kNominated) nominated_invitations.insert(i.id);
    }
    for (const auto& r : pool) {
      if (nominated_invitations.count(r.invitation_id)) nominated.insert(r.id);
    }
  }
  ASSERT_GT(pool.size(), nominated.size() + 1);
  Client c = SignedIn(server);
  c.Get("/manage/editions/24/selection");
  // Every nominated official, and one more: the lottery picks who.
  const auto run = c.Post("/manage/editions/24/selection", {{"k", std::to_string(nominated.size() + 1)}});
  ASSERT_EQ(run.status, 303);
  const auto result = Finished(c, run.location.substr(run.location.find("/manage/")));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(result.body, m, std::regex("the published seed <code>([A-Za-z0-9_-]+)</code>")))
      << result.body.substr(0, 3000);
  const std::string seed = m[1];
  EXPECT_THAT(result.body, HasSubstr("the registrations are taken in the order of the SHA-256 of “" + seed +
                                     ":<var>registration id</var>”, lowest first. Anyone can repeat it."));
  const Registration* expected = nullptr;
  std::string lowest;
  for (const auto& r : pool) {
    if (nominated.count(r.id)) continue;
    const std::string key = store::Sha256Hex(seed + ":" + std::to_string(r.id));
    if (!expected || key < lowest) expected = &r, lowest = key;
  }
  ASSERT_NE(expected, nullptr);
  EXPECT_THAT(result.body, HasSubstr("<tr><td>" + std::to_string(expected->id) + "</td><td>" + expected->full_name +
                                     "</td>"));

  // One official per partner and at least two from each: Mongolia's official is not nominated
  // in the demo, so the rules are loosened in words.
  const auto strict = c.Post("/manage/editions/24/selection", {{"k", std::to_string(nominated.size() + 1)},
                                                               {"partner_min_government", "2"}});
  ASSERT_EQ(strict.status, 303);
  const auto refused = Finished(c, strict.location.substr(strict.location.find("/manage/")));
  EXPECT_THAT(refused.body, HasSubstr("The rules cannot all be met at once; the smallest change to them that makes a "
                                      "selection possible is below."));
  EXPECT_THAT(refused.body, HasSubstr("government officials from "));
  EXPECT_THAT(refused.body, ::testing::Not(HasSubstr("partner_sector")));
}

INSTANTIATE_TEST_SUITE_P(Databases, SelectionTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
