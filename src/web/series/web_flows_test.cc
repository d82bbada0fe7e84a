// Page flows against a real server on loopback with a real database (SQLite and PostgreSQL):
// forms that fail keep what was typed and change nothing, uploads, CSRF, cookies, sign-in.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <regex>
#include <thread>

#include "mail/smtp_peer.h"
#include "store/core/account_store.h"
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

std::vector<std::pair<std::string, std::string>> EditionForm(const std::string& number) {
  return {{"number", number},
          {"title", "Human Rights & Older Persons – 高齢者の人権"},
          {"hosts", "Ministry of Foreign Affairs of Thailand"},
          {"co_organisers", "Asia-Europe Foundation (ASEF)"},
          {"mode", "hybrid"},
          {"city", "Bangkok"},
          {"country", "Thailand"},
          {"time_zone", "Asia/Bangkok"},
          {"start_date", "2028-11-14"},
          {"end_date", "2028-11-16"},
          {"registration_deadline", "2028-09-30 17:00"},
          {"wg0_name", "Care and Support"},
          {"wg0_min_size", "20"},
          {"wg0_max_size", "30"},
          {"wg0_questions", "What gaps exist?\nWhich practices work?"},
          {"wg1_name", "Digital Inclusion"},
          {"wg1_min_size", "20"},
          {"wg1_max_size", "30"}};
}

std::vector<std::pair<std::string, std::string>> With(std::vector<std::pair<std::string, std::string>> form,
                                                      const std::string& key, const std::string& value) {
  for (auto& [k, v] : form) {
    if (k == key) v = value;
  }
  return form;
}

int CountOf(const std::string& text, const std::string& needle) {
  int n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

class WebFlowsTest : public testing::ServerTest {};

TEST_P(WebFlowsTest, ARejectedEditionFormKeepsEverythingAndStoresNothing) {
  TestServer server(GetParam());
  Client c = SignedIn(server);
  const auto audit_before = c.Get("/manage/audit").body;
  auto bad = With(With(EditionForm("25"), "end_date", "2028-11-13"), "registration_deadline", "2028-11-14 09:00");
  auto r = c.Post("/manage/editions", bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<title>Error: "));
  EXPECT_THAT(r.body, HasSubstr("The last day (2028-11-13) is before the first day (2028-11-14); swap them or correct one."));
  EXPECT_THAT(r.body, HasSubstr("The registration deadline must fall before the seminar opens on 14 November 2028"));
  EXPECT_THAT(r.body, HasSubstr("value=\"Human Rights &amp; Older Persons – 高齢者の人権\""));
  EXPECT_THAT(r.body, HasSubstr("id=\"end_date\" name=\"end_date\" type=\"date\" value=\"2028-11-13\" aria-invalid=\"true\""));
  EXPECT_THAT(r.body, HasSubstr(">What gaps exist?\nWhich practices work?</textarea>"));
  EXPECT_THAT(r.body, HasSubstr("value=\"Digital Inclusion\""));
  EXPECT_THAT(r.body, HasSubstr("id=\"mode_hybrid\" value=\"hybrid\" checked"));
  EXPECT_EQ(c.Get("/editions/25").status, 404);
  EXPECT_EQ(c.Get("/manage/audit").body, audit_before);

  r = c.Post("/manage/editions", EditionForm("25"));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.location, "/manage/editions/25?saved=1");
  const auto page = c.Get("/editions/25").body;
  EXPECT_THAT(page, HasSubstr("30 September 2028, 17:00 Bangkok time (Asia/Bangkok, UTC+07:00)"));
  EXPECT_THAT(page, HasSubstr("Bangkok, Thailand and online"));
  EXPECT_THAT(c.Get("/manage/audit").body, HasSubstr("Created edition 25 &quot;Human Rights &amp; Older Persons"));
}

TEST_P(WebFlowsTest, ASecondEditionWithTheSameNumberIsRefused) {
  TestServer server(GetParam());
  Client c = SignedIn(server);
  auto r = c.Post("/manage/editions", EditionForm("24"));
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("Edition number 24 is taken; choose another number or edit that edition."));
  EXPECT_THAT(r.body, Not(HasSubstr("Human Rights &amp; Digital Civic Space")));
  EXPECT_THAT(c.Get("/editions/24").body, HasSubstr("Human Rights &amp; Digital Civic Space"));
}

TEST_P(WebFlowsTest, AStaleEditIsRefusedWithoutLosingEitherVersion) {
  TestServer server(GetParam());
  Client first = SignedIn(server);
  Client second = SignedIn(server);
  const auto form_html = first.Get("/manage/editions/24/edit").body;
  ASSERT_THAT(form_html, HasSubstr("name=\"version\" value=\"1\""));
  // The demo's three groups stay (renamed): a removed group with people would need a move.
  const std::vector<std::pair<std::string, std::string>> third = {
      {"wg2_name", "Third group"}, {"wg2_min_size", "20"}, {"wg2_max_size", "30"}};
  auto edit = With(EditionForm("24"), "title", "First edit");
  edit.emplace_back("version", "1");
  edit.insert(edit.end(), third.begin(), third.end());
  EXPECT_EQ(first.Post("/manage/editions/24/edit", edit).status, 303);
  second.Get("/manage/editions/24/edit");
  auto stale = With(EditionForm("24"), "title", "Second edit");
  stale.emplace_back("version", "1");
  stale.insert(stale.end(), third.begin(), third.end());
  auto r = second.Post("/manage/editions/24/edit", stale);
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("Someone else saved this edition while you were editing it."));
  EXPECT_THAT(r.body, HasSubstr("value=\"Second edit\""));
  EXPECT_THAT(first.Get("/editions/24").body, HasSubstr("<h1>First edit</h1>"));
}

// Issue 12 item 8: a working group with people is never deleted silently. The demo's first group
// has a moderator, a rapporteur, a note-taker and two sessions; removing it names them and asks
// where they go; with a choice, everything moves in one change.
TEST_P(WebFlowsTest, RemovingAWorkingGroupInUseAsksWhereItsPeopleAndSessionsGo) {
  TestServer server(GetParam());
  // An accepted participant is a member of the first group, as a published assignment leaves it
  // (set in the database here: this feature ranks below participation).
  long long member = 0, account = 0, edition = 0, expression = 0, privacy_id = 0;
  std::string member_name;
  {
    auto db = store::Database::Open(server.db_url(), 2);
    ASSERT_TRUE(db.ok());
    const auto e = *store::EditionStore((*db)->pool()).Get(store::SeriesStore((*db)->pool()).Primary()->id, 24);
    edition = e.id;
    expression = e.working_groups[0].id;
    privacy_id = e.working_groups[1].id;
    soci::session session((*db)->pool());
    session << "SELECT id, account_id, full_name FROM registrations WHERE edition_id = :e ORDER BY id LIMIT 1 OFFSET 3",
        soci::use(edition), soci::into(member), soci::into(account), soci::into(member_name);
    session << "UPDATE registrations SET status = 'accepted', working_group_id = :g WHERE id = :id",
        soci::use(expression), soci::use(member);
    ASSERT_TRUE(store::AccountStore((*db)->pool())
                    .Grant(account, {Role::kGroupMember, ScopeKind::kWorkingGroup, expression, edition}, std::nullopt)
                    .ok());
  }
  Client c = SignedIn(server);
  // Row 0 ("Freedom of Expression Online") is cleared; rows 1 and 2 keep their groups.
  std::vector<std::pair<std::string, std::string>> edit;
  for (const auto& [key, value] : EditionForm("24")) {
    if (key.rfind("wg", 0) != 0) edit.emplace_back(key, value);
  }
  edit.insert(edit.end(), {{"version", "1"},
                           {"wg1_name", "Privacy and Surveillance"}, {"wg1_min_size", "20"}, {"wg1_max_size", "30"},
                           {"wg2_name", "Participation and Civic Space"}, {"wg2_min_size", "20"},
                           {"wg2_max_size", "30"}});
  c.Get("/manage/editions/24/edit");
  auto refused = c.Post("/manage/editions/24/edit", edit);
  ASSERT_EQ(refused.status, 409) << refused.body.substr(0, 2000);
  EXPECT_THAT(refused.body, HasSubstr("A working group you removed has people or sessions in it."));
  EXPECT_THAT(refused.body, HasSubstr("Where do the people and sessions of “Freedom of Expression Online” go?"));
  EXPECT_THAT(refused.body, HasSubstr("<li dir=\"auto\">Appointed: Demo Moderator (Moderator)</li>"));
  EXPECT_THAT(refused.body, HasSubstr("It has 1 member(s);"));
  EXPECT_THAT(refused.body, HasSubstr("<li dir=\"auto\">" + member_name + "</li>"));
  EXPECT_THAT(refused.body, HasSubstr("<li>Session: Working group session I</li>"));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(refused.body, m, std::regex("name=\"(move_\\d+)\"")));
  const std::string move = m[1];
  ASSERT_TRUE(std::regex_search(refused.body, m, std::regex("<option value=\"(\\d+)\">Privacy and Surveillance</option>")));
  const std::string privacy = m[1];
  EXPECT_THAT(c.Get("/editions/24/programme").body, HasSubstr("Freedom of Expression Online"));  // nothing changed

  edit.emplace_back(move, privacy);
  const auto saved = c.Post("/manage/editions/24/edit", edit);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  const auto programme = c.Get("/editions/24/programme").body;
  EXPECT_THAT(programme, Not(HasSubstr("Freedom of Expression Online")));
  EXPECT_THAT(programme, Not(HasSubstr("working group \"\"")));
  Client moderator = SignedIn(server, "moderator@example.org");
  EXPECT_THAT(moderator.Get("/me").body, HasSubstr("Moderator – Privacy and Surveillance (24th edition)"));
  // The member moved with the group's people: their registration and their access.
  auto db = store::Database::Open(server.db_url(), 2);
  ASSERT_TRUE(db.ok());
  soci::session session((*db)->pool());
  long long group = 0;
  session << "SELECT working_group_id FROM registrations WHERE id = :id", soci::use(member), soci::into(group);
  EXPECT_EQ(group, privacy_id);
  const auto grants = store::AccountStore((*db)->pool()).GrantsOf(account);
  EXPECT_NE(std::find(grants.begin(), grants.end(),
                      RoleGrant{Role::kGroupMember, ScopeKind::kWorkingGroup, privacy_id, edition}),
            grants.end());
}

TEST_P(WebFlowsTest, TheBackgroundPaperMustBeAPdfWithinTheLimit) {
  TestServer server(GetParam(), {{"PLENARY_MAX_UPLOAD_MB", "1"}});
  Client c = SignedIn(server);
  auto r = c.PostMultipart("/manage/editions/24/background-paper", {},
                           {{"paper", "paper.pdf", "application/pdf", "This is a Word file renamed to .pdf"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("That file is not a PDF (its content does not read as one, whatever its name)."));
  r = c.PostMultipart("/manage/editions/24/background-paper", {},
                      {{"paper", "big.pdf", "application/pdf", "%PDF-1.7\n" + std::string(1200 * 1024, 'x') + "\n%%EOF"}});
  EXPECT_EQ(r.status, 413);
  EXPECT_THAT(r.body, HasSubstr("larger than the server accepts: a file up to 1 MB"));
  std::string pdf = "%PDF-1.7\n% binary: ";
  pdf += std::string("\x00\x01\xff\xfe", 4);
  pdf += "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
  r = c.PostMultipart("/manage/editions/24/background-paper", {}, {{"paper", "Background paper – 24.pdf", "application/octet-stream", pdf}});
  EXPECT_EQ(r.status, 303);
  EXPECT_THAT(c.Get("/manage/editions/24").body, HasSubstr("Background paper – 24.pdf, 1 KB"));
  auto download = c.Get("/editions/24/background-paper");
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  Client anonymous(server.port());
  auto refused = anonymous.Get("/editions/24/background-paper");
  EXPECT_EQ(refused.status, 303);
  EXPECT_EQ(refused.location, "/sign-in?next=/editions/24/background-paper");
  EXPECT_THAT(anonymous.Get("/editions/24").body, HasSubstr("available to the edition's participants once they sign in"));
}

TEST_P(WebFlowsTest, FormsWithoutTheRightCsrfTokenAreRefused) {
  TestServer server(GetParam());
  Client c = SignedIn(server);
  Client other = SignedIn(server);
  auto r = c.Post("/manage/editions", EditionForm("26"), /*add_csrf=*/false);
  EXPECT_EQ(r.status, 403);
  EXPECT_THAT(r.body, HasSubstr("This form has expired"));
  c.set_csrf(other.csrf());
  EXPECT_EQ(c.Post("/manage/editions", EditionForm("26")).status, 403);
  EXPECT_EQ(c.Get("/editions/26").status, 404);
}

TEST_P(WebFlowsTest, SessionCookiesAreHttpOnlyLaxAndSecureBehindTls) {
  TestServer server(GetParam(), {{"PLENARY_SECURE_COOKIES", "true"}});
  Client c(server.port());
  c.Get("/sign-in");
  auto r = c.Post("/sign-in/link", {{"token", "nonsense"}});
  EXPECT_EQ(r.status, 410);
  const std::string link = server.SignInLink("steering@asef.example");
  Client d(server.port());
  d.Get(link.substr(link.find("/sign-in")));
  r = d.Post("/sign-in/link", {{"token", link.substr(link.find("token=") + 6)}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.location, "/manage");
  bool found = false;
  for (const auto& cookie : r.set_cookies) {
    if (cookie.rfind("plenary_session=", 0) != 0) continue;
    found = true;
    EXPECT_THAT(cookie, HasSubstr("; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=43200")) << cookie;
  }
  EXPECT_TRUE(found);
}

TEST_P(WebFlowsTest, PasswordsWorkAndRepeatedFailuresAreRateLimited) {
  TestServer server(GetParam());
  Client c = SignedIn(server);
  auto r = c.Post("/me/password", {{"password", "short"}, {"confirm", "short"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("Choose a password of at least 12 characters"));
  EXPECT_EQ(c.Post("/me/password", {{"password", "steppe horse felt tent"}, {"confirm", "steppe horse felt tent"}}).status, 303);
  EXPECT_EQ(c.Post("/sign-out", {}).status, 303);
  EXPECT_EQ(c.Get("/manage").status, 303);

  Client fresh(server.port());
  fresh.Get("/sign-in");
  r = fresh.Post("/sign-in", {{"email", "Secretariat@ASEF.example"}, {"password", "steppe horse felt tent"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.location, "/manage");

  Client attacker(server.port());
  attacker.Get("/sign-in");
  for (int i = 0; i < 5; ++i) {
    r = attacker.Post("/sign-in", {{"email", "secretariat@asef.example"}, {"password", "guess " + std::to_string(i)}});
    EXPECT_EQ(r.status, 401);
    EXPECT_THAT(r.body, HasSubstr("value=\"secretariat@asef.example\""));
  }
  r = attacker.Post("/sign-in", {{"email", "secretariat@asef.example"}, {"password", "steppe horse felt tent"}});
  EXPECT_EQ(r.status, 429);
  EXPECT_THAT(r.body, HasSubstr("Too many failed attempts. Wait 15 minutes"));
}

TEST_P(WebFlowsTest, AChangedPasswordNeedsTheCurrentOneAndSignsOutTheOtherBrowsers) {
  TestServer server(GetParam());
  const std::string old_password = "steppe horse felt tent", new_password = "river camel silk road";
  Client first = SignedIn(server);  // by a one-time link, just now: no current password needed
  EXPECT_EQ(first.Post("/me/password", {{"password", old_password}, {"confirm", old_password}}).status, 303);
  Client second(server.port());
  second.Get("/sign-in");
  EXPECT_EQ(second.Post("/sign-in", {{"email", "secretariat@asef.example"}, {"password", old_password}}).status, 303);
  auto page = second.Get("/me");
  EXPECT_THAT(page.body, HasSubstr("<label for=\"current\">Your current password</label>"));
  auto r = second.Post("/me/password", {{"current", "a wrong guess"}, {"password", new_password}, {"confirm", new_password}});
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("That is not your current password."));
  r = second.Post("/me/password", {{"current", old_password}, {"password", new_password}, {"confirm", new_password}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(second.Get("/me").status, 200);
  EXPECT_EQ(first.Get("/me").status, 303);  // the other browser is signed out
  Client third(server.port());
  third.Get("/sign-in");
  EXPECT_EQ(third.Post("/sign-in", {{"email", "secretariat@asef.example"}, {"password", old_password}}).status, 401);
  EXPECT_EQ(third.Post("/sign-in", {{"email", "secretariat@asef.example"}, {"password", new_password}}).status, 303);
}

TEST_P(WebFlowsTest, FortySimultaneousWrongPasswordsGetExactlyTheLimit) {
  TestServer server(GetParam());
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 40; ++i) {
    clients.push_back(std::make_unique<Client>(server.port()));
    clients.back()->Get("/sign-in");
  }
  std::atomic<int> refused_password = 0, limited = 0;
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i) {
    threads.emplace_back([&, i] {
      const auto r = clients[i]->Post("/sign-in", {{"email", "steering@asef.example"}, {"password", "guess " + std::to_string(i)}});
      if (r.status == 401) ++refused_password;
      if (r.status == 429) ++limited;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(refused_password.load(), 5);
  EXPECT_EQ(limited.load(), 35);
}

// Not a speed goal: the answer's time must not tell whether an account exists or has a
// password. Without a stand-in hash, a missing account answered 20 times faster.
TEST_P(WebFlowsTest, AWrongPasswordTakesAsLongWhetherOrNotTheAccountExists) {
  TestServer server(GetParam());
  Client owner = SignedIn(server);
  ASSERT_EQ(owner.Post("/me/password", {{"password", "steppe horse felt tent"}, {"confirm", "steppe horse felt tent"}}).status, 303);
  // The three kinds are tried in turn, five rounds, so a busy moment of the machine falls on
  // all of them alike; a leak shows as a ratio near 0.05, noise stays far above 0.3.
  const std::vector<std::string> emails = {"secretariat@asef.example", "rapporteur@example.org",
                                           "nobody.at.all@example.org"};
  std::vector<std::vector<double>> ms(3);
  for (int round = 0; round < 5; ++round) {
    for (size_t k = 0; k < emails.size(); ++k) {
      Client c(server.port());
      c.Get("/sign-in");
      const auto start = std::chrono::steady_clock::now();
      EXPECT_EQ(c.Post("/sign-in", {{"email", emails[k]}, {"password", "not the password"}}).status, 401);
      ms[k].push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
  }
  for (auto& m : ms) std::sort(m.begin(), m.end());
  const double with_password = ms[0][2], without_password = ms[1][2], no_account = ms[2][2];
  EXPECT_GT(no_account, with_password * 0.3) << no_account << " ms against " << with_password << " ms";
  EXPECT_GT(without_password, with_password * 0.3) << without_password << " ms against " << with_password << " ms";
}

TEST_P(WebFlowsTest, ASignInLinkArrivesByMailAndWorksOnce) {
  mail::testing::SmtpPeer peer;
  peer.Start();
  TestServer server(GetParam(), {{"PLENARY_SMTP_PORT", std::to_string(peer.port())}, {"PLENARY_MAIL_POLL_MS", "100"}});
  Client c(server.port());
  c.Get("/sign-in");
  auto r = c.Post("/sign-in/link/request", {{"link_email", "rapporteur@example.org"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("If an account exists for rapporteur@example.org, a sign-in link is on its way."));
  r = c.Post("/sign-in/link/request", {{"link_email", "nobody@example.org"}});
  EXPECT_THAT(r.body, HasSubstr("If an account exists for nobody@example.org, a sign-in link is on its way."));
  const auto messages = peer.WaitFor(1);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_THAT(messages[0], HasSubstr("rapporteur@example.org"));
  std::smatch m;
  const std::string text = mail::testing::SmtpPeer::TextOf(messages[0]);
  ASSERT_TRUE(std::regex_search(text, m, std::regex(R"(/sign-in/link\?token=([A-Za-z0-9_-]+))")));
  Client reader(server.port());
  EXPECT_EQ(reader.SignInWith("http://x" + m[0].str()).status, 303);
  EXPECT_THAT(reader.Get("/me").body, HasSubstr("Rapporteur – Freedom of Expression Online (24th edition)"));
  Client again(server.port());
  r = again.SignInWith("http://x" + m[0].str());
  EXPECT_EQ(r.status, 410);
  EXPECT_THAT(r.body, HasSubstr("That sign-in link has expired or was already used."));
  EXPECT_EQ(CountOf(mail::testing::SmtpPeer::TextOf(peer.Messages().front()), "/sign-in/link?token="), 1);
}

TEST_P(WebFlowsTest, FocalPointsEditNothingAndSeeOnlyTheirPartner) {
  TestServer server(GetParam());
  Client focal = SignedIn(server, "focal.point@mfa.mn.example");
  const auto me = focal.Get("/me").body;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(me, m, std::regex(R"rx(/manage/partners/(\d+)")rx")));
  const auto page = focal.Get("/manage/partners/" + m[1].str());
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Mongolia</h1>"));
  EXPECT_THAT(page.body, HasSubstr("Батбаяр Дорж (demo focal point)"));
  EXPECT_THAT(page.body, Not(HasSubstr("Add a focal point")));
}

INSTANTIATE_TEST_SUITE_P(Databases, WebFlowsTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
