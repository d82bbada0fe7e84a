// The outbox and the mail worker against a real SMTP peer on loopback and real databases.
#include "mail/mail_worker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "mail/smtp_peer.h"
#include "store/core/both_databases_test.h"
#include "store/core/database.h"

namespace plenary::mail {
namespace {

using ::testing::HasSubstr;

TEST(RetryPolicy, DoublesUpToTheCapThenGivesUp) {
  RetryPolicy p{30, 3600, 10};
  EXPECT_EQ(NextAttempt(p, 1, 1000), 1030);
  EXPECT_EQ(NextAttempt(p, 2, 1000), 1060);
  EXPECT_EQ(NextAttempt(p, 3, 1000), 1120);
  EXPECT_EQ(NextAttempt(p, 9, 1000), 1000 + 3600);
  EXPECT_EQ(NextAttempt(p, 10, 1000), std::nullopt);
}

class MailWorkerTest : public store::BothDatabasesTest {
 protected:
  void SetUp() override {
    OpenScratchDatabase(4);
    if (IsSkipped() || HasFatalFailure()) return;
    outbox_ = std::make_unique<store::OutboxStore>(db_->pool());
  }

  void Enqueue(const std::string& to, const std::string& subject) {
    store::OutgoingMail m;
    m.to_address = to;
    m.to_name = "Tāng Yīngxiá 唐英霞";
    m.subject = subject;
    m.body_text = "Dear participant,\nthe link: https://example.org/x?a=1\n";
    m.purpose = "test";
    outbox_->Enqueue(m);
  }

  std::map<std::string, store::OutgoingMail> BySubject() {
    std::map<std::string, store::OutgoingMail> out;
    for (auto& m : outbox_->Recent(100)) out[m.subject] = m;
    return out;
  }

  std::unique_ptr<store::OutboxStore> outbox_;
};

TEST_P(MailWorkerTest, DeliversEachMessageOnce) {
  testing::SmtpPeer peer;
  peer.Start();
  MailWorker worker(*outbox_, {"127.0.0.1", peer.port(), "Plenary <no-reply@plenary.test>", 5}, {}, SystemClock::Instance());
  for (int i = 0; i < 3; ++i) Enqueue("p" + std::to_string(i) + "@example.org", "Message " + std::to_string(i));
  EXPECT_EQ(worker.RunOnce(), 3);
  EXPECT_EQ(worker.RunOnce(), 0);
  const auto messages = peer.WaitFor(3);
  ASSERT_EQ(messages.size(), 3u);
  // Quoted-printable: "=" travels as "=3D".
  EXPECT_THAT(messages[0], HasSubstr("the link: https://example.org/x?a=3D1\\r\\n"));
  for (const auto& [subject, m] : BySubject()) {
    EXPECT_EQ(m.status, store::MailStatus::kSent) << subject;
    EXPECT_EQ(m.attempts, 1);
    EXPECT_TRUE(m.sent_at.has_value());
  }
}

TEST_P(MailWorkerTest, EveryAttemptOfAMessageCarriesItsOwnMessageId) {
  Enqueue("a@example.org", "A");
  Enqueue("b@example.org", "B");
  const auto rows = BySubject();
  const SmtpSettings settings{"127.0.0.1", 25, "Plenary <no-reply@plenary.test>", 5};
  const auto first = MessageOf(settings, rows.at("A"), 1000);
  EXPECT_EQ(first.message_id, rows.at("A").message_token + "@plenary.test");
  EXPECT_EQ(rows.at("A").message_token.size(), 43u);
  EXPECT_EQ(MessageOf(settings, rows.at("A"), 2000).message_id, first.message_id);
  EXPECT_NE(MessageOf(settings, rows.at("B"), 1000).message_id, first.message_id);
  SmtpSettings own_domain = settings;
  own_domain.message_id_domain = "mail.asef.example";
  EXPECT_EQ(MessageOf(own_domain, rows.at("A"), 1000).message_id, rows.at("A").message_token + "@mail.asef.example");
}

TEST_P(MailWorkerTest, RetriesWhileTheServerIsDownThenDeliversOnce) {
  testing::SmtpPeer peer;  // not started yet: the port refuses connections
  MailWorker worker(*outbox_, {"127.0.0.1", peer.port(), "Plenary <no-reply@plenary.test>", 5}, {1, 60, 5}, SystemClock::Instance());
  Enqueue("a@example.org", "A");
  Enqueue("b@example.org", "B");
  EXPECT_EQ(worker.RunOnce(), 2);
  for (const auto& [subject, m] : BySubject()) {
    EXPECT_EQ(m.status, store::MailStatus::kQueued);
    EXPECT_EQ(m.attempts, 1);
    EXPECT_THAT(m.last_error, HasSubstr("refused")) << m.last_error;
  }
  EXPECT_EQ(worker.RunOnce(), 0);  // not due yet
  peer.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(worker.RunOnce(), 2);
  EXPECT_EQ(peer.WaitFor(2).size(), 2u);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(worker.RunOnce(), 0);
  EXPECT_EQ(peer.Messages().size(), 2u);
  for (const auto& [subject, m] : BySubject()) EXPECT_EQ(m.status, store::MailStatus::kSent) << subject;
}

TEST_P(MailWorkerTest, APermanentRejectionIsShownAndNotRetried) {
  testing::SmtpPeer peer;
  peer.Start();
  MailWorker worker(*outbox_, {"127.0.0.1", peer.port(), "Plenary <no-reply@plenary.test>", 5}, {0, 0, 5}, SystemClock::Instance());
  Enqueue("rejected@example.org", "Refused");
  EXPECT_EQ(worker.RunOnce(), 1);
  EXPECT_EQ(worker.RunOnce(), 0);
  const auto m = BySubject().at("Refused");
  EXPECT_EQ(m.status, store::MailStatus::kFailed);
  EXPECT_THAT(m.last_error, HasSubstr("550")) << m.last_error;
  EXPECT_EQ(peer.Messages().size(), 0u);
}

TEST_P(MailWorkerTest, TwoWorkersNeverSendTheSameMessage) {
  testing::SmtpPeer peer;
  peer.Start();
  for (int i = 0; i < 30; ++i) Enqueue("p" + std::to_string(i) + "@example.org", "M" + std::to_string(i));
  MailWorker a(*outbox_, {"127.0.0.1", peer.port(), "A <a@plenary.test>", 5}, {}, SystemClock::Instance());
  MailWorker b(*outbox_, {"127.0.0.1", peer.port(), "B <b@plenary.test>", 5}, {}, SystemClock::Instance());
  int handled = 0;
  std::thread other([&] { for (int i = 0; i < 5; ++i) handled += b.RunOnce(); });
  int mine = 0;
  for (int i = 0; i < 5; ++i) mine += a.RunOnce();
  other.join();
  EXPECT_EQ(mine + handled, 30);
  const auto messages = peer.WaitFor(30);
  EXPECT_EQ(messages.size(), 30u);
  std::set<std::string> recipients;
  for (const auto& m : messages) recipients.insert(m.substr(0, m.find(']')));
  EXPECT_EQ(recipients.size(), 30u);
}

INSTANTIATE_TEST_SUITE_P(Databases, MailWorkerTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::mail
