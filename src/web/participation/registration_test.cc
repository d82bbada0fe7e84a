// Registration through an invitation, the participant's own edits and pages, the data export,
// erasure and the public participant list, end to end on a real server (SQLite and PostgreSQL).
// Invitations are made with `plenary invite` (the path a secretariat's script takes); the
// outbox and the tables are read straight from the server's database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domain/core/clock.h"
#include "domain/core/zoned_time.h"
#include "store/core/audit_log.h"
#include "store/core/credentials.h"
#include "store/core/database.h"
#include "store/core/outbox_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Client;
using testing::RunCommand;
using testing::TestServer;
using Fields = std::vector<std::pair<std::string, std::string>>;

const std::map<std::string, std::string> kNoMailWorker = {{"PLENARY_MAIL_WORKER", "false"}};

Fields With(Fields form, const std::string& key, const std::string& value) {
  for (auto& [k, v] : form) {
    if (k == key) {
      v = value;
      return form;
    }
  }
  form.emplace_back(key, value);
  return form;
}

Fields Without(Fields form, const std::string& key) {
  std::erase_if(form, [&](const auto& kv) { return kv.first == key; });
  return form;
}

class RegistrationTest : public testing::ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    if (IsSkipped()) return;
    server_ = std::make_unique<TestServer>(GetParam(), kNoMailWorker);
    auto db = store::Database::Open(server_->db_url(), 2);
    ASSERT_TRUE(db.ok()) << db.error().message();
    db_ = std::move(*db);
    const auto series = store::SeriesStore(db_->pool()).Primary();
    edition_ = *store::EditionStore(db_->pool()).Get(series->id, 24);
  }

  // Invites with `plenary invite` and returns the token of the printed link.
  std::string Invite(const std::string& email, const std::string& name, std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {PLENARY_BINARY, "invite", "--db", server_->db_url(), "--edition", "24",
                                     "--email", email, "--name", name, "--base-url",
                                     "http://127.0.0.1:" + std::to_string(server_->port())};
    argv.insert(argv.end(), extra.begin(), extra.end());
    int code = -1;
    const std::string out = RunCommand(argv, &code);
    EXPECT_EQ(code, 0) << out;
    const std::string prefix = "/invitations/";
    const auto at = out.find(prefix);
    if (at == std::string::npos) return "";
    return out.substr(at + prefix.size(), out.find('\n', at) - at - prefix.size());
  }

  std::string GroupId(const std::string& name) const {
    for (const auto& g : edition_.working_groups) {
      if (g.name == name) return std::to_string(g.id);
    }
    return "";
  }

  Fields ValidForm(const std::string& full, const std::string& family, const std::string& organisation) const {
    return {{"full_name", full},
            {"family_name", family},
            {"latin_name", ""},
            {"organisation", organisation},
            {"position", "Lawyer"},
            {"country", "Mongolia"},
            {"sector", "civil_society"},
            {"gender", "prefer_not_to_say"},
            {"expertise", "press freedom, digital rights"},
            {"choice_1", GroupId("Privacy and Surveillance")},
            {"choice_2", GroupId("Freedom of Expression Online")},
            {"choice_3", GroupId("Participation and Civic Space")},
            {"access_needs", ""},
            {"dietary_needs", "Vegetarian"},
            {"privacy_consent", "on"},
            {"chatham_acknowledged", "on"}};
  }

  // Registers through a fresh invitation; the client ends signed in as the new participant.
  Client Register(const std::string& email, const Fields& form) {
    const std::string token = Invite(email, form.front().second);
    Client c(server_->port());
    EXPECT_EQ(c.Get("/invitations/" + token).status, 200);
    const auto r = c.Post("/invitations/" + token, form);
    EXPECT_EQ(r.status, 303) << r.body;
    c.Get("/editions/24/me");
    return c;
  }

  std::vector<store::OutgoingMail> MailsTo(const std::string& address) {
    std::vector<store::OutgoingMail> out;
    for (const auto& m : store::OutboxStore(db_->pool()).Recent(500)) {
      if (m.to_address == address) out.push_back(m);
    }
    return out;
  }

  int CountWhere(const std::string& table, const std::string& column, const std::string& needle) {
    soci::session session(db_->pool());
    int n = 0;
    const std::string pattern = "%" + needle + "%";
    session << "SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE :p", soci::use(pattern), soci::into(n);
    return n;
  }

  // The registration with that name (the demo has a hundred others in the edition).
  std::optional<Registration> Named(const std::string& full_name) {
    for (const auto& r : store::RegistrationStore(db_->pool()).List(edition_.id)) {
      if (r.full_name == full_name) return r;
    }
    return std::nullopt;
  }

  size_t RegistrationCount() { return store::RegistrationStore(db_->pool()).List(edition_.id).size(); }

  void CloseRegistration() {
    soci::session session(db_->pool());
    long long past = SystemClock::Instance().Now() - 3600, id = edition_.id;
    session << "UPDATE editions SET registration_deadline = :t WHERE id = :id", soci::use(past), soci::use(id);
    edition_.registration_deadline = past;
  }

  std::unique_ptr<TestServer> server_;
  std::unique_ptr<store::Database> db_;
  Edition edition_;
};

TEST_P(RegistrationTest, AnInvitationRegistersSignsInAndQueuesTheConfirmation) {
  const size_t before = RegistrationCount();
  const std::string token =
      Invite("Oyunaa.B@Example.net", "Оюунаа Бат", {"--organisation", "Globe International", "--country", "Mongolia"});
  ASSERT_FALSE(token.empty());
  Client c(server_->port());
  auto form = c.Get("/invitations/" + token);
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"Оюунаа Бат\""));
  EXPECT_THAT(form.body, HasSubstr("value=\"Globe International\""));
  EXPECT_THAT(form.body, HasSubstr("<option value=\"Mongolia\" selected>Mongolia</option>"));
  EXPECT_THAT(form.body, HasSubstr("Registration: Human Rights &amp; Digital Civic Space"));
  EXPECT_THAT(form.body, HasSubstr("Registration is open until 30 April 2027, 23:59 Ulaanbaatar time "
                                   "(Asia/Ulaanbaatar, UTC+08:00)."));
  EXPECT_THAT(form.body, HasSubstr("<option value=\"International\">International</option>"));
  EXPECT_THAT(form.body, HasSubstr("name=\"choice_3\""));
  EXPECT_THAT(form.body, HasSubstr("href=\"/privacy\""));

  const Fields valid = ValidForm("Оюунаа Бат", "Бат", "Globe International");
  auto r = c.Post("/invitations/" + token, valid);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.location, "/editions/24/registration?saved=1");
  ASSERT_EQ(r.set_cookies.size(), 1u);
  EXPECT_THAT(r.set_cookies[0], HasSubstr("plenary_session="));
  auto saved = c.Get("/editions/24/registration?saved=1");
  EXPECT_EQ(saved.status, 200);
  EXPECT_THAT(saved.body, HasSubstr("Your registration is saved. A confirmation is on its way to oyunaa.b@example.net."));

  EXPECT_EQ(RegistrationCount(), before + 1);
  const auto registration = Named("Оюунаа Бат");
  ASSERT_TRUE(registration.has_value());
  EXPECT_EQ(registration->region, "Asia");
  EXPECT_EQ(registration->status, RegistrationStatus::kApplied);
  const auto mails = MailsTo("oyunaa.b@example.net");
  ASSERT_EQ(mails.size(), 2u);  // the invitation, then the confirmation
  const auto& confirmation = mails[0].subject.rfind("Registration", 0) == 0 ? mails[0] : mails[1];
  EXPECT_EQ(confirmation.subject, "Registration received: Human Rights & Digital Civic Space");
  EXPECT_THAT(confirmation.body_text, HasSubstr("Name: Оюунаа Бат\nOrganisation: Globe International\n"));
  EXPECT_THAT(confirmation.body_text,
              HasSubstr("Working groups, in your order of preference:\n  1. Privacy and Surveillance\n"
                        "  2. Freedom of Expression Online\n  3. Participation and Civic Space\n"));
  EXPECT_THAT(confirmation.body_text, HasSubstr("You can change your registration until 30 April 2027, 23:59 "
                                                "Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)"));

  // The same link again, from another browser: refused, nothing duplicated.
  Client other(server_->port());
  auto again = other.Get("/invitations/" + token);
  EXPECT_EQ(again.status, 410);
  EXPECT_THAT(again.body, HasSubstr("This invitation has already been used to register. Sign in to change your "
                                    "registration."));
  EXPECT_THAT(again.body, HasSubstr("href=\"/sign-in?next=/editions/24/registration\""));
  other.Get("/sign-in");
  EXPECT_EQ(other.Post("/invitations/" + token, valid).status, 410);
  EXPECT_EQ(RegistrationCount(), before + 1);
  EXPECT_EQ(MailsTo("oyunaa.b@example.net").size(), 2u);
  EXPECT_EQ(CountWhere("accounts", "email", "oyunaa.b@example.net"), 1);

  // A forged token is simply not found.
  auto forged = other.Get("/invitations/" + std::string(43, 'A'));
  EXPECT_EQ(forged.status, 404);
  EXPECT_THAT(forged.body, HasSubstr("This invitation link is not valid."));
}

TEST_P(RegistrationTest, ARejectedFormKeepsEverythingTypedAndNamesEachProblem) {
  const size_t before = RegistrationCount();
  const std::string token = Invite("ana@example.net", "Ana Lima");
  Client c(server_->port());
  c.Get("/invitations/" + token);
  Fields form = ValidForm("Ana Lima", "Souza", "Conectas");
  form = With(form, "choice_2", GroupId("Privacy and Surveillance"));  // repeats the first choice
  form = With(form, "choice_3", "");                                   // omits one
  form = With(form, "country", "Narnia");
  form = Without(form, "chatham_acknowledged");
  form = With(form, "access_needs", "Step-free access <please>");
  auto r = c.Post("/invitations/" + token, form);
  ASSERT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("5 thing(s) to correct"));
  EXPECT_THAT(r.body, HasSubstr("The family name must be written as it appears in your full name (&quot;Ana "
                                "Lima&quot;); copy that part of it."));
  EXPECT_THAT(r.body, HasSubstr("You chose &quot;Privacy and Surveillance&quot; more than once; rank each working "
                                "group once."));
  EXPECT_THAT(r.body, HasSubstr("Choose your third choice: rank every working group."));
  EXPECT_THAT(r.body, HasSubstr("&quot;Narnia&quot; is not one of the partner countries"));
  EXPECT_THAT(r.body, HasSubstr("Acknowledge the Chatham House Rule"));
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#choice_2\">"));
  EXPECT_THAT(r.body, HasSubstr("value=\"Souza\""));
  EXPECT_THAT(r.body, HasSubstr("value=\"Conectas\""));
  EXPECT_THAT(r.body, HasSubstr("Step-free access &lt;please&gt;</textarea>"));
  EXPECT_THAT(r.body, HasSubstr("value=\"press freedom, digital rights\""));
  EXPECT_THAT(r.body, HasSubstr("<option value=\"" + GroupId("Privacy and Surveillance") +
                                    "\" selected>Privacy and Surveillance</option>"));
  EXPECT_THAT(r.body, HasSubstr("name=\"privacy_consent\" value=\"on\" checked"));
  EXPECT_THAT(r.body, Not(HasSubstr("name=\"chatham_acknowledged\" value=\"on\" checked")));
  EXPECT_EQ(RegistrationCount(), before);
  // The invitation is still good: the corrected form registers.
  EXPECT_EQ(c.Post("/invitations/" + token, ValidForm("Ana Lima", "Lima", "Conectas")).status, 303);
}

TEST_P(RegistrationTest, RevokedExpiredAndLateInvitationsAreRefusedWithTheReason) {
  const size_t before = RegistrationCount();
  const std::string revoked = Invite("revoked@example.net", "Revoked Person");
  const std::string expired = Invite("expired@example.net", "Expired Person", {"--days", "0"});
  const std::string late = Invite("late@example.net", "Late Person");
  store::InvitationStore invitations(db_->pool());
  const auto invitation = invitations.FindByTokenHash(store::Sha256Hex(revoked));
  ASSERT_TRUE(invitation.has_value());
  ASSERT_TRUE(invitations.Revoke(edition_.id, invitation->id, std::nullopt).ok());
  Client c(server_->port());
  auto r = c.Get("/invitations/" + revoked);
  EXPECT_EQ(r.status, 410);
  EXPECT_THAT(r.body, HasSubstr("This invitation was withdrawn by the secretariat."));
  r = c.Get("/invitations/" + expired);
  EXPECT_EQ(r.status, 410);
  EXPECT_THAT(r.body, HasSubstr("This invitation link expired on "));
  EXPECT_THAT(r.body, HasSubstr("Ask the secretariat to send it again."));
  CloseRegistration();
  r = c.Get("/invitations/" + late);
  EXPECT_EQ(r.status, 410);
  EXPECT_THAT(r.body, HasSubstr("Registration closed on " +
                                    FormatInZone(*edition_.registration_deadline, "Asia/Ulaanbaatar") + "."));
  EXPECT_THAT(r.body, HasSubstr("Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)"));
  c.Get("/sign-in");
  EXPECT_EQ(c.Post("/invitations/" + late, ValidForm("Late Person", "Person", "Late Org")).status, 410);
  EXPECT_EQ(RegistrationCount(), before);
}

TEST_P(RegistrationTest, TheParticipantEditsUntilTheDeadlineAndAStaleEditKeepsTheirValues) {
  Client c = Register("edit@example.net", ValidForm("Sara Khan", "Khan", "HRCP"));
  auto form = c.Get("/editions/24/registration");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("name=\"version\" value=\"1\""));
  EXPECT_THAT(form.body, HasSubstr("value=\"HRCP\""));
  Fields edited = With(ValidForm("Sara Khan", "Khan", "Human Rights Commission of Pakistan"), "version", "1");
  edited = With(edited, "country", "Pakistan");
  auto r = c.Post("/editions/24/registration", edited);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.location, "/editions/24/registration?saved=1");
  const auto stored = Named("Sara Khan");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->organisation, "Human Rights Commission of Pakistan");
  EXPECT_EQ(stored->version, 2);
  int updates = 0;
  for (const auto& m : MailsTo("edit@example.net")) updates += m.subject == "Registration updated: Human Rights & Digital Civic Space";
  EXPECT_EQ(updates, 1);

  // The same form submitted again (a second window): 409, and what they typed is still there.
  r = c.Post("/editions/24/registration", With(edited, "position", "Director"));
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("Your registration was changed elsewhere"));
  EXPECT_THAT(r.body, HasSubstr("value=\"Director\""));
  EXPECT_THAT(r.body, HasSubstr("name=\"version\" value=\"2\""));
  EXPECT_EQ(Named("Sara Khan")->position, "Lawyer");

  CloseRegistration();
  auto closed = c.Get("/editions/24/registration");
  EXPECT_EQ(closed.status, 200);
  EXPECT_THAT(closed.body, HasSubstr("Registration closed on " +
                                         FormatInZone(*edition_.registration_deadline, "Asia/Ulaanbaatar")));
  EXPECT_THAT(closed.body, Not(HasSubstr("<form method=\"post\" action=\"/editions/24/registration\"")));
  EXPECT_THAT(closed.body, HasSubstr("Human Rights Commission of Pakistan"));
  EXPECT_EQ(c.Post("/editions/24/registration", With(edited, "version", "2")).status, 409);
  EXPECT_EQ(Named("Sara Khan")->version, 2);
}

TEST_P(RegistrationTest, GovernmentComesByNominationAndAcceptedFactsChangeOnlyByRequest) {
  // An invited person cannot make themselves a government official.
  const std::string token = Invite("official@example.net", "Would Be Official");
  Client visitor(server_->port());
  ASSERT_EQ(visitor.Get("/invitations/" + token).status, 200);
  auto refused = visitor.Post("/invitations/" + token,
                              With(ValidForm("Would Be Official", "Official", "Ministry"), "sector", "government"));
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Government officials take part through their partner&#39;s nomination: choose "
                                      "the sector you work in, or ask your country&#39;s focal point to nominate you."));
  EXPECT_FALSE(Named("Would Be Official").has_value());

  // Accepted, she changes her country, sector and organisation: the organisation changes, the
  // facts selection used become requests.
  Client c = Register("locked@example.net", ValidForm("Lena Weber", "Weber", "Digitalcourage"));
  const auto registration = *Named("Lena Weber");
  store::RegistrationStore registrations(db_->pool());
  ASSERT_TRUE(registrations.Decide(edition_.id, {{registration.id, RegistrationStatus::kAccepted, "", std::nullopt}},
                                   std::nullopt)
                  .ok());
  Fields edited = With(ValidForm("Lena Weber", "Weber", "Digitalcourage e.V."), "version", "2");
  edited = With(With(edited, "country", "Germany"), "gender", "woman");
  const auto government = c.Post("/editions/24/registration", With(edited, "sector", "government"));
  EXPECT_EQ(government.status, 422);
  auto r = c.Post("/editions/24/registration", With(edited, "sector", "academia"));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.location, "/editions/24/registration?saved=1&requested=1");
  auto stored = *Named("Lena Weber");
  EXPECT_EQ(stored.organisation, "Digitalcourage e.V.");
  EXPECT_EQ(stored.country, "Mongolia");
  EXPECT_EQ(stored.sector, Sector::kCivilSociety);
  EXPECT_EQ(stored.gender, Gender::kPreferNotToSay);
  const auto page = c.Get(r.location);
  EXPECT_THAT(page.body, HasSubstr("your change to them is a request the secretariat will accept or refuse"));
  EXPECT_THAT(page.body, HasSubstr("<li>Country: Mongolia → Germany</li><li>Sector: Civil society → Academia</li>"
                                   "<li>Gender: Prefer not to say → Woman</li>"));

  // The secretariat sees the requests on the registration, accepts the country, refuses the sector.
  Client secretariat = testing::SignedIn(*server_);
  const std::string detail = "/manage/editions/24/applications/" + std::to_string(stored.id);
  const auto list = secretariat.Get("/manage/editions/24/applications");
  EXPECT_THAT(list.body, HasSubstr("3 request(s) to change facts used in the selection"));
  EXPECT_THAT(list.body, HasSubstr("<li><a href=\"" + detail + "#requests-heading\" dir=\"auto\">Lena Weber</a>: "
                                   "Country: Mongolia → Germany</li>"));
  auto shown = secretariat.Get(detail);
  EXPECT_THAT(shown.body, HasSubstr("Requests to change facts used in the selection"));
  const auto requests = registrations.FactRequests(edition_.id);
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_EQ(requests[0].to_region, "Europe");
  ASSERT_EQ(secretariat.Post(detail + "/requests/" + std::to_string(requests[0].id), {{"answer", "accept"}}).status,
            303);
  ASSERT_EQ(secretariat.Post(detail + "/requests/" + std::to_string(requests[1].id), {{"answer", "refuse"}}).status,
            303);
  const auto twice = secretariat.Post(detail + "/requests/" + std::to_string(requests[1].id), {{"answer", "accept"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("This request was answered already (refused); reload the page."));
  stored = *Named("Lena Weber");
  EXPECT_EQ(stored.country, "Germany");
  EXPECT_EQ(stored.region, "Europe");
  EXPECT_EQ(stored.sector, Sector::kCivilSociety);
  shown = secretariat.Get(detail + "?answered=1");
  EXPECT_THAT(shown.body, HasSubstr("The request is answered; the person is being written to."));
  EXPECT_THAT(shown.body, HasSubstr("Country: Mongolia → Germany (asked "));
  EXPECT_THAT(shown.body, HasSubstr("): Accepted</li>"));
  EXPECT_THAT(shown.body, HasSubstr("): Refused</li>"));
  EXPECT_THAT(shown.body, HasSubstr("aria-label=\"Accept the change Gender: Prefer not to say → Woman\""));
  std::vector<std::string> answers;
  for (const auto& m : MailsTo("locked@example.net")) {
    if (m.purpose == "registration_change") answers.push_back(m.subject);
  }
  EXPECT_EQ(answers.size(), 2u);
  EXPECT_THAT(c.Get("/editions/24/registration").body,
              HasSubstr("<ul><li>Gender: Prefer not to say → Woman</li></ul>"));
  // Someone not accepted edits the same facts freely.
  Client free = Register("free@example.net", ValidForm("Free Editor", "Editor", "NGO"));
  ASSERT_EQ(free.Post("/editions/24/registration", With(With(ValidForm("Free Editor", "Editor", "NGO"), "version", "1"),
                                                          "country", "Germany"))
                .location,
            "/editions/24/registration?saved=1");
  EXPECT_EQ(Named("Free Editor")->country, "Germany");
}

TEST_P(RegistrationTest, TheDataExportHoldsEverythingStoredAndNoInternalReason) {
  Client c = Register("export@example.net", With(ValidForm("Lena Vogel", "Vogel", "Amnesty DE"), "public_listing", "on"));
  const auto registration = *Named("Lena Vogel");
  ASSERT_TRUE(store::RegistrationStore(db_->pool())
                  .Decide(edition_.id, {{registration.id, RegistrationStatus::kWaitlisted, "Too many from NGOs", {}}},
                          std::nullopt)
                  .ok());
  auto r = c.Get("/editions/24/me/data.json");
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, Not(HasSubstr("Too many from NGOs")));
  const auto json = nlohmann::json::parse(r.body);
  std::vector<std::string> keys;
  for (const auto& [k, v] : json.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"account", "edition", "exported_at", "format", "invitation", "mails",
                                            "registration", "status_history"}));
  EXPECT_EQ(json["invitation"]["name"], "Lena Vogel");
  EXPECT_EQ(json["invitation"]["email"], "export@example.net");
  EXPECT_EQ(json["invitation"]["kind"], "invited");
  EXPECT_EQ(json["account"]["time_zone"], "");
  EXPECT_EQ(json["format"], "plenary.personal-data/1");
  EXPECT_EQ(json["account"]["email"], "export@example.net");
  EXPECT_EQ(json["account"]["display_name"], "Lena Vogel");
  const auto& reg = json["registration"];
  std::vector<std::string> reg_keys;
  for (const auto& [k, v] : reg.items()) reg_keys.push_back(k);
  EXPECT_EQ(reg_keys, (std::vector<std::string>{
                          "access_needs", "consent", "country", "created_at", "dietary_needs", "erasure_requested_at",
                          "expertise", "family_name", "full_name", "gender", "id", "latin_name", "organisation",
                          "position", "public_listing", "ranking", "region", "sector", "status", "updated_at",
                          "working_group"}));
  EXPECT_EQ(reg["full_name"], "Lena Vogel");
  EXPECT_EQ(reg["status"], "waitlisted");
  EXPECT_EQ(reg["public_listing"], true);
  EXPECT_EQ(reg["expertise"], nlohmann::json::array({"press freedom", "digital rights"}));
  EXPECT_EQ(reg["ranking"][0]["rank"], 1);
  EXPECT_EQ(reg["ranking"][0]["working_group"], "Privacy and Surveillance");
  EXPECT_EQ(reg["ranking"].size(), 3u);
  EXPECT_EQ(reg["consent"]["privacy_notice_version"], "2026-11");
  EXPECT_TRUE(reg["erasure_requested_at"].is_null());
  ASSERT_EQ(json["status_history"].size(), 2u);
  EXPECT_EQ(json["status_history"][1]["status"], "waitlisted");
  EXPECT_FALSE(json["status_history"][1].contains("reason"));
  ASSERT_EQ(json["mails"].size(), 2u);
  EXPECT_EQ(json["mails"][1]["subject"], "Registration received: Human Rights & Digital Civic Space");
  EXPECT_EQ(json["mails"][1]["status"], "queued");

  auto page = c.Get("/editions/24/me");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Waitlisted."));
  EXPECT_THAT(page.body, Not(HasSubstr("Too many from NGOs")));
  EXPECT_THAT(page.body, HasSubstr("href=\"/editions/24/me/data.json\""));
  // Waitlisted: no participant material, and the page says why.
  EXPECT_THAT(page.body, Not(HasSubstr("href=\"/editions/24/my-programme\"")));
  EXPECT_THAT(page.body, HasSubstr("your own programme and the links to join online sessions are for accepted "
                                   "participants."));
  EXPECT_EQ(c.Get("/editions/24/my-programme").status, 403);
  EXPECT_THAT(c.Get("/me").body, HasSubstr("<a href=\"/editions/24/me\">your registration and page</a>"));
}

TEST_P(RegistrationTest, AnErasureLeavesNothingPersonalAnywhere) {
  const std::string name = "Оюунчимэг Батсүх", family = "Батсүх", organisation = "Khovd Legal Aid Centre";
  const std::string email = "oyunchimeg@example.net";
  Client c = Register(email, With(ValidForm(name, family, organisation), "public_listing", "on"));
  const auto id = Named(name)->id;
  auto r = c.Post("/editions/24/me/erasure", {});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.location, "/editions/24/me?erasure=1");
  auto page = c.Get(r.location);
  EXPECT_THAT(page.body, HasSubstr("Your request is recorded and the secretariat has been told."));
  EXPECT_THAT(page.body, Not(HasSubstr("Ask for erasure</button>")));
  const auto notices = MailsTo("humanrights.seminar@asef.org");
  ASSERT_FALSE(notices.empty());
  EXPECT_EQ(notices.back().subject, "Erasure request: registration " + std::to_string(id) +
                                        ", the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar");
  EXPECT_THAT(notices.back().body_text, Not(HasSubstr(name)));

  Client secretariat(server_->port());
  ASSERT_EQ(secretariat.SignInWith(server_->SignInLink("secretariat@asef.example")).status, 303);
  auto list = secretariat.Get("/manage/editions/24/erasures");
  ASSERT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr(name));
  // Irreversible: the first press says what will happen; the person asked, so no reason is needed.
  r = secretariat.Post("/manage/editions/24/erasures/" + std::to_string(id), {});
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("It cannot be undone."));
  EXPECT_THAT(r.body, HasSubstr("<dt>Asked to be erased</dt>"));
  EXPECT_THAT(r.body, Not(HasSubstr("Legal reason")));
  r = secretariat.Post("/manage/editions/24/erasures/" + std::to_string(id), {{"confirm", "yes"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.location, "/manage/editions/24/erasures?erased=" + std::to_string(id));
  EXPECT_THAT(secretariat.Get(r.location).body, Not(HasSubstr(name)));
  EXPECT_EQ(secretariat.Post("/manage/editions/24/erasures/" + std::to_string(id), {{"confirm", "yes"}}).status, 404);
  // Erased: in no list, chart, count or bulk action.
  EXPECT_THAT(secretariat.Get("/manage/editions/24/applications").body, Not(HasSubstr("Erased registration")));

  for (const std::string& needle : {name, family, organisation, email, std::string("oyunchimeg")}) {
    for (const auto& [table, column] : std::vector<std::pair<std::string, std::string>>{
             {"registrations", "full_name"}, {"registrations", "family_name"}, {"registrations", "organisation"},
             {"invitations", "name"}, {"invitations", "email"}, {"invitations", "organisation"},
             {"accounts", "email"}, {"accounts", "display_name"}, {"audit_log", "summary"},
             {"outbox", "to_address"}, {"outbox", "to_name"}, {"outbox", "body_text"}, {"outbox", "subject"},
             {"signin_attempts", "attempt_key"}}) {
      EXPECT_EQ(CountWhere(table, column, needle), 0) << needle << " in " << table << "." << column;
    }
  }
  const auto erased = store::RegistrationStore(db_->pool()).Get(edition_.id, id);
  ASSERT_TRUE(erased.has_value());
  EXPECT_TRUE(erased->erased_at.has_value());
  EXPECT_EQ(erased->full_name, "Erased participant");
  EXPECT_EQ(erased->region, "Asia");
  EXPECT_EQ(erased->ranking.size(), 3u);
  EXPECT_EQ(CountWhere("audit_log", "summary", "Registration " + std::to_string(id) + " erased"), 1);
  // Their session is gone and the account cannot sign in again.
  EXPECT_EQ(c.Get("/editions/24/me").status, 303);
  EXPECT_EQ(CountWhere("accounts", "email", "erased-account-"), 1);

  // Someone who never asked is erased only with a legal reason.
  const std::string other = "/manage/editions/24/erasures/1";
  const auto unasked = secretariat.Post(other, {{"confirm", "yes"}});
  EXPECT_EQ(unasked.status, 422);
  EXPECT_THAT(unasked.body, HasSubstr("This person has not asked to be erased: give the legal reason"));
  EXPECT_EQ(secretariat.Post(other, {{"confirm", "yes"}, {"reason", "Court order 12/2027"}}).status, 303);
  EXPECT_THAT(secretariat.Get("/manage/audit").body, HasSubstr("erased; legal reason: Court order 12/2027"));
}

TEST_P(RegistrationTest, ThePublicListShowsOnlyAcceptedPeopleWhoAgreedToBeListed) {
  store::RegistrationStore registrations(db_->pool());
  const size_t listed_before = registrations.PublicList(edition_.id).size();
  Register("listed@example.net", With(With(ValidForm("王小明", "王", "Beijing Law Society"), "latin_name", "Wang Xiaoming"),
                                      "public_listing", "on"));
  Register("unlisted@example.net", ValidForm("Hidden Person", "Person", "Quiet Org"));
  Register("pending@example.net", With(ValidForm("Pending Person", "Person", "Waiting Org"), "public_listing", "on"));
  std::vector<store::Decision> decisions;
  for (const auto& name : {"王小明", "Hidden Person"}) {
    decisions.push_back({Named(name)->id, RegistrationStatus::kAccepted, "", {}});
  }
  ASSERT_TRUE(registrations.Decide(edition_.id, decisions, std::nullopt).ok());
  Client anonymous(server_->port());
  auto r = anonymous.Get("/editions/24/participants");
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr(std::to_string(listed_before + 1) + " accepted participant(s) agreed to be listed here."));
  EXPECT_THAT(r.body, HasSubstr("<span dir=\"auto\">王小明 (Wang Xiaoming)</span> – <span dir=\"auto\">Beijing Law "
                                "Society</span>, Mongolia"));
  EXPECT_THAT(r.body, Not(HasSubstr("Hidden Person")));
  EXPECT_THAT(r.body, Not(HasSubstr("Pending Person")));
  auto by_country = anonymous.Get("/editions/24/participants?by=country");
  EXPECT_THAT(by_country.body, HasSubstr("<h2>Mongolia ("));
  EXPECT_THAT(anonymous.Get("/editions/24").body, HasSubstr("href=\"/editions/24/participants\""));
}

TEST_P(RegistrationTest, APurgeAfterTheRetentionPeriodAnonymisesAnEndedEdition) {
  Register("purged@example.net", ValidForm("Purged Person", "Person", "Purged Org"));
  Invite("unused@example.net", "Unused Invitee");
  int code = -1;
  // Edition 24 ends on 10 June 2027: nothing is due with the default retention.
  auto out = RunCommand({PLENARY_BINARY, "purge", "--db", server_->db_url()}, &code);
  EXPECT_EQ(code, 0) << out;
  EXPECT_EQ(CountWhere("registrations", "full_name", "Purged Person"), 1);
  {
    soci::session session(db_->pool());
    long long id = edition_.id;
    session << "UPDATE editions SET end_date = '2026-01-31' WHERE id = :id", soci::use(id);
  }
  // Every registration of the edition (the demo's and this one) and the unused invitation.
  int unused = 0;
  {
    soci::session session(db_->pool());
    long long id = edition_.id;
    session << "SELECT COUNT(*) FROM invitations WHERE edition_id = :e AND id NOT IN "
               "(SELECT invitation_id FROM registrations)",
        soci::use(id), soci::into(unused);
  }
  const size_t expected = RegistrationCount() + static_cast<size_t>(unused);
  out = RunCommand({PLENARY_BINARY, "purge", "--db", server_->db_url(), "--retention-days", "30"}, &code);
  EXPECT_EQ(code, 0) << out;
  EXPECT_THAT(out, HasSubstr("anonymised " + std::to_string(expected) + " registration(s) and invitation(s)")) << out;
  EXPECT_EQ(CountWhere("registrations", "full_name", "Purged Person"), 0);
  EXPECT_EQ(CountWhere("invitations", "name", "Unused Invitee"), 0);
  EXPECT_EQ(CountWhere("invitations", "email", "unused@example.net"), 0);
  EXPECT_EQ(CountWhere("accounts", "email", "purged@example.net"), 0);
  out = RunCommand({PLENARY_BINARY, "purge", "--db", server_->db_url(), "--retention-days", "30"}, &code);
  EXPECT_THAT(out, HasSubstr("anonymised 0 registration(s)")) << out;
}

TEST_P(RegistrationTest, TheServerPurgesAnEndedEditionByItself) {
  Register("auto@example.net", ValidForm("Auto Purged", "Purged", "Auto Org"));
  server_->Stop();
  {
    soci::session session(db_->pool());
    long long id = edition_.id;
    session << "UPDATE editions SET end_date = '2026-01-31' WHERE id = :id", soci::use(id);
  }
  server_->Launch({{"PLENARY_MAIL_WORKER", "false"}, {"PLENARY_PRIVACY_RETENTION_DAYS", "30"}});
  int left = 1;
  for (int i = 0; i < 100 && left; ++i) {
    left = CountWhere("registrations", "full_name", "Auto Purged");
    if (left) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(left, 0);
  EXPECT_EQ(CountWhere("accounts", "email", "auto@example.net"), 0);
}

INSTANTIATE_TEST_SUITE_P(Databases, RegistrationTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
