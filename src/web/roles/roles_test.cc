// The roles page and the next steps on /me on a real server (SQLite and PostgreSQL), over the
// demo's 24th edition: what is still to appoint, an appointment of an accepted participant and
// one by e-mail (each mailed, with a refused form kept as typed), ending a role, who may do
// what, and each role's "What to do next" on their own page.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/core/database.h"
#include "store/core/account_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
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

class RolesTest : public testing::ServerTest {};

TEST_P(RolesTest, TheSecretariatAppointsAndEveryRoleSeesWhatToDoNext) {
  TestServer server(GetParam());
  Edition e;
  Registration accepted;
  std::string accepted_email;
  Id opening = 0;
  {
    auto db = store::Database::Open(server.db_url(), 1);
    ASSERT_TRUE(db.ok());
    e = *store::EditionStore((*db)->pool()).Get(store::SeriesStore((*db)->pool()).Primary()->id, 24);
    store::RegistrationStore registrations((*db)->pool());
    accepted = registrations.List(e.id).at(1);
    accepted_email = store::InvitationStore((*db)->pool()).Get(e.id, accepted.invitation_id)->email;
    ASSERT_TRUE(registrations.Decide(e.id, {{accepted.id, RegistrationStatus::kAccepted, "", std::nullopt}},
                                     std::nullopt)
                    .ok());
    for (const auto& s : store::ProgrammeStore((*db)->pool()).List(e.id)) {
      if (s.kind == SessionKind::kPlenary && !opening) opening = s.id;
    }
    ASSERT_NE(opening, 0);
  }
  const std::string group = std::to_string(e.working_groups[1].id);
  const std::string roles = "/manage/editions/24/roles";
  Client c = SignedIn(server);
  EXPECT_THAT(c.Get("/manage/editions/24").body, HasSubstr("<li><a href=\"" + roles + "\">Roles</a></li>"));
  auto page = c.Get(roles);
  ASSERT_EQ(page.status, 200);
  // The demo's group 1 has its moderator; group 2 has nobody yet.
  EXPECT_THAT(page.body, HasSubstr("<li>Moderator – " + e.working_groups[1].name + "</li>"));
  EXPECT_THAT(page.body, Not(HasSubstr("<li>Moderator – " + e.working_groups[0].name + "</li>")));
  // The demo has its Lead Rapporteur and the opening plenary's chair; the other plenaries have none.
  EXPECT_THAT(page.body, Not(HasSubstr("<li>Lead Rapporteur – the whole seminar</li>")));
  EXPECT_THAT(page.body, Not(HasSubstr("<li>Chair – Opening Plenary: opening remarks")));
  EXPECT_THAT(page.body, HasSubstr("<li>Chair – Closing remarks (10 June 2027, 12:00 Ulaanbaatar time"));
  EXPECT_THAT(page.body, HasSubstr("<tr><td>Lead Rapporteur</td><td>the seminar</td><td dir=\"auto\">Demo Lead "
                                   "Rapporteur</td><td>lead.rapporteur@example.org</td>"));
  EXPECT_THAT(page.body, HasSubstr("<tr><td>Moderator</td><td>the working group &quot;" + e.working_groups[0].name +
                                   "&quot;</td><td dir=\"auto\">Demo Moderator</td><td>moderator@example.org</td>"));
  EXPECT_THAT(page.body, HasSubstr("<option value=\"" + std::to_string(accepted.id) + "\">" + accepted.full_name));

  // Refused: nobody chosen; both a participant and an address; the form comes back as typed.
  auto refused = c.Post(roles, {{"role", "rapporteur:" + group}, {"person", ""}, {"email", ""}, {"name", ""}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Choose an accepted participant, or give the e-mail address of someone else."));
  EXPECT_THAT(refused.body, HasSubstr("<option value=\"rapporteur:" + group + "\" selected>"));
  refused = c.Post(roles, {{"role", "lead_rapporteur:0"}, {"person", ""}, {"email", "lead@example"}, {"name", "Lea"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("&quot;lead@example&quot; is not an e-mail address; write it as name@example.org."));
  EXPECT_THAT(refused.body, HasSubstr("value=\"lead@example\""));

  // An accepted participant as rapporteur of group 2; an outside expert as Lead Rapporteur; a chair.
  auto done = c.Post(roles, {{"role", "rapporteur:" + group}, {"person", std::to_string(accepted.id)}});
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.location, roles + "?appointed=1");
  ASSERT_EQ(c.Post(roles, {{"role", "lead_rapporteur:0"}, {"email", "Lead.Expert@example.org"}, {"name", "Лея Эксперт"}})
                .status,
            303);
  ASSERT_EQ(c.Post(roles, {{"role", "chair:" + std::to_string(opening)}, {"email", "lead.expert@example.org"},
                           {"name", "Лея Эксперт"}})
                .status,
            303);
  const auto twice = c.Post(roles, {{"role", "rapporteur:" + group}, {"person", std::to_string(accepted.id)}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr(" is already rapporteur there."));
  page = c.Get(roles + "?appointed=1");
  EXPECT_THAT(page.body, HasSubstr("The appointment is saved; the letter that tells the person is in the"));
  EXPECT_THAT(page.body, HasSubstr("<tr><td>Lead Rapporteur</td><td>the seminar</td><td dir=\"auto\">Лея Эксперт</td>"));
  EXPECT_THAT(page.body, Not(HasSubstr("<li>Lead Rapporteur – the whole seminar</li>")));
  const auto outbox = c.Get("/manage/editions/24/outbox");
  EXPECT_THAT(outbox.body, HasSubstr("Your role at the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar: Lead Rapporteur"));
  EXPECT_THAT(outbox.body, HasSubstr("Your role at the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar: rapporteur"));

  // The steering committee sees the roles (no addresses, no buttons) and cannot appoint.
  Client steering = SignedIn(server, "steering@asef.example");
  const auto seen = steering.Get(roles);
  ASSERT_EQ(seen.status, 200);
  EXPECT_THAT(seen.body, Not(HasSubstr("moderator@example.org")));
  EXPECT_THAT(seen.body, Not(HasSubstr("Appoint and send the letter")));
  EXPECT_EQ(steering.Post(roles, {{"role", "lead_rapporteur:0"}, {"email", "x@example.org"}, {"name", "X"}}).status, 403);

  // What to do next, for each of them.
  Client lead = SignedIn(server, "lead.expert@example.org");
  const auto lead_me = lead.Get("/me");
  EXPECT_THAT(lead_me.body, HasSubstr("As Lead Rapporteur, write the background paper; the secretariat publishes it."));
  EXPECT_THAT(lead_me.body, HasSubstr("Chair the session &quot;"));
  Client rapporteur = SignedIn(server, accepted_email);
  const auto rap_me = rapporteur.Get("/me");
  EXPECT_THAT(rap_me.body,
              HasSubstr("Draft the first recommendations of the working group &quot;" + e.working_groups[1].name +
                        "&quot;: due 17 June 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00). <a "
                        "href=\"/editions/24/my-programme\">My programme</a>"));
  Client focal = SignedIn(server, "focal.point@mfa.mn.example");
  EXPECT_THAT(focal.Get("/me").body,
              HasSubstr("Nominate 1 more official(s) of 1 for Mongolia. <a href=\"/editions/24/nominations/"));
  const auto secretariat_me = c.Get("/me");
  EXPECT_THAT(secretariat_me.body, HasSubstr("Next step: Close registration; still missing: the registration deadline"));
  EXPECT_THAT(steering.Get("/me").body,
              HasSubstr("The accepted list (1 people) waits for your approval. <a "
                        "href=\"/manage/editions/24/applications#approval\">Approve it or ask for changes</a>"));

  // Ending a role takes it away, from the page and from the person's next steps.
  Id lead_account = 0;
  {
    auto db = store::Database::Open(server.db_url(), 1);
    ASSERT_TRUE(db.ok());
    lead_account = store::AccountStore((*db)->pool()).FindByEmail("lead.expert@example.org")->id;
  }
  EXPECT_THAT(page.body, HasSubstr("aria-label=\"End Лея Эксперт&#39;s role as Lead Rapporteur of the seminar\""));
  const auto ended =
      c.Post(roles + "/remove", {{"role", "lead_rapporteur:0"}, {"account", std::to_string(lead_account)}});
  ASSERT_EQ(ended.status, 303);
  EXPECT_EQ(ended.location, roles + "?removed=1");
  page = c.Get(ended.location);
  EXPECT_THAT(page.body, HasSubstr("The role has ended; the person no longer holds it."));
  // The demo's Lead Rapporteur remains; the one the test appointed is gone (still the chair).
  EXPECT_EQ(Count(page.body, "<tr><td>Lead Rapporteur</td>"), 1);
  EXPECT_THAT(page.body, HasSubstr("<tr><td>Lead Rapporteur</td><td>the seminar</td><td dir=\"auto\">Demo Lead "
                                   "Rapporteur</td>"));
  EXPECT_THAT(lead.Get("/me").body, Not(HasSubstr("As Lead Rapporteur")));
  const auto again =
      c.Post(roles + "/remove", {{"role", "lead_rapporteur:0"}, {"account", std::to_string(lead_account)}});
  EXPECT_EQ(again.status, 404);
  EXPECT_THAT(again.body, HasSubstr("This person does not hold this role; reload the page."));
  EXPECT_THAT(c.Get("/manage/audit").body,
              HasSubstr("Account " + std::to_string(lead_account) + " no longer lead_rapporteur of edition " +
                        std::to_string(e.id)));
}

INSTANTIATE_TEST_SUITE_P(Databases, RolesTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
