// Reliability of registration under a crash (issue 3): 1,000 registrations are sent from
// concurrent clients to a real server; the server is killed with SIGKILL in the middle and
// restarted on the same database; every registration that got a success answer must be
// stored intact, and nothing may be stored twice. On SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "store/core/credentials.h"
#include "store/core/database.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using testing::Client;
using testing::TestServer;

constexpr int kRegistrations = 1000;
constexpr int kClients = 8;
constexpr int kKillAfter = 350;  // successes before the crash

// What client `i` sends: names in several scripts so a mangled byte would show.
struct Sent {
  std::string token;
  std::string full_name, family_name, organisation;
  std::vector<Id> ranking;
};

Sent Form(int i, const Edition& edition) {
  Sent s;
  s.token = store::RandomToken();
  s.family_name = "Батбаяр-" + std::to_string(i);
  s.full_name = "テスト " + s.family_name;
  s.organisation = "Organisation " + std::to_string(i) + " (ท)";
  const size_t n = edition.working_groups.size();
  for (size_t k = 0; k < n; ++k) s.ranking.push_back(edition.working_groups[(i + k) % n].id);
  return s;
}

std::vector<std::pair<std::string, std::string>> Fields(const Sent& s) {
  std::vector<std::pair<std::string, std::string>> f = {
      {"full_name", s.full_name}, {"family_name", s.family_name}, {"latin_name", ""},
      {"organisation", s.organisation}, {"position", "Officer"}, {"country", "Mongolia"},
      {"sector", "civil_society"}, {"gender", "woman"}, {"expertise", "privacy"},
      {"access_needs", ""}, {"dietary_needs", ""}, {"privacy_consent", "on"},
      {"chatham_acknowledged", "on"}};
  for (size_t k = 0; k < s.ranking.size(); ++k) f.push_back({"choice_" + std::to_string(k + 1), std::to_string(s.ranking[k])});
  return f;
}

enum class Outcome { kPending, kRegistered, kAlreadyUsed };

class ReliabilityTest : public testing::ServerTest {};

TEST_P(ReliabilityTest, RegistrationsThatGotASuccessSurviveASigkillIntactAndNoneIsStoredTwice) {
  TestServer server(GetParam());
  auto db = store::Database::Open(server.db_url(), 2);
  ASSERT_TRUE(db.ok()) << db.error().message();
  store::SeriesStore series((*db)->pool());
  store::EditionStore editions((*db)->pool());
  const Edition edition = *editions.Get(series.Primary()->id, 24);
  store::RegistrationStore registrations((*db)->pool());
  const size_t before = registrations.List(edition.id).size();

  // 1,000 invitations with known tokens, written as the pages would (hashes only).
  std::vector<Sent> sent;
  std::vector<store::NewInvitation> invitations;
  for (int i = 0; i < kRegistrations; ++i) {
    sent.push_back(Form(i, edition));
    Invitation inv;
    inv.edition_id = edition.id;
    inv.email = "reliability" + std::to_string(i) + "@example.org";
    inv.name = sent.back().full_name;
    inv.expires_at = *edition.registration_deadline;
    invitations.push_back({inv, store::Sha256Hex(sent.back().token), std::nullopt});
  }
  store::InvitationStore invitation_store((*db)->pool());
  auto ids = invitation_store.Create(invitations, std::nullopt);
  ASSERT_TRUE(ids.ok()) << ids.error().message();

  std::vector<Outcome> outcome(kRegistrations, Outcome::kPending);
  std::atomic<int> next{0}, successes{0}, port{server.port()};
  std::atomic<bool> down{false};
  std::mutex mutex;
  std::condition_variable restarted;
  std::vector<std::string> unexpected;

  auto client_loop = [&] {
    for (int i = next++; i < kRegistrations; i = next++) {
      // A request the crash interrupted is sent again once the server is back: the first
      // attempt either committed (the retry is told the link was used) or did not.
      for (int attempt = 0; outcome[i] == Outcome::kPending; ++attempt) {
        {
          std::unique_lock lock(mutex);
          restarted.wait(lock, [&] { return !down.load(); });
        }
        try {
          Client c(port.load());
          const std::string path = "/invitations/" + sent[i].token;
          auto form = c.Get(path);
          if (form.status == 409 || form.status == 410) {
            outcome[i] = Outcome::kAlreadyUsed;
            break;
          }
          auto r = c.Post(path, Fields(sent[i]));
          if (r.status == 303) {
            outcome[i] = Outcome::kRegistered;
            ++successes;
          } else if (r.status == 409 || r.status == 410) {
            outcome[i] = Outcome::kAlreadyUsed;
          } else {
            std::lock_guard lock(mutex);
            unexpected.push_back("registration " + std::to_string(i) + ": HTTP " + std::to_string(r.status));
            break;
          }
        } catch (const std::exception&) {
          // The connection broke (the server was killed); wait for the restart and retry.
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (attempt > 200) {
          std::lock_guard lock(mutex);
          unexpected.push_back("registration " + std::to_string(i) + " never got an answer");
          break;
        }
      }
    }
  };

  std::vector<std::thread> clients;
  for (int k = 0; k < kClients; ++k) clients.emplace_back(client_loop);
  while (successes.load() < kKillAfter && next.load() < kRegistrations) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  down = true;
  server.Stop(/*kill9=*/true);
  const int at_crash = successes.load();
  server.Launch({});
  port = server.port();
  {
    std::lock_guard lock(mutex);
    down = false;
  }
  restarted.notify_all();
  for (auto& t : clients) t.join();

  EXPECT_TRUE(unexpected.empty()) << unexpected.front();
  EXPECT_GE(at_crash, kKillAfter);
  EXPECT_LT(at_crash, kRegistrations) << "the crash came after the last registration; nothing was tested";

  // Every invitation was answered: registered, or (a retry after the crash) already used.
  int registered = 0, already_used = 0;
  for (auto o : outcome) {
    registered += o == Outcome::kRegistered;
    already_used += o == Outcome::kAlreadyUsed;
  }
  EXPECT_EQ(registered + already_used, kRegistrations);

  // Stored: exactly one registration per invitation, each exactly as sent.
  const auto stored = registrations.List(edition.id);
  ASSERT_EQ(stored.size(), before + kRegistrations);
  std::map<Id, const Registration*> by_invitation;
  for (const auto& r : stored) {
    EXPECT_TRUE(by_invitation.emplace(r.invitation_id, &r).second) << "invitation " << r.invitation_id << " stored twice";
  }
  for (int i = 0; i < kRegistrations; ++i) {
    auto it = by_invitation.find((*ids)[i]);
    ASSERT_NE(it, by_invitation.end()) << "registration " << i << " (" << (outcome[i] == Outcome::kRegistered ? "answered 303" : "answered used") << ") is missing";
    const Registration& r = *it->second;
    EXPECT_EQ(r.full_name, sent[i].full_name);
    EXPECT_EQ(r.family_name, sent[i].family_name);
    EXPECT_EQ(r.organisation, sent[i].organisation);
    EXPECT_EQ(r.ranking, sent[i].ranking);
    EXPECT_EQ(r.status, RegistrationStatus::kApplied);
    EXPECT_TRUE(r.account_id.has_value());
  }
}

INSTANTIATE_TEST_SUITE_P(Databases, ReliabilityTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
