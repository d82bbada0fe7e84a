// Selection and working-group assignment through the pages on a real server (SQLite and
// PostgreSQL): registrations are created through the stores, the selection and assignment
// run as background jobs polled to the end, and every figure is checked against the
// database and the engine's own objective evaluator.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <thread>

#include "engine/assignment/edition_assignment.h"
#include "engine/assignment/objective.h"
#include "engine/selection/edition_selection.h"
#include "store/assignment/assignment_store.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/database.h"
#include "store/core/outbox_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::Contains;
using testing::HttpResult;
using testing::SignedIn;
using testing::TestServer;

constexpr int kSeeded = 96;

class AssignmentTest : public testing::ServerTest {};

struct Db {
  std::unique_ptr<store::Database> db;
  Edition edition;
};

Db Open(const TestServer& server) {
  auto db = store::Database::Open(server.db_url(), 2);
  if (!db.ok()) throw std::runtime_error(db.error().message());
  Db out{std::move(*db), {}};
  const auto series = store::SeriesStore(out.db->pool()).Primary();
  out.edition = *store::EditionStore(out.db->pool()).Get(series->id, 24);
  return out;
}

// kSeeded registrations from 32 countries (half Asian), women and men alternating with a few
// non-binary people, every sector, each ranking the three working groups in a rotating order.
void Seed(Db& db) {
  store::InvitationStore invitations(db.db->pool());
  store::RegistrationStore registrations(db.db->pool());
  const auto& groups = db.edition.working_groups;
  for (int i = 0; i < kSeeded; ++i) {
    const std::string country = (i % 2 ? "Europe country " : "Asia country ") + std::to_string(i % 32 / 2);
    store::NewInvitation invitation;
    invitation.invitation.edition_id = db.edition.id;
    invitation.invitation.kind = InvitationKind::kInvited;
    invitation.invitation.email = "seeded" + std::to_string(i) + "@example.net";
    invitation.invitation.name = "Seeded " + std::to_string(i);
    invitation.invitation.country = country;
    invitation.invitation.expires_at = store::NowUtc() + 86400;
    invitation.token_hash = "seed-token-" + std::to_string(i);
    auto created = invitations.Create({invitation}, std::nullopt);
    ASSERT_TRUE(created.ok()) << created.error().message();
    Registration r;
    r.edition_id = db.edition.id;
    r.full_name = "Seeded Person " + std::to_string(i);
    r.family_name = "Person";
    r.organisation = "Organisation";
    r.country = country;
    r.region = i % 2 ? "Europe" : "Asia";
    r.sector = AllSectors()[i % AllSectors().size()];
    r.gender = i % 12 == 11 ? Gender::kNonBinary : (i / 2 % 2 ? Gender::kWoman : Gender::kMan);
    r.ranking = {groups[i % 3].id, groups[(i + 1 + i / 3 % 2) % 3].id, groups[(i + 2 - i / 3 % 2) % 3].id};
    r.privacy_version = kPrivacyNoticeVersion;
    r.consented_at = r.chatham_acknowledged_at = store::NowUtc();
    store::OutgoingMail confirmation;
    confirmation.subject = "Registered";
    confirmation.purpose = "registration";
    auto registered = registrations.Create("seed-token-" + std::to_string(i), r, confirmation, store::NowUtc());
    ASSERT_TRUE(registered.ok()) << registered.error().message();
  }
}

// Follows a job page until it no longer reloads itself.
HttpResult Poll(Client& c, const std::string& path) {
  for (int i = 0; i < 120; ++i) {
    auto page = c.Get(path);
    if (!Contains(page.body, "data-refresh")) return page;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  ADD_FAILURE() << "the job behind " << path << " did not finish in 60 s";
  return {};
}

std::string PathOf(const std::string& location) {
  return location.substr(location.find("/manage/"));
}

int Count(const std::vector<store::OutgoingMail>& mails, const std::string& purpose) {
  int n = 0;
  for (const auto& m : mails) n += m.purpose == purpose;
  return n;
}

struct Placed {
  std::vector<Registration> people;
  engine::EditionInstance edition;
  engine::Assignment assignment;
};

Placed Load(Db& db, Id run_id) {
  Placed out;
  std::map<Id, Id> group_of;
  for (const auto& m : store::AssignmentStore(db.db->pool()).Members(run_id)) group_of[m.registration_id] = m.working_group_id;
  for (auto& r : store::RegistrationStore(db.db->pool()).List(db.edition.id)) {
    if (group_of.count(r.id)) out.people.push_back(r);
  }
  out.edition = engine::BuildEditionInstance(db.edition, out.people);
  for (const auto& r : out.people) out.assignment.group_of.push_back(*engine::GroupIndex(out.edition, group_of.at(r.id)));
  return out;
}

std::string ShownObjective(const std::string& body) {
  std::smatch m;
  if (!std::regex_search(body, m, std::regex(R"(<dd id="objective">(-?\d+)</dd>)"))) return "";
  return m[1];
}

TEST_P(AssignmentTest, SelectApplyAssignMovePublishAndRepublish) {
  TestServer server(GetParam(), {{"PLENARY_MAIL_WORKER", "false"}});
  Db db = Open(server);
  Seed(db);
  store::RegistrationStore registrations(db.db->pool());
  store::OutboxStore outbox(db.db->pool());
  const auto pool = registrations.List(db.edition.id);
  ASSERT_GE(pool.size(), static_cast<size_t>(kSeeded));
  Client c(server.port());
  ASSERT_EQ(c.SignInWith(server.SignInLink("secretariat@asef.example")).status, 303);

  // Scores typed in the table; a bad one is refused with the person named, kept as typed, and
  // nothing saved.
  auto page = c.Get("/manage/editions/24/selection");
  ASSERT_EQ(page.status, 200);
  const std::string first = std::to_string(pool[0].id), second = std::to_string(pool[1].id);
  EXPECT_THAT(page.body, HasSubstr("<input id=\"score_" + first + "\" name=\"score_" + first +
                                   "\" inputmode=\"numeric\" size=\"6\" aria-label=\"Score of " + pool[0].full_name +
                                   "\" value=\"0\">"));
  auto bad = c.Post("/manage/editions/24/selection/scores", {{"score_" + first, "50"}, {"score_" + second, "many"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("The score of " + pool[1].full_name +
                                  " (&quot;many&quot;) must be a whole number from -10000 to 10000 (empty counts as 0)."))
      << bad.body.substr(0, 3000);
  EXPECT_THAT(bad.body, HasSubstr("name=\"score_" + second + "\" inputmode=\"numeric\" size=\"6\" aria-label=\"Score of " +
                                  pool[1].full_name + "\" value=\"many\" aria-invalid=\"true\""));
  EXPECT_THAT(bad.body, HasSubstr("value=\"50\""));
  EXPECT_EQ(registrations.Get(db.edition.id, pool[0].id)->score, 0);
  EXPECT_EQ(c.Post("/manage/editions/24/selection/scores", {{"score_" + first, "50"}, {"score_" + second, " -3 "}}).status,
            303);
  EXPECT_EQ(registrations.Get(db.edition.id, pool[0].id)->score, 50);
  EXPECT_EQ(registrations.Get(db.edition.id, pool[1].id)->score, -3);

  // A rejected rules form keeps what was typed.
  auto rejected = c.Post("/manage/editions/24/selection", {{"k", "ninety"}, {"min_gender_woman", "12"}});
  EXPECT_EQ(rejected.status, 422);
  EXPECT_THAT(rejected.body, HasSubstr(R"(value="ninety")"));
  EXPECT_THAT(rejected.body, HasSubstr("How many to select must be a whole number"));

  // Rules no selection can meet: the page names the smallest change in the form's words.
  std::vector<std::pair<std::string, std::string>> rules;
  for (const auto& [k, v] : engine::DefaultSelectionForm(static_cast<int>(pool.size()), 90)) {
    if (k != "min_gender_non_binary") rules.emplace_back(k, v);
  }
  auto impossible_rules = rules;
  impossible_rules.emplace_back("min_gender_non_binary", "50");
  const auto non_binary = std::count_if(pool.begin(), pool.end(), [](const Registration& r) { return r.gender == Gender::kNonBinary; });
  auto impossible = c.Post("/manage/editions/24/selection", impossible_rules);
  ASSERT_EQ(impossible.status, 303);
  const auto refused = Poll(c, PathOf(impossible.location));
  EXPECT_THAT(refused.body, HasSubstr("No selection meets every rule"));
  EXPECT_THAT(refused.body, HasSubstr("<li>Lower the minimum for Non-binary from 50 to " + std::to_string(non_binary) + ".</li>"))
      << refused.body.substr(0, 4000);
  EXPECT_THAT(refused.body, Not(HasSubstr("Apply this selection")));

  // Selection with the defaults: 90 places in three groups of at most 30.
  auto run = c.Post("/manage/editions/24/selection", rules);
  ASSERT_EQ(run.status, 303);
  auto result = Poll(c, PathOf(run.location));
  ASSERT_THAT(result.body, HasSubstr("90 of " + std::to_string(pool.size()) + " selected")) << result.body.substr(0, 4000);
  EXPECT_THAT(result.body, HasSubstr("<svg"));
  EXPECT_THAT(result.body, HasSubstr("Everyone who applied"));
  const std::string job = PathOf(run.location).substr(PathOf(run.location).find("run=") + 4);
  auto confirm = c.Post("/manage/editions/24/selection/apply", {{"run", job}});
  EXPECT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("90 people will be proposed for acceptance and " +
                                      std::to_string(pool.size() - 90) + " for the waiting list"));
  EXPECT_EQ(Count(outbox.Recent(1000), "registration_decision"), 0);  // nothing happens before the confirmation
  ASSERT_EQ(c.Post("/manage/editions/24/selection/apply", {{"run", job}, {"confirm", "yes"}}).status, 303);
  // Drafts: nobody is written to until the steering committee approves and the secretariat releases.
  EXPECT_EQ(Count(outbox.Recent(1000), "registration_decision"), 0);
  for (const auto& r : registrations.List(db.edition.id)) EXPECT_EQ(r.status, RegistrationStatus::kApplied);
  Client steering = SignedIn(server, "steering@asef.example");
  steering.Get("/manage/editions/24/applications");
  ASSERT_EQ(steering.Post("/manage/editions/24/applications/approval", {{"verdict", "approved"}}).status, 303);
  c.Get("/manage/editions/24/applications");
  ASSERT_EQ(c.Post("/manage/editions/24/applications/release", {{"confirm", "yes"}}).status, 303);
  std::set<Id> accepted;
  for (const auto& r : registrations.List(db.edition.id)) {
    if (r.status == RegistrationStatus::kAccepted) accepted.insert(r.id);
    else EXPECT_EQ(r.status, RegistrationStatus::kWaitlisted);
  }
  EXPECT_EQ(accepted.size(), 90u);
  EXPECT_EQ(Count(outbox.Recent(1000), "registration_decision"), static_cast<int>(pool.size()));

  // The assignment: progress, then the result.
  auto assign = c.Post("/manage/editions/24/assignment", {});
  ASSERT_EQ(assign.status, 303);
  auto done = Poll(c, PathOf(assign.location));
  const auto stored = store::AssignmentStore(db.db->pool()).Latest(db.edition.id);
  ASSERT_TRUE(stored.has_value()) << done.body.substr(0, 3000);
  auto placed = Load(db, stored->id);
  ASSERT_EQ(placed.people.size(), 90u);
  std::set<Id> in_run;
  for (const auto& r : placed.people) in_run.insert(r.id);
  EXPECT_EQ(in_run, accepted);  // every accepted person in exactly one group (members are keyed by person)
  EXPECT_TRUE(engine::CheckAssignment(placed.edition.instance, placed.assignment).ok());
  EXPECT_EQ(stored->objective, engine::EvaluateObjective(placed.edition.instance, placed.assignment));
  EXPECT_EQ(ShownObjective(done.body), std::to_string(stored->objective));
  EXPECT_THAT(done.body, HasSubstr("How many got their 1st, 2nd and 3rd choice"));
  const auto ranks = engine::RankCounts(placed.edition.instance, placed.assignment);
  EXPECT_THAT(done.body, HasSubstr("<th scope=\"row\">1st choice</th><td>" + std::to_string(ranks[0]) + "</td>"));
  EXPECT_THAT(done.body, HasSubstr("Shares per group against everyone"));
  if (ranks[0] < 90) {
    EXPECT_THAT(done.body, AnyOf(HasSubstr("Swap with "), HasSubstr("Possible; the objective")));
  }

  // Swap women of group 0 with men of group 1 by hand until a balance band breaks.
  const std::string run_id = std::to_string(stored->id);
  std::vector<Id> women0, men1;
  for (size_t p = 0; p < placed.people.size(); ++p) {
    if (placed.assignment.group_of[p] == 0 && placed.people[p].gender == Gender::kWoman) women0.push_back(placed.people[p].id);
    if (placed.assignment.group_of[p] == 1 && placed.people[p].gender == Gender::kMan) men1.push_back(placed.people[p].id);
  }
  const std::string g0 = std::to_string(placed.edition.group_ids[0]), g1 = std::to_string(placed.edition.group_ids[1]);
  HttpResult after;
  for (size_t i = 0; i < 4 && i < women0.size() && i < men1.size(); ++i) {
    ASSERT_EQ(c.Post("/manage/editions/24/assignment/move", {{"run", run_id}, {"registration", std::to_string(women0[i])}, {"group", g1}}).status, 303);
    auto r = c.Post("/manage/editions/24/assignment/move", {{"run", run_id}, {"registration", std::to_string(men1[i])}, {"group", g0}});
    ASSERT_EQ(r.status, 303);
    after = c.Get(PathOf(r.location));
    if (Contains(after.body, "Balance band:</strong> ")) break;
  }
  EXPECT_THAT(after.body, HasSubstr("Balance band:</strong> " + db.edition.working_groups[0].name + " has ")) << after.body.substr(0, 3000);
  EXPECT_THAT(after.body, Not(HasSubstr("Size limit")));
  placed = Load(db, stored->id);
  const auto moved_run = store::AssignmentStore(db.db->pool()).Get(db.edition.id, stored->id);
  EXPECT_EQ(moved_run->objective, engine::EvaluateObjective(placed.edition.instance, placed.assignment));
  EXPECT_EQ(ShownObjective(after.body), std::to_string(moved_run->objective));

  // Publish: first a confirmation with what will happen, then groups, grants and one mail each.
  const auto publish_confirm = c.Post("/manage/editions/24/assignment/publish", {{"run", run_id}});
  ASSERT_EQ(publish_confirm.status, 200);
  EXPECT_THAT(publish_confirm.body, HasSubstr("<li>90 people get their first working group.</li>"));
  EXPECT_THAT(publish_confirm.body, HasSubstr("<li>0 people move to another group"));
  EXPECT_THAT(publish_confirm.body, HasSubstr("90 e-mail(s) will be sent"));
  EXPECT_EQ(Count(outbox.Recent(1000), "working_group"), 0);  // nothing before the confirmation
  auto published = c.Post("/manage/editions/24/assignment/publish", {{"run", run_id}, {"confirm", "yes"}});
  ASSERT_EQ(published.status, 303);
  EXPECT_THAT(c.Get(PathOf(published.location)).body, HasSubstr("Publish the changes…"));
  store::AccountStore accounts(db.db->pool());
  std::map<Id, Id> group_of;
  for (size_t p = 0; p < placed.people.size(); ++p) group_of[placed.people[p].id] = placed.edition.group_ids[placed.assignment.group_of[p]];
  for (const auto& r : registrations.List(db.edition.id)) {
    if (!accepted.count(r.id)) {
      EXPECT_FALSE(r.working_group_id.has_value());
      continue;
    }
    EXPECT_EQ(r.working_group_id, group_of.at(r.id));
    const auto grants = accounts.GrantsOf(*r.account_id);
    EXPECT_EQ(std::count(grants.begin(), grants.end(), RoleGrant{Role::kGroupMember, ScopeKind::kWorkingGroup, group_of.at(r.id), db.edition.id}), 1);
  }
  // A member opens the group's space from their own page: the members, names and
  // organisations, as in the room; a group they are not in does not exist for them.
  {
    std::map<Id, std::vector<const Registration*>> by_group;
    const auto listed = registrations.List(db.edition.id);
    for (const auto& r : listed) {
      if (r.working_group_id) by_group[*r.working_group_id].push_back(&r);
    }
    const Registration& member = *by_group.begin()->second.front();
    const Id own_group = *member.working_group_id, other_group = by_group.rbegin()->first;
    ASSERT_NE(own_group, other_group);
    Client reader = SignedIn(server, accounts.Get(*member.account_id)->email);
    const std::string space = "/editions/24/groups/" + std::to_string(own_group);
    EXPECT_THAT(reader.Get("/me").body, HasSubstr("href=\"" + space + "\">open the group's space</a>"));
    const auto page = reader.Get(space);
    ASSERT_EQ(page.status, 200);
    EXPECT_THAT(page.body, HasSubstr("<h2>Members (" + std::to_string(by_group.begin()->second.size()) + ")</h2>"));
    size_t rows = 0;
    for (size_t at = page.body.find("<tr><td>"); at != std::string::npos; at = page.body.find("<tr><td>", at + 1)) ++rows;
    EXPECT_EQ(rows, by_group.begin()->second.size());
    EXPECT_THAT(page.body, HasSubstr("Chatham House Rule"));
    EXPECT_EQ(reader.Get("/editions/24/groups/" + std::to_string(other_group)).status, 404);
    EXPECT_EQ(reader.Get("/editions/24/groups/999999").status, 404);
  }
  auto mails = outbox.Recent(1000);
  EXPECT_EQ(Count(mails, "working_group"), 90);
  std::map<std::string, int> per_address;
  for (const auto& m : mails) {
    if (m.purpose == "working_group") ++per_address[m.to_address];
  }
  EXPECT_EQ(per_address.size(), 90u);

  // Publishing again after one more swap mails only the two people who moved, and the one who
  // left group 0 loses its grant.
  Id stay0 = 0, stay1 = 0;
  for (const auto& [id, g] : group_of) {
    if (!stay0 && g == placed.edition.group_ids[0]) stay0 = id;
    if (!stay1 && g == placed.edition.group_ids[1]) stay1 = id;
  }
  ASSERT_EQ(c.Post("/manage/editions/24/assignment/move", {{"run", run_id}, {"registration", std::to_string(stay0)}, {"group", g1}}).status, 303);
  ASSERT_EQ(c.Post("/manage/editions/24/assignment/move", {{"run", run_id}, {"registration", std::to_string(stay1)}, {"group", g0}}).status, 303);
  const auto changes = c.Post("/manage/editions/24/assignment/publish", {{"run", run_id}});
  EXPECT_THAT(changes.body, HasSubstr("<li>2 people move to another group"));
  EXPECT_THAT(changes.body, HasSubstr("<li>88 people stay where they are and are not written to.</li>"));
  EXPECT_THAT(changes.body, HasSubstr("2 e-mail(s) will be sent"));
  ASSERT_EQ(c.Post("/manage/editions/24/assignment/publish", {{"run", run_id}, {"confirm", "yes"}}).status, 303);
  mails = outbox.Recent(1000);
  EXPECT_EQ(Count(mails, "working_group"), 92);
  std::map<std::string, int> after_republish;
  for (const auto& m : mails) {
    if (m.purpose == "working_group") ++after_republish[m.to_address];
  }
  const auto stay0_account = accounts.Get(*registrations.Get(db.edition.id, stay0)->account_id);
  EXPECT_EQ(after_republish.at(stay0_account->email), 2);
  EXPECT_EQ(registrations.Get(db.edition.id, stay0)->working_group_id, placed.edition.group_ids[1]);
  const auto grants = accounts.GrantsOf(stay0_account->id);
  EXPECT_EQ(std::count_if(grants.begin(), grants.end(), [](const RoleGrant& g) { return g.role == Role::kGroupMember; }), 1);
  // Their programme follows: the closed sessions of the new group, none of the old one.
  Client participant(server.port());
  ASSERT_EQ(participant.SignInWith(server.SignInLink(stay0_account->email)).status, 303);
  const auto programme = participant.Get("/editions/24/my-programme");
  ASSERT_EQ(programme.status, 200);
  EXPECT_THAT(programme.body, HasSubstr("Your working group “" + db.edition.working_groups[1].name + "”"));
  EXPECT_THAT(programme.body, Not(HasSubstr("Your working group “" + db.edition.working_groups[0].name + "”")));

  // The accepted list changes after the run: the page says so and publishing waits for a new run.
  Id waitlisted = 0;
  for (const auto& r : registrations.List(db.edition.id)) {
    if (r.status == RegistrationStatus::kWaitlisted) waitlisted = r.id;
  }
  ASSERT_TRUE(registrations.Decide(db.edition.id, {{stay1, RegistrationStatus::kDeclined, "", std::nullopt},
                                                   {waitlisted, RegistrationStatus::kAccepted, "", std::nullopt}},
                                   std::nullopt).ok());
  const auto stale = c.Get("/manage/editions/24/assignment?run=" + run_id);
  EXPECT_THAT(stale.body, HasSubstr("1 of its people are no longer accepted")) << stale.body.substr(0, 3000);
  EXPECT_THAT(stale.body, HasSubstr("and 1 accepted people are not in it"));
  const auto refused_publish = c.Post("/manage/editions/24/assignment/publish", {{"run", run_id}});
  EXPECT_EQ(refused_publish.status, 409);
  EXPECT_THAT(refused_publish.body, HasSubstr("Run the assignment again, then publish the new one."));
}

TEST_P(AssignmentTest, RunningTheAssignmentWithNoOneAcceptedSaysWhatToDoFirst) {
  TestServer server(GetParam(), {{"PLENARY_MAIL_WORKER", "false"}});
  Client c(server.port());
  ASSERT_EQ(c.SignInWith(server.SignInLink("secretariat@asef.example")).status, 303);
  c.Get("/manage/editions/24/assignment");
  Db db = Open(server);
  const bool anyone_accepted = [&] {
    for (const auto& r : store::RegistrationStore(db.db->pool()).List(db.edition.id)) {
      if (r.status == RegistrationStatus::kAccepted) return true;
    }
    return false;
  }();
  if (anyone_accepted) GTEST_SKIP() << "the demo already accepts people";
  auto r = c.Post("/manage/editions/24/assignment", {});
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("No one is accepted yet: apply a selection"));
}

INSTANTIATE_TEST_SUITE_P(Databases, AssignmentTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
