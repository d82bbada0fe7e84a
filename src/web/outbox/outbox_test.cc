// The edition's outbox against a real server, a real database (SQLite and PostgreSQL) and a
// real SMTP peer on loopback that refuses "reject*" mailboxes with 550: the refused message
// shows as failed with the server's answer, on the outbox, the hub and the invitations page;
// it is sent again only on request, one or all after a confirmation.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

#include "mail/smtp_peer.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::SignedIn;
using testing::TestServer;

class OutboxTest : public testing::ServerTest {};

// Polls the page until `text` shows (the mail worker runs every 100 ms).
testing::HttpResult WaitForText(Client& c, const std::string& path, const std::string& text) {
  auto page = c.Get(path);
  for (int i = 0; i < 100 && page.body.find(text) == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    page = c.Get(path);
  }
  return page;
}

TEST_P(OutboxTest, ARefusedMessageIsFlaggedWithTheServersAnswerAndSentAgainOnlyOnRequest) {
  mail::testing::SmtpPeer peer;
  peer.Start();
  TestServer server(GetParam(), {{"PLENARY_SMTP_PORT", std::to_string(peer.port())}, {"PLENARY_MAIL_POLL_MS", "100"}});
  Client c = SignedIn(server, "secretariat@asef.example");
  const std::string outbox = "/manage/editions/24/outbox";
  c.Get("/manage/editions/24/invitations");
  ASSERT_EQ(c.Post("/manage/editions/24/invitations", {{"email", "reject.me@example.org"}, {"name", "Refused Person"},
                                                       {"sector", "academia"}, {"organisation", "University"},
                                                       {"country", "Mongolia"}}).status,
            303);
  ASSERT_EQ(c.Post("/manage/editions/24/invitations", {{"email", "welcome@example.org"}, {"name", "Welcome Person"},
                                                       {"sector", "academia"}, {"organisation", "University"},
                                                       {"country", "Mongolia"}}).status,
            303);
  ASSERT_GE(peer.WaitFor(1).size(), 1u);
  auto page = WaitForText(c, outbox + "?status=failed", "reject.me@example.org");
  ASSERT_EQ(page.status, 200);
  // Two failed: the demo's bounced invitation and ours, with the server's answer and no next try.
  EXPECT_THAT(page.body, HasSubstr("<caption id=\"outbox-caption\">2 of "));
  EXPECT_THAT(page.body, HasSubstr("sokha.chea@minstry-justice.example.kh"));
  EXPECT_THAT(page.body, HasSubstr("reject.me@example.org"));
  EXPECT_THAT(page.body, Not(HasSubstr("welcome@example.org")));
  EXPECT_THAT(page.body, HasSubstr("<td>Invitation</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td class=\"mail-failed\">Failed</td><td>1</td><td>"));
  EXPECT_THAT(page.body, HasSubstr("5.1.1 mailbox unavailable"));
  EXPECT_THAT(page.body, HasSubstr("None: failed for good"));
  page = WaitForText(c, outbox + "?status=sent", "welcome@example.org");
  EXPECT_THAT(page.body, HasSubstr("<td class=\"mail-sent\">Sent</td><td>1</td><td>Accepted</td>"));

  // The hub flags it; the invitations page counts only what the server accepted.
  const auto hub = c.Get("/manage/editions/24");
  EXPECT_THAT(hub.body, HasSubstr("Mail needs attention"));
  EXPECT_THAT(hub.body, HasSubstr("2 message(s) failed."));
  const auto invitations = c.Get("/manage/editions/24/invitations").body;
  EXPECT_TRUE(std::regex_search(invitations, std::regex("<td>Refused Person</td>.*?<td>0 <strong>\\(1 failed")))
      << invitations;
  EXPECT_TRUE(std::regex_search(invitations, std::regex("<td>Welcome Person</td>.*?<td>1</td>")));

  // All failed ones again: first the confirmation that names who will be written to.
  c.Get(outbox);
  const auto confirm = c.Post(outbox + "/resend-failed", {});
  ASSERT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("2 message(s) will be queued and sent again"));
  EXPECT_THAT(confirm.body, HasSubstr("Refused Person &lt;reject.me@example.org&gt;"));
  EXPECT_THAT(confirm.body, HasSubstr("Sokha Chea &lt;sokha.chea@minstry-justice.example.kh&gt;"));
  EXPECT_THAT(c.Get(outbox + "?status=failed").body, HasSubstr("mail-failed"));  // nothing changed yet
  const auto done = c.Post(outbox + "/resend-failed", {{"confirm", "yes"}});
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.location, outbox + "?resent=2");
  // The peer takes the demo's message this time and refuses ours again, after one fresh attempt.
  page = WaitForText(c, outbox + "?status=sent", "sokha.chea@minstry-justice.example.kh");
  EXPECT_THAT(page.body, HasSubstr("sokha.chea@minstry-justice.example.kh"));
  page = WaitForText(c, outbox + "?status=failed", "reject.me@example.org");
  EXPECT_THAT(page.body, HasSubstr("<caption id=\"outbox-caption\">1 of "));
  EXPECT_THAT(page.body, HasSubstr("<td class=\"mail-failed\">Failed</td><td>1</td><td>"));

  // One message: a sent one is never sent twice; another edition's id is not found.
  std::smatch id;
  ASSERT_TRUE(std::regex_search(page.body, id, std::regex("/outbox/(\\d+)/resend")));
  EXPECT_EQ(c.Post(outbox + "/" + id[1].str() + "/resend", {}).status, 303);
  page = WaitForText(c, outbox + "?status=sent", "welcome@example.org");
  std::smatch sent;
  ASSERT_TRUE(std::regex_search(page.body, sent, std::regex("<tr id=\"mail-(\\d+)\">")));
  const auto twice = c.Post(outbox + "/" + sent[1].str() + "/resend", {});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("was accepted by the mail server already; it is not sent twice."));
  EXPECT_EQ(c.Post(outbox + "/999999/resend", {}).status, 404);

  // The steering committee does not see whom the secretariat writes to.
  Client steering = SignedIn(server, "steering@asef.example");
  EXPECT_EQ(steering.Get(outbox).status, 403);
  EXPECT_THAT(steering.Get("/manage/editions/24").body, Not(HasSubstr("Mail needs attention")));
}

INSTANTIATE_TEST_SUITE_P(Databases, OutboxTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
