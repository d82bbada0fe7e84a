// Walks every route with every role against a real server and compares each answer with the
// matrix in docs/ACCESS.md. Runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "store/core/scratch_database.h"
#include "web/server/router.h"
#include "web/server/test_server.h"
#include "web/site/site_pages.h"

namespace plenary::web {
namespace {

using testing::Client;
using testing::Contains;
using testing::TestServer;

struct MatrixRow {
  std::string method;
  std::string pattern;
  std::map<std::string, std::string> cells;  // role -> yes / no / own
};

const std::vector<std::string> kRoles = {"anonymous", "secretariat", "steering", "focal_point",
                                         "participant", "applicant", "moderator", "rapporteur", "note_taker"};

const std::map<std::string, std::string> kDemoEmails = {
    {"secretariat", "secretariat@asef.example"}, {"steering", "steering@asef.example"},
    {"focal_point", "focal.point@mfa.mn.example"}, {"participant", "participant@example.org"},
    {"applicant", "demo.participant1@example.org"},
    {"moderator", "moderator@example.org"}, {"rapporteur", "rapporteur@example.org"},
    {"note_taker", "note.taker@example.org"}};

std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  std::getline(ss, cell, '|');  // before the first bar
  while (std::getline(ss, cell, '|')) {
    const auto a = cell.find_first_not_of(' ');
    const auto b = cell.find_last_not_of(' ');
    out.push_back(a == std::string::npos ? "" : cell.substr(a, b - a + 1));
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

std::vector<MatrixRow> ReadMatrix() {
  std::ifstream in(std::string(PLENARY_SOURCE_DIR) + "/docs/ACCESS.md");
  std::vector<MatrixRow> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| GET ", 0) != 0 && line.rfind("| POST ", 0) != 0) continue;
    auto cells = Cells(line);
    MatrixRow row;
    row.method = cells[0].substr(0, cells[0].find(' '));
    row.pattern = cells[0].substr(cells[0].find(' ') + 1);
    for (size_t i = 0; i < kRoles.size(); ++i) row.cells[kRoles[i]] = cells.at(i + 1);
    rows.push_back(row);
  }
  return rows;
}

// Closed-door routes answer 404 to the signed-in who may not see them (their existence is not
// confirmed), not 403.
bool ClosedDoor(const std::string& pattern) { return pattern.find("/groups/{group}") != std::string::npos; }

std::string Fill(std::string pattern, const std::string& partner, const std::string& group) {
  auto replace = [&](const std::string& key, const std::string& value) {
    auto at = pattern.find(key);
    if (at != std::string::npos) pattern.replace(at, key.size(), value);
  };
  replace("{number}", "24");
  replace("{file}", "site.css");
  replace("{partner}", partner);
  replace("{contact}", "999999");
  replace("{session}", "1");
  replace("{registration}", "1");  // the demo's first registration
  replace("{invitation}", "999999");
  replace("{job}", "999999");
  replace("{token}", "not-a-real-token.ics");
  replace("{erasure}", "999999");
  replace("{mail}", "999999");  // not the demo's registration 1: an erasure cannot be undone
  replace("{group}", group);    // the demo's first group, where the moderator and others sit
  return pattern;
}

bool Refused(const testing::HttpResult& r, const std::string& pattern) {
  return r.status == 401 || r.status == 403 || (r.status == 303 && r.location.rfind("/sign-in?next=", 0) == 0) ||
         (ClosedDoor(pattern) && r.status == 404);
}

class AccessMatrixTest : public testing::ServerTest {};

TEST(AccessMatrix, DocumentsEveryRouteExactlyOnce) {
  std::set<std::string> documented, served;
  for (const auto& row : ReadMatrix()) {
    EXPECT_TRUE(documented.insert(row.method + " " + row.pattern).second) << row.pattern;
  }
  // Building the routes reads nothing from the database; any one will do.
  auto db = store::Database::Open(store::ScratchDatabaseUrl("sqlite"), 1);
  ASSERT_TRUE(db.ok()) << db.error().message();
  const WebConfig config;
  SitePages pages((*db)->pool(), config, SystemClock::Instance());
  for (const auto& route : pages.Routes()) {
    served.insert(std::string(route.method == Method::kGet ? "GET " : "POST ") + route.pattern);
  }
  EXPECT_EQ(documented, served);
}

TEST_P(AccessMatrixTest, EveryRoleGetsWhatTheMatrixSays) {
  TestServer server(GetParam());
  // The partner ids: Mongolia is the demo focal point's own partner, Australia is not.
  Client secretariat(server.port());
  secretariat.SignInWith(server.SignInLink("secretariat@asef.example"));
  const auto partners = secretariat.Get("/manage/partners").body;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(partners, m, std::regex(R"rx(/manage/partners/(\d+)">Mongolia<)rx")));
  const std::string own = m[1];
  ASSERT_TRUE(std::regex_search(partners, m, std::regex(R"rx(/manage/partners/(\d+)">Australia<)rx")));
  const std::string other = m[1];
  // The first group's id, from its moderator's own page.
  Client moderator(server.port());
  moderator.SignInWith(server.SignInLink("moderator@example.org"));
  const std::string moderator_page = moderator.Get("/me").body;
  ASSERT_TRUE(std::regex_search(moderator_page, m, std::regex(R"rx(/editions/24/groups/(\d+))rx")));
  const std::string group = m[1];
  // A background paper to read, so "yes" on that route means 200.
  const std::string pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  ASSERT_EQ(secretariat.PostMultipart("/manage/editions/24/background-paper", {}, {{"paper", "bp.pdf", "application/pdf", pdf}}).status, 303);

  auto rows = ReadMatrix();
  // Signing out ends the session, so it is checked last.
  std::stable_partition(rows.begin(), rows.end(), [](const MatrixRow& r) { return r.pattern != "/sign-out"; });
  for (const auto& role : kRoles) {
    Client client(server.port());
    if (role == "anonymous") {
      client.Get("/sign-in");
    } else {
      ASSERT_EQ(client.SignInWith(server.SignInLink(kDemoEmails.at(role))).status, 303) << role;
      client.Get("/me");
    }
    for (const auto& row : rows) {
      const std::string cell = row.cells.at(role);
      std::vector<std::pair<std::string, bool>> probes;  // path, expected allowed
      if (cell == "own") {
        probes = {{Fill(row.pattern, own, group), true}, {Fill(row.pattern, other, group), false}};
      } else {
        probes = {{Fill(row.pattern, own, group), cell == "yes"}};
      }
      for (const auto& [path, allowed] : probes) {
        const auto r = row.method == "GET" ? client.Get(path) : client.Post(path, {});
        EXPECT_EQ(!Refused(r, row.pattern), allowed) << role << " " << row.method << " " << path << " -> " << r.status << " "
                                        << r.location;
        const bool answers_200 = row.pattern != "/sign-in" && row.pattern != "/sign-in/link" &&
                                 row.pattern != "/calendar/{token}" &&
                                 row.pattern != "/invitations/{token}" &&
                                 row.pattern.find("{job}") == std::string::npos;  // no job in the demo: 404
        if (allowed && row.method == "GET" && answers_200) {
          EXPECT_EQ(r.status, 200) << role << " GET " << path;
        }
        if (!allowed && role != "anonymous") {
          EXPECT_EQ(r.status, ClosedDoor(row.pattern) ? 404 : 403) << role << " " << path;
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Databases, AccessMatrixTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
