// Invitations end to end on a real server (SQLite and PostgreSQL): one person invited with a
// mail whose link is stored only as a hash, a duplicate and a government official refused,
// resend and revoke, CSV files refused with nothing stored, a 1,000-row import run as a job to
// the end, and nominations by a focal point within and over the partner's quota.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

#include "domain/core/clock.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/credentials.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "store/participation/approval_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "web/participation/invitation_pages.h"
#include "web/participation/participation_stores.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::Contains;
using testing::SignedIn;
using testing::TestServer;

class InvitationsTest : public testing::ServerTest {};

struct Db {
  explicit Db(const TestServer& server) : db(store::Database::Open(server.db_url(), 1).value()) {}
  std::unique_ptr<store::Database> db;
  store::InvitationStore invitations() { return store::InvitationStore(db->pool()); }
  std::vector<store::OutgoingMail> Mails(const std::string& purpose) {
    std::vector<store::OutgoingMail> out;
    for (auto& m : store::OutboxStore(db->pool()).Recent(5000)) {
      // The demo's own bounced invitation (app/demo_data.cc) is not one of this test's.
      if (m.purpose == purpose && m.to_address != "sokha.chea@minstry-justice.example.kh") out.push_back(m);
    }
    return out;
  }
  // The edition's invitations other than the demo's own hundred.
  std::vector<Invitation> Added() {
    std::vector<Invitation> out;
    for (auto& i : invitations().List(Edition24())) {
      if (i.email.rfind("demo.participant", 0) != 0) out.push_back(std::move(i));
    }
    return out;
  }
  Id Edition24() {
    long long id = 0;
    soci::session s(db->pool());
    s << "SELECT id FROM editions WHERE number = 24", soci::into(id);
    return id;
  }
};

std::string TokenIn(const std::string& body) {
  std::smatch m;
  if (!std::regex_search(body, m, std::regex(R"(/invitations/([A-Za-z0-9_-]{43}))"))) return "";
  return m[1];
}

const std::string kPath = "/manage/editions/24/invitations";

// The server's clock (PLENARY_CLOCK_NOW) decides, not the machine's: one minute before the
// demo's registration deadline (30 April 2027, 23:59 in Ulaanbaatar, 15:59 UTC) an invitation
// is sent and its link expires at the deadline; one minute after, sending is refused.
TEST_P(InvitationsTest, TheServersClockDecidesWhetherInvitationsAreStillOpen) {
  const std::map<std::string, std::string> before = {{"PLENARY_CLOCK_NOW", "2027-04-30T15:58"}};
  const std::map<std::string, std::string> after = {{"PLENARY_CLOCK_NOW", "2027-04-30T16:00"}};
  {
    TestServer server(GetParam(), before);
    Client c = SignedIn(server, "secretariat@asef.example");
    auto sent = c.Post(kPath, {{"email", "early@example.org"}, {"name", "Early Bird"}, {"sector", "academia"},
                               {"organisation", "University"}, {"country", "Mongolia"}});
    ASSERT_EQ(sent.status, 303) << sent.body;
    Db db(server);
    const auto invitation = db.invitations().FindByTokenHash(store::Sha256Hex(TokenIn(db.Mails("invitation").at(0).body_text)));
    ASSERT_TRUE(invitation.has_value());
    EXPECT_EQ(invitation->expires_at, *ToUtc(*ParseLocalDateTime("2027-04-30 23:59"), "Asia/Ulaanbaatar"));
  }
  TestServer server(GetParam(), after);
  Client c = SignedIn(server, "secretariat@asef.example");
  auto refused = c.Post(kPath, {{"email", "late@example.org"}, {"name", "Late Comer"}, {"sector", "academia"},
                                {"organisation", "University"}, {"country", "Mongolia"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Registration closed on 30 April 2027, 23:59 Ulaanbaatar time"));
  Db db(server);
  EXPECT_TRUE(db.Mails("invitation").empty());
}

TEST_P(InvitationsTest, OneInvitationIsSentWithASingleUseLinkKeptOnlyAsAHash) {
  TestServer server(GetParam());
  Client c = SignedIn(server, "secretariat@asef.example");
  auto r = c.Post(kPath, {{"email", " Ana.Lee@Example.org "}, {"name", "Ana Lee"}, {"sector", "civil_society"},
                          {"organisation", "Open Net"}, {"country", "Mongolia"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.location, kPath + "?done=sent");
  Db db(server);
  const auto mails = db.Mails("invitation");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].to_address, "ana.lee@example.org");
  EXPECT_TRUE(mails[0].subject.rfind("Invitation: ", 0) == 0) << mails[0].subject;
  EXPECT_THAT(mails[0].body_text, HasSubstr("Ulaanbaatar")) << mails[0].body_text;
  EXPECT_THAT(mails[0].body_text, HasSubstr("works once")) << mails[0].body_text;
  const std::string token = TokenIn(mails[0].body_text);
  ASSERT_FALSE(token.empty()) << mails[0].body_text;
  auto found = db.invitations().FindByTokenHash(store::Sha256Hex(token));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->email, "ana.lee@example.org");
  EXPECT_EQ(found->country, "Mongolia");
  EXPECT_EQ(found->kind, InvitationKind::kInvited);
  EXPECT_FALSE(db.invitations().FindByTokenHash(token).has_value());  // the raw token is not stored
  const auto page = c.Get(kPath);
  EXPECT_THAT(page.body, HasSubstr("<td>Ana Lee</td><td>ana.lee@example.org</td><td>Civil society</td>"));
  EXPECT_THAT(page.body, HasSubstr("<li>Waiting for registration: 1</li>"));

  // The same address again, and a government official: refused, everything typed kept.
  auto dup = c.Post(kPath, {{"email", "ana.lee@example.org"}, {"name", "Ana"}, {"sector", "academia"}});
  EXPECT_EQ(dup.status, 422);
  EXPECT_THAT(dup.body, HasSubstr("ana.lee@example.org has already been invited to this edition"));
  auto gov = c.Post(kPath, {{"email", "min@gov.example"}, {"name", "A Minister"}, {"sector", "government"},
                            {"organisation", "Ministry"}});
  EXPECT_EQ(gov.status, 422);
  EXPECT_THAT(gov.body, HasSubstr("they are nominated by their partner&#39;s focal point")) << gov.body;
  EXPECT_THAT(gov.body, HasSubstr("value=\"min@gov.example\""));
  EXPECT_THAT(gov.body, HasSubstr("value=\"A Minister\""));
  EXPECT_THAT(gov.body, HasSubstr("value=\"Ministry\""));
  EXPECT_EQ(db.Added().size(), 1u);
}

TEST_P(InvitationsTest, ResendReplacesTheLinkAndRevokeWithdrawsIt) {
  TestServer server(GetParam());
  Client c = SignedIn(server, "secretariat@asef.example");
  ASSERT_EQ(c.Post(kPath, {{"email", "bo@example.org"}, {"name", "Bo"}, {"sector", "academia"}}).status, 303);
  Db db(server);
  const std::string first = TokenIn(db.Mails("invitation").at(0).body_text);
  const auto invitation = db.invitations().FindByTokenHash(store::Sha256Hex(first));
  ASSERT_TRUE(invitation.has_value());
  const std::string id = std::to_string(invitation->id);
  auto r = c.Post(kPath + "/" + id + "/resend", {});
  ASSERT_EQ(r.status, 303);
  // The first message was still waiting: it carried the old link, so the new one replaced it.
  const auto mails = db.Mails("invitation");
  ASSERT_EQ(mails.size(), 1u);
  const std::string second = TokenIn(mails[0].body_text);
  EXPECT_NE(second, first);
  EXPECT_FALSE(db.invitations().FindByTokenHash(store::Sha256Hex(first)).has_value());
  auto now = db.invitations().FindByTokenHash(store::Sha256Hex(second));
  ASSERT_TRUE(now.has_value());
  EXPECT_EQ(now->sent_count, 2);

  ASSERT_EQ(c.Post(kPath + "/" + id + "/revoke", {}).status, 303);
  auto revoked = db.invitations().Get(db.Edition24(), invitation->id);
  ASSERT_TRUE(revoked.has_value());
  EXPECT_EQ(StateOf(*revoked, SystemClock::Instance().Now()), InvitationState::kRevoked);
  for (const auto& m : db.Mails("invitation")) {
    EXPECT_NE(m.status, store::MailStatus::kQueued) << "a revoked invitation's mail is still queued";
  }
  EXPECT_THAT(c.Get(kPath).body, HasSubstr("<li>Revoked: 1</li>"));
  EXPECT_EQ(c.Post(kPath + "/" + id + "/revoke", {}).status, 409);  // twice: nothing to revoke
}

TEST_P(InvitationsTest, BadFilesAreRefusedWithEveryProblemAndNothingStored) {
  TestServer server(GetParam());
  Client c = SignedIn(server, "secretariat@asef.example");
  const auto upload = [&](const std::string& csv) {
    return c.PostMultipart(kPath + "/import", {}, {{"file", "people.csv", "text/csv", csv}});
  };
  auto columns = upload("email,name,sector,phone\na@example.org,A,academia,1\n");
  EXPECT_EQ(columns.status, 422);
  EXPECT_THAT(columns.body, HasSubstr("line 1: Unknown column &quot;phone&quot;")) << columns.body;
  EXPECT_THAT(columns.body, Not(HasSubstr("/invitations/import/confirm")));
  auto latin1 = upload("email,name,sector\nj@example.org,J\xF6rg,academia\n");
  EXPECT_EQ(latin1.status, 422);
  EXPECT_THAT(latin1.body, HasSubstr("line 2: This line is not valid UTF-8")) << latin1.body;
  EXPECT_THAT(latin1.body, HasSubstr("save it as UTF-8"));
  auto utf16 = upload(std::string("\xFF\xFE" "e\0m\0", 6));
  EXPECT_EQ(utf16.status, 422);
  EXPECT_THAT(utf16.body, HasSubstr("line 1: The file is UTF-16"));
  auto dups = upload("email,name,sector\na@example.org,A,academia\nb@example.org,B,academia\nA@example.org,A2,nhri\n");
  EXPECT_EQ(dups.status, 422);
  EXPECT_THAT(dups.body, HasSubstr("line 4: a@example.org is also on line 2; invite each person once.")) << dups.body;
  EXPECT_THAT(dups.body, HasSubstr("3 people in the file; 2 without problems."));
  // A confirmation carrying a bad file is checked again and refused.
  auto forged = c.Post(kPath + "/import/confirm", {{"csv", "ZW1haWwsbmFtZQphQGV4YW1wbGUub3JnLEEK"}});  // email,name
  EXPECT_EQ(forged.status, 422);
  EXPECT_THAT(forged.body, HasSubstr("The column &quot;sector&quot; is missing"));
  EXPECT_EQ(c.PostMultipart(kPath + "/import", {}, {}).status, 422);
  Db db(server);
  EXPECT_TRUE(db.Added().empty());
  EXPECT_TRUE(store::JobStore(db.db->pool()).Recent(db.Edition24(), store::JobKind::kInvitationImport, 5).empty());
  EXPECT_TRUE(db.Mails("invitation").empty());
}

TEST_P(InvitationsTest, AThousandRowImportRunsAsAJobToTheEnd) {
  TestServer server(GetParam());
  Client c = SignedIn(server, "secretariat@asef.example");
  std::string csv = "Name,Sector,Email,Organisation,Country\r\n";
  for (int i = 1; i <= 1000; ++i) {
    csv += "\"Person " + std::to_string(i) + ", Jr.\",civil society,p" + std::to_string(i) +
           "@example.org,Org " + std::to_string(i) + "," + (i % 2 ? "Mongolia" : "International") + "\r\n";
  }
  auto preview = c.PostMultipart(kPath + "/import", {}, {{"file", "thousand.csv", "text/csv", csv}});
  ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 3000);
  EXPECT_THAT(preview.body, HasSubstr("1000 people in the file; 1000 without problems."));
  EXPECT_THAT(preview.body, HasSubstr("<td>2</td><td>Person 1, Jr.</td><td>p1@example.org</td>"));
  // (std::regex recurses per character: too deep for a 100 kB value.)
  const std::string marker = "name=\"csv\" value=\"";
  const auto at = preview.body.find(marker);
  ASSERT_NE(at, std::string::npos);
  const auto from = at + marker.size();
  const std::string carried = preview.body.substr(from, preview.body.find('"', from) - from);
  ASSERT_GT(carried.size(), 50000u);
  Db db(server);
  EXPECT_TRUE(db.Added().empty());  // nothing before the confirmation
  auto confirmed = c.Post(kPath + "/import/confirm", {{"csv", carried}, {"filename", "thousand.csv"}});
  ASSERT_EQ(confirmed.status, 303);
  ASSERT_TRUE(std::regex_match(confirmed.location, std::regex(R"(/manage/editions/24/jobs/\d+)"))) << confirmed.location;
  testing::HttpResult page;
  bool saw_refresh = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(180);
  while (std::chrono::steady_clock::now() < deadline) {
    page = c.Get(confirmed.location);
    ASSERT_EQ(page.status, 200);
    ASSERT_THAT(page.body, HasSubstr("<progress id=\"progress\" max=\"1000\""));
    if (Contains(page.body, "<strong>Done.</strong>") || Contains(page.body, "<strong>Failed.</strong>")) break;
    saw_refresh = saw_refresh || Contains(page.body, "data-refresh=\"1\"");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_TRUE(saw_refresh);
  EXPECT_THAT(page.body, HasSubstr("<strong>Done.</strong> 1000 invitations sent.")) << page.body;
  EXPECT_THAT(page.body, HasSubstr("value=\"1000\""));
  EXPECT_THAT(page.body, Not(HasSubstr("data-refresh")));
  EXPECT_EQ(db.Added().size(), 1000u);
  EXPECT_EQ(db.Mails("invitation").size(), 1000u);
  auto p1 = db.invitations().FindByEmail(db.Edition24(), "p1@example.org");
  ASSERT_TRUE(p1.has_value());
  EXPECT_EQ(p1->name, "Person 1, Jr.");
  EXPECT_EQ(p1->country, "Mongolia");
  // The same file again: every address is now already invited, each named.
  auto again = c.PostMultipart(kPath + "/import", {}, {{"file", "thousand.csv", "text/csv", csv}});
  EXPECT_EQ(again.status, 422);
  EXPECT_THAT(again.body, HasSubstr("line 1001: p1000@example.org has already been invited to this edition"));
}

// A worker that died after committing some batches: the job is claimed again and its handler
// run once more; it must skip what was stored and finish the rest, with one mail per person.
TEST_P(InvitationsTest, ARerunImportSkipsTheRowsAnEarlierRunStored) {
  TestServer server(GetParam());
  Db db(server);
  store::SeriesStore series(db.db->pool());
  store::EditionStore editions(db.db->pool());
  store::PartnerStore partners(db.db->pool());
  store::AccountStore accounts(db.db->pool());
  store::InvitationStore invitations(db.db->pool());
  store::RegistrationStore registrations(db.db->pool());
  store::ApprovalStore approvals(db.db->pool());
  store::JobStore jobs(db.db->pool());
  store::OutboxStore outbox(db.db->pool());
  ParticipationStores stores{series, editions, partners, accounts, invitations, registrations, approvals, jobs, outbox};
  const WebConfig config;
  const auto& clock = SystemClock::Instance();
  const JobHandler run_import = InvitationImportJobHandler(stores, config, clock);
  std::string csv = "email,name,sector\n";
  for (int i = 1; i <= 130; ++i) csv += "r" + std::to_string(i) + "@example.org,R " + std::to_string(i) + ",academia\n";
  store::Job job;
  job.id = 424242;  // not claimable by the server's worker: never enqueued
  job.edition_id = db.Edition24();
  job.kind = store::JobKind::kInvitationImport;
  job.input = csv;
  job.total_count = 130;
  // The first run's committed batch: rows 1-50, created for this job.
  const auto edition = editions.GetById(db.Edition24());
  ASSERT_TRUE(edition.has_value());
  std::vector<store::NewInvitation> first;
  for (int i = 1; i <= 50; ++i) {
    Invitation inv;
    inv.email = "r" + std::to_string(i) + "@example.org";
    inv.name = "R " + std::to_string(i);
    inv.sector = Sector::kAcademia;
    inv.expires_at = clock.Now() + 86400;
    store::OutgoingMail mail;
    mail.subject = "Invitation";
    mail.purpose = "invitation";
    first.push_back({inv, "hash-" + std::to_string(i), mail});
    first.back().invitation.edition_id = edition->id;
  }
  ASSERT_TRUE(invitations.Create(first, std::nullopt, job.id).ok());
  std::vector<std::pair<int, int>> reports;
  auto outcome = run_import(job, [&](int done, int total, std::string_view) {
    reports.emplace_back(done, total);
  });
  ASSERT_TRUE(outcome.ok()) << outcome.error().message();
  EXPECT_EQ(outcome->message, "130 invitations sent.");
  EXPECT_EQ(invitations.CountForJob(job.id), 130);
  EXPECT_EQ(db.Added().size(), 130u);
  EXPECT_EQ(db.Mails("invitation").size(), 130u);
  ASSERT_FALSE(reports.empty());
  EXPECT_EQ(reports.front(), std::make_pair(100, 130));  // rows 51-100: the first new batch of 50
  EXPECT_EQ(reports.back(), std::make_pair(130, 130));
  // A third run finds everything done and sends nothing more.
  auto again = run_import(job, [](int, int, std::string_view) {});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->message, "130 invitations sent.");
  EXPECT_EQ(db.Mails("invitation").size(), 130u);
}

TEST_P(InvitationsTest, AFocalPointNominatesThroughTheRequestLinkWithinTheQuota) {
  TestServer server(GetParam());
  Client secretariat = SignedIn(server, "secretariat@asef.example");
  const auto partners = secretariat.Get("/manage/partners").body;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(partners, m, std::regex(R"rx(/manage/partners/(\d+)">Mongolia<)rx")));
  const std::string mongolia = m[1];
  ASSERT_TRUE(std::regex_search(partners, m, std::regex(R"rx(/manage/partners/(\d+)">Australia<)rx")));
  const std::string australia = m[1];
  ASSERT_EQ(secretariat.Get("/manage/editions/24/nominations").status, 200);
  auto asked = secretariat.Post("/manage/editions/24/nominations/request", {});
  ASSERT_EQ(asked.status, 303);
  Db db(server);
  std::string link;
  for (const auto& mail : db.Mails("nomination_request")) {
    if (mail.to_address == "focal.point@mfa.mn.example") link = mail.body_text;
  }
  ASSERT_TRUE(std::regex_search(link, m, std::regex(R"((/sign-in/link\?token=[A-Za-z0-9_-]+)&next=(\S+))")))
      << link;
  const std::string token = std::string(m[1]).substr(std::string(m[1]).find('=') + 1);
  EXPECT_EQ(std::string(m[2]), "/editions/24/nominations/" + mongolia);
  Client focal(server.port());
  auto confirm = focal.Get(std::string(m[1]) + "&next=" + std::string(m[2]));
  ASSERT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("name=\"next\" value=\"/editions/24/nominations/" + mongolia + "\""));
  auto signed_in = focal.Post("/sign-in/link", {{"token", token}, {"next", "/editions/24/nominations/" + mongolia}});
  ASSERT_EQ(signed_in.status, 303);
  EXPECT_EQ(signed_in.location, "/editions/24/nominations/" + mongolia);
  const std::string own = "/editions/24/nominations/" + mongolia;
  auto page = focal.Get(own);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Mongolia may nominate 1 government official for the 24th edition"));
  EXPECT_EQ(focal.Get("/editions/24/nominations/" + australia).status, 403);
  EXPECT_EQ(focal.Post("/editions/24/nominations/" + australia, {{"name", "X"}, {"email", "x@gov.au.example"}}).status,
            403);

  auto bad = focal.Post(own, {{"name", ""}, {"email", "nope"}, {"organisation", "MFA"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("Give the official&#39;s name."));
  EXPECT_THAT(bad.body, HasSubstr("value=\"MFA\""));
  auto ok = focal.Post(own, {{"name", "Bat Dorj"}, {"email", "bat.dorj@mfa.mn.example"},
                             {"organisation", "Director, Ministry of Foreign Affairs"}});
  ASSERT_EQ(ok.status, 303);
  auto nominee = db.invitations().FindByEmail(db.Edition24(), "bat.dorj@mfa.mn.example");
  ASSERT_TRUE(nominee.has_value());
  EXPECT_EQ(nominee->kind, InvitationKind::kNominated);
  EXPECT_EQ(nominee->sector, Sector::kGovernment);
  EXPECT_EQ(nominee->country, "Mongolia");
  EXPECT_EQ(std::to_string(nominee->partner_id.value_or(0)), mongolia);
  EXPECT_EQ(db.Mails("invitation").size(), 1u);
  EXPECT_THAT(focal.Get(own).body, HasSubstr("<td>Bat Dorj</td>"));
  auto over = focal.Post(own, {{"name", "Second"}, {"email", "second@mfa.mn.example"}});
  EXPECT_EQ(over.status, 422);
  EXPECT_THAT(over.body, HasSubstr("The quota of Mongolia for this edition is 1 government official")) << over.body;
  EXPECT_THAT(over.body, HasSubstr("value=\"second@mfa.mn.example\""));
  // The secretariat raises the quota; the second nomination goes through.
  ASSERT_EQ(secretariat.Post("/manage/editions/24/nominations/quotas",
                             {{"partner", mongolia}, {"sector", "government"}, {"quota", "2"}}).status, 303);
  EXPECT_EQ(focal.Post(own, {{"name", "Second"}, {"email", "second@mfa.mn.example"}}).status, 303);
  EXPECT_EQ(db.invitations().Nominations(db.Edition24(), std::stoll(mongolia)).size(), 2u);
  const auto overview = secretariat.Get("/manage/editions/24/nominations").body;
  const auto row = overview.find("/editions/24/nominations/" + mongolia + "\">Mongolia</a>");
  ASSERT_NE(row, std::string::npos);
  const std::string cells = overview.substr(row, overview.find("</tr>", row) - row);
  EXPECT_THAT(cells, HasSubstr("<td>Government: 2</td><td>2</td>")) << cells;
  EXPECT_THAT(cells, Not(HasSubstr("Not yet"))) << cells;  // asked above
  EXPECT_EQ(secretariat.Post("/manage/editions/24/nominations/quotas",
                             {{"partner", mongolia}, {"sector", "government"}, {"quota", "lots"}}).status, 422);
}

// Pressing "Ask partners to nominate" twice mails nobody twice; one partner is asked again
// from its row.
TEST_P(InvitationsTest, AskingAgainMailsOnlyThePartnersNotAskedYet) {
  TestServer server(GetParam());
  Client secretariat = SignedIn(server, "secretariat@asef.example");
  std::smatch m;
  const auto partners = secretariat.Get("/manage/partners").body;
  ASSERT_TRUE(std::regex_search(partners, m, std::regex(R"rx(/manage/partners/(\d+)">Mongolia<)rx")));
  const std::string mongolia = m[1];
  Db db(server);
  // Only Mongolia has a focal point in the demo. With its quota at 0 there is nothing to ask.
  const auto quota = [&](const std::string& n) {
    return secretariat.Post("/manage/editions/24/nominations/quotas",
                            {{"partner", mongolia}, {"sector", "government"}, {"quota", n}}).status;
  };
  ASSERT_EQ(quota("0"), 303);
  auto full = secretariat.Post("/manage/editions/24/nominations/request", {});
  EXPECT_EQ(full.location, "/manage/editions/24/nominations?done=asked&partners=0&already=0&full=1");
  EXPECT_THAT(secretariat.Get(full.location).body,
              HasSubstr("No partner was asked. 1 partner(s) with their quota filled were not asked."));
  EXPECT_EQ(db.Mails("nomination_request").size(), 0u);
  ASSERT_EQ(quota("1"), 303);
  auto first = secretariat.Post("/manage/editions/24/nominations/request", {});
  EXPECT_EQ(first.location, "/manage/editions/24/nominations?done=asked&partners=1&already=0&full=0");
  const size_t mails = db.Mails("nomination_request").size();
  EXPECT_EQ(mails, 1u);
  auto second = secretariat.Post("/manage/editions/24/nominations/request", {});
  EXPECT_EQ(second.location, "/manage/editions/24/nominations?done=asked&partners=0&already=1&full=0");
  EXPECT_EQ(db.Mails("nomination_request").size(), mails);
  const auto overview = secretariat.Get(second.location).body;
  EXPECT_THAT(overview, HasSubstr("No partner was asked. 1 partner(s) asked before were not asked again; use &quot;Ask again&quot; in their "
                                  "row.")) << overview;
  EXPECT_THAT(overview, HasSubstr("Ask again<span class=\"visually-hidden\"> for Mongolia</span>"));

  auto again = secretariat.Post("/manage/editions/24/nominations/" + mongolia + "/request", {});
  ASSERT_EQ(again.status, 303);
  EXPECT_EQ(again.location, "/manage/editions/24/nominations?done=asked-again&partner=" + mongolia);
  const auto all = db.Mails("nomination_request");
  ASSERT_EQ(all.size(), mails + 1);
  EXPECT_EQ(all.back().to_address, "focal.point@mfa.mn.example");
  EXPECT_THAT(secretariat.Get(again.location).body,
              HasSubstr("The focal points of Mongolia were sent a new sign-in link to its nomination page."));
  EXPECT_EQ(secretariat.Post("/manage/editions/24/nominations/999999/request", {}).status, 404);
  EXPECT_EQ(db.Mails("nomination_request").size(), mails + 1);
}

TEST_P(InvitationsTest, ASignInLinkLeadsOnlyToALocalNextPath) {
  TestServer server(GetParam());
  const auto sign_in = [&](const std::string& next) {
    const std::string link = server.SignInLink("secretariat@asef.example");
    const std::string token = link.substr(link.find("token=") + 6);
    Client c(server.port());
    const auto confirm = c.Get("/sign-in/link?token=" + token);
    EXPECT_EQ(confirm.status, 200);
    return c.Post("/sign-in/link", {{"token", token}, {"next", next}}).location;
  };
  EXPECT_EQ(sign_in("/manage/editions/24/nominations"), "/manage/editions/24/nominations");
  EXPECT_EQ(sign_in("//evil.example/x"), "/manage");
  EXPECT_EQ(sign_in("https://evil.example/"), "/manage");
  EXPECT_EQ(sign_in("/\\evil.example"), "/manage");
  EXPECT_EQ(sign_in("/a\r\nSet-Cookie: x=1"), "/manage");
  EXPECT_EQ(sign_in(""), "/manage");
}

INSTANTIATE_TEST_SUITE_P(Databases, InvitationsTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
