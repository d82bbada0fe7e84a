// The applications pages end to end on a real server (SQLite and PostgreSQL), over an edition
// of their own (number 90) whose five registrations the test creates through the stores: the
// list's filters, sort and counts; the CSV (exact bytes) and XLSX exports (read back with
// Python's zipfile, tests/formats/xlsx_cells.py); decisions one at a time and in bulk with
// their e-mails and history; the steering committee's approval going stale; and who may do what.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "domain/core/clock.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
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
using testing::Count;
using testing::RunCommand;
using testing::TestServer;

struct Person {
  std::string email, name, latin, country, region, organisation;
  Sector sector;
  Gender gender;
  int first;  // 0 or 1: which working group is the first choice
  InvitationKind kind;
};

// Batbayar (1), Zofia (2), Lan (3), Anders (4), Alex (5), in this order of ids.
const std::vector<Person> kPeople = {
    {"batbayar@example.mn", "Батбаяр Энх", "Batbayar Enkh", "Mongolia", "Asia", "Ministry of Justice",
     Sector::kGovernment, Gender::kMan, 0, InvitationKind::kNominated},
    {"zofia@example.pl", "Zofia Nowak", "", "Poland", "Europe", "Helsinki Foundation", Sector::kCivilSociety,
     Gender::kWoman, 1, InvitationKind::kInvited},
    {"lan@example.vn", "Nguyễn Thị Lan", "Nguyen Thi Lan", "Viet Nam", "Asia", "Women's Union, Hà Nội",
     Sector::kCivilSociety, Gender::kWoman, 1, InvitationKind::kInvited},
    {"anders@example.dk", "Anders Berg", "", "Denmark", "Europe", "=HYPERLINK(\"http://x\")", Sector::kAcademia,
     Gender::kMan, 0, InvitationKind::kInvited},
    {"alex@example.org", "Alex Kim", "", "International", "Other", "UN OHCHR", Sector::kInternationalOrganisation,
     Gender::kNonBinary, 0, InvitationKind::kInvited},
};

struct Seeded {
  Id edition_id = 0;
  std::vector<Id> groups;
  std::vector<Id> ids;  // registration ids, in kPeople's order
};

Seeded Seed(store::Database& db) {
  Seeded s;
  store::EditionStore editions(db.pool());
  Edition e;
  e.series_id = store::SeriesStore(db.pool()).Primary()->id;
  e.number = 90;
  e.title = "Test Seminar";
  e.city = "Bangkok";
  e.country = "Thailand";
  e.time_zone = "Asia/Bangkok";
  e.year = 2030;
  e.phase = EditionPhase::kSelection;
  e.working_groups = {{0, "Privacy", "", 1, 30, {}}, {0, "Expression", "", 1, 30, {}}};
  s.edition_id = *editions.Create(e, std::nullopt);
  const auto stored = editions.GetById(s.edition_id);
  for (const auto& g : stored->working_groups) s.groups.push_back(g.id);
  store::InvitationStore invitations(db.pool());
  store::RegistrationStore registrations(db.pool());
  const UtcSeconds now = SystemClock::Instance().Now();
  for (size_t i = 0; i < kPeople.size(); ++i) {
    const Person& p = kPeople[i];
    store::NewInvitation n;
    n.invitation.edition_id = s.edition_id;
    n.invitation.kind = p.kind;
    n.invitation.email = p.email;
    n.invitation.name = p.name;
    n.invitation.sector = p.sector;
    n.invitation.expires_at = now + 86400;
    n.token_hash = "test-token-" + std::to_string(i);
    n.mail = store::OutgoingMail{};
    n.mail->to_address = p.email;
    n.mail->subject = "Invitation";
    n.mail->body_text = "Invited.";
    n.mail->purpose = "invitation";
    if (!invitations.Create({n}, std::nullopt)) throw std::runtime_error("invitation");
    Registration r;
    r.edition_id = s.edition_id;
    r.full_name = p.name;
    r.family_name = p.name.substr(0, p.name.find(' '));
    r.latin_name = p.latin;
    r.organisation = p.organisation;
    r.country = p.country;
    r.region = p.region;
    r.sector = p.sector;
    r.gender = p.gender;
    r.ranking = {s.groups[p.first], s.groups[1 - p.first]};
    r.access_needs = i == 0 ? "Step-free access" : "";
    r.privacy_version = kPrivacyNoticeVersion;
    r.consented_at = now;
    r.chatham_acknowledged_at = now;
    store::OutgoingMail confirmation;
    confirmation.subject = "Registration received";
    confirmation.body_text = "Received.";
    confirmation.purpose = "registration";
    auto created = registrations.Create(n.token_hash, r, confirmation, now);
    if (!created) throw std::runtime_error("registration: " + created.error().message());
    s.ids.push_back(created->registration_id);
  }
  return s;
}

class ApplicationsTest : public testing::ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    if (IsSkipped()) return;
    server_ = std::make_unique<TestServer>(GetParam());
    db_ = store::Database::Open(server_->db_url(), 1).value();
    seeded_ = Seed(*db_);
  }
  Client SignedIn(const std::string& email) {
    Client c(server_->port());
    EXPECT_EQ(c.SignInWith(server_->SignInLink(email)).status, 303);
    c.Get("/me");
    return c;
  }
  std::string Id(size_t person) const { return std::to_string(seeded_.ids.at(person)); }
  std::string Detail(size_t person) const { return "/manage/editions/90/applications/" + Id(person); }
  std::vector<store::OutgoingMail> MailsTo(size_t person) {
    std::vector<store::OutgoingMail> out;
    for (auto& m : store::OutboxStore(db_->pool()).ListTo(kPeople[person].email)) {
      if (m.purpose == "registration_decision") out.push_back(m);
    }
    return out;
  }
  RegistrationStatus StatusOf(size_t person) {
    return store::RegistrationStore(db_->pool()).Get(seeded_.edition_id, seeded_.ids[person])->status;
  }

  std::unique_ptr<TestServer> server_;
  std::unique_ptr<store::Database> db_;
  Seeded seeded_;
};

TEST_P(ApplicationsTest, FiltersSortsAndCountsExactly) {
  Client secretariat = SignedIn("secretariat@asef.example");
  const auto all = secretariat.Get("/manage/editions/90/applications");
  ASSERT_EQ(all.status, 200);
  EXPECT_THAT(all.body, HasSubstr("Showing 5 of 5 registrations."));
  EXPECT_THAT(all.body, HasSubstr("Applied 5</span>, <span class=\"status-count\">Accepted 0</span>"));
  EXPECT_EQ(Count(all.body, "name=\"registration\""), 5);
  EXPECT_THAT(all.body, HasSubstr("<option value=\"Asia\">Asia (2)</option>"));
  EXPECT_THAT(all.body, HasSubstr("<option value=\"woman\">Woman (2)</option>"));
  EXPECT_THAT(all.body, HasSubstr("<option value=\"Poland\">Poland (1)</option>"));
  EXPECT_THAT(all.body, HasSubstr("<option value=\"" + std::to_string(seeded_.groups[0]) + "\">Privacy (3)</option>"));
  EXPECT_THAT(all.body, HasSubstr("Nominated</td>"));

  const auto asia = secretariat.Get("/manage/editions/90/applications?region=Asia&gender=woman");
  EXPECT_THAT(asia.body, HasSubstr("Showing 1 of 5 registrations."));
  EXPECT_THAT(asia.body, HasSubstr(">Nguyễn Thị Lan</a><br><span class=\"meta\">Nguyen Thi Lan</span>"));
  EXPECT_THAT(asia.body, Not(HasSubstr("Zofia Nowak")));
  // Region counts keep the gender filter: two women, one in Asia, one in Europe.
  EXPECT_THAT(asia.body, HasSubstr("<option value=\"Asia\" selected>Asia (1)</option>"));
  EXPECT_THAT(asia.body, HasSubstr("<option value=\"Europe\">Europe (1)</option>"));
  EXPECT_THAT(asia.body, HasSubstr("<option value=\"woman\" selected>Woman (1)</option>"));
  EXPECT_THAT(asia.body, HasSubstr("<option value=\"man\">Man (1)</option>"));

  // Sorted by country, descending: Viet Nam, Poland, Mongolia, International, Denmark.
  const auto sorted = secretariat.Get("/manage/editions/90/applications?sort=country&order=desc");
  const auto lan = sorted.body.find(">Nguyễn Thị Lan<"), zofia = sorted.body.find(">Zofia Nowak<"),
             bat = sorted.body.find(">Батбаяр Энх<"), alex = sorted.body.find(">Alex Kim<"),
             anders = sorted.body.find(">Anders Berg<");
  ASSERT_NE(anders, std::string::npos);
  EXPECT_TRUE(lan < zofia && zofia < bat && bat < alex && alex < anders);
  EXPECT_THAT(sorted.body, HasSubstr("aria-sort=\"descending\"><a href=\"/manage/editions/90/applications?sort=country&amp;order=asc\">Country"));
}

TEST_P(ApplicationsTest, ExportsTheFilteredRowsAsCsvAndXlsx) {
  Client steering = SignedIn("steering@asef.example");
  Client secretariat = SignedIn("secretariat@asef.example");
  const auto csv = secretariat.Get("/manage/editions/90/applications.csv?region=Europe&sort=name");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body,
            "\xEF\xBB\xBF"
            "Id,Name,Name in Latin script,Family name,Organisation,Position,Country,Region,Sector,Gender,First choice,"
            "Status,Nominated or invited,E-mail\r\n" +
                Id(3) + ",Anders Berg,,Anders,\"'=HYPERLINK(\"\"http://x\"\")\",,Denmark,Europe,Academia,Man,Privacy,"
                        "Applied,Invited,anders@example.dk\r\n" +
                Id(1) + ",Zofia Nowak,,Zofia,Helsinki Foundation,,Poland,Europe,Civil society,Woman,Expression,"
                        "Applied,Invited,zofia@example.pl\r\n");

  // The steering committee's export has the same columns and no e-mail addresses.
  const auto theirs = steering.Get("/manage/editions/90/applications.csv?region=Europe&sort=name");
  ASSERT_EQ(theirs.status, 200);
  EXPECT_EQ(theirs.body,
            "\xEF\xBB\xBF"
            "Id,Name,Name in Latin script,Family name,Organisation,Position,Country,Region,Sector,Gender,First choice,"
            "Status,Nominated or invited,E-mail\r\n" +
                Id(3) + ",Anders Berg,,Anders,\"'=HYPERLINK(\"\"http://x\"\")\",,Denmark,Europe,Academia,Man,Privacy,"
                        "Applied,Invited,\r\n" +
                Id(1) + ",Zofia Nowak,,Zofia,Helsinki Foundation,,Poland,Europe,Civil society,Woman,Expression,"
                        "Applied,Invited,\r\n");

  const auto xlsx = secretariat.Get("/manage/editions/90/applications.xlsx?region=Asia");
  ASSERT_EQ(xlsx.status, 200);
  const auto path = std::filesystem::temp_directory_path() / ("applications-" + std::to_string(getpid()) + ".xlsx");
  std::ofstream(path, std::ios::binary) << xlsx.body;
  int code = -1;
  const auto cells = RunCommand({"/usr/bin/python3", std::string(PLENARY_SOURCE_DIR) + "/tests/formats/xlsx_cells.py",
                                 path.string()}, &code);
  std::filesystem::remove(path);
  EXPECT_EQ(code, 0) << cells;
  EXPECT_EQ(cells,
            "sheet: Applications\n"
            "Id\tName\tName in Latin script\tFamily name\tOrganisation\tPosition\tCountry\tRegion\tSector\tGender\t"
            "First choice\tStatus\tNominated or invited\tE-mail\n" +
                std::string("#") + Id(0) + "\tБатбаяр Энх\tBatbayar Enkh\tБатбаяр\tMinistry of Justice\t\tMongolia\tAsia\tGovernment\t"
                        "Man\tPrivacy\tApplied\tNominated\tbatbayar@example.mn\n" +
                std::string("#") + Id(2) + "\tNguyễn Thị Lan\tNguyen Thi Lan\tNguyễn\tWomen's Union, Hà Nội\t\tViet Nam\tAsia\t"
                        "Civil society\tWoman\tExpression\tApplied\tInvited\tlan@example.vn\n");
  // An XLSX text cell is never a formula: it holds the organisation exactly, no apostrophe.
  const auto all = secretariat.Get("/manage/editions/90/applications.xlsx");
  std::ofstream(path, std::ios::binary) << all.body;
  const auto all_cells = RunCommand({"/usr/bin/python3", std::string(PLENARY_SOURCE_DIR) + "/tests/formats/xlsx_cells.py",
                                     path.string()}, &code);
  std::filesystem::remove(path);
  EXPECT_THAT(all_cells, HasSubstr("#" + Id(3) + "\tAnders Berg\t\tAnders\t=HYPERLINK(\"http://x\")\t\tDenmark"));
}

TEST_P(ApplicationsTest, DecisionsQueueAKindMailWithoutTheReasonAndKeepHistory) {
  Client secretariat = SignedIn("secretariat@asef.example");
  secretariat.Get(Detail(0));
  const auto missing = secretariat.Post(Detail(0) + "/decision", {{"reason", "kept"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_THAT(missing.body, HasSubstr("Choose a decision: accept, waitlist or decline."));
  EXPECT_THAT(missing.body, HasSubstr(">kept</textarea>"));

  const struct {
    size_t person;
    const char* decision;
    const char* subject;
    RegistrationStatus status;
  } cases[] = {
      {0, "accepted", "Your participation in the 90th Informal ASEM Seminar on Human Rights, Bangkok: accepted", RegistrationStatus::kAccepted},
      {1, "waitlisted", "Your participation in the 90th Informal ASEM Seminar on Human Rights, Bangkok: on the waiting list",
       RegistrationStatus::kWaitlisted},
      {3, "declined", "Your participation in the 90th Informal ASEM Seminar on Human Rights, Bangkok: our decision",
       RegistrationStatus::kDeclined},
  };
  // Each decision is a draft: the status, the mails and the history wait for the release.
  for (const auto& c : cases) {
    secretariat.Get(Detail(c.person));
    const auto r = secretariat.Post(Detail(c.person) + "/decision",
                                    {{"decision", c.decision}, {"reason", "INTERNAL-NOTE-" + std::string(c.decision)}});
    ASSERT_EQ(r.status, 303) << c.decision;
    EXPECT_EQ(r.location, Detail(c.person) + "?decided=1");
    EXPECT_EQ(StatusOf(c.person), RegistrationStatus::kApplied);
    EXPECT_TRUE(MailsTo(c.person).empty()) << c.decision;
    EXPECT_THAT(secretariat.Get(Detail(c.person)).body,
                HasSubstr("<dt>Draft decision (not released)</dt><dd>" + Label(c.status) + "; reason: INTERNAL-NOTE-" +
                          c.decision + "</dd>"));
  }
  // The release says what will happen; without the steering committee's approval it needs a reason.
  auto list = secretariat.Get("/manage/editions/90/applications");
  EXPECT_THAT(list.body, HasSubstr("3 draft decision(s) wait to be released."));
  const auto confirm = secretariat.Post("/manage/editions/90/applications/release", {});
  ASSERT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("<li>Accepted: 1</li><li>Waitlisted: 1</li><li>Declined: 1</li>"));
  EXPECT_THAT(confirm.body, HasSubstr("3 e-mail(s) will be sent"));
  EXPECT_THAT(confirm.body, HasSubstr("The steering committee has not approved the list as it stands."));
  const auto no_reason = secretariat.Post("/manage/editions/90/applications/release", {{"confirm", "yes"}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("give the reason for releasing it without their approval"));
  EXPECT_TRUE(MailsTo(0).empty());
  const auto released = secretariat.Post("/manage/editions/90/applications/release",
                                         {{"confirm", "yes"}, {"reason", "The committee agreed by phone."}});
  ASSERT_EQ(released.status, 303);
  EXPECT_EQ(released.location, "/manage/editions/90/applications?released=3");
  EXPECT_THAT(secretariat.Get("/manage/audit").body,
              HasSubstr("3 decision(s) released; released without the steering committee&#39;s approval: The committee "
                        "agreed by phone."));
  for (const auto& c : cases) {
    EXPECT_EQ(StatusOf(c.person), c.status);
    const auto mails = MailsTo(c.person);
    ASSERT_EQ(mails.size(), 1u) << c.decision;
    EXPECT_EQ(mails[0].subject, c.subject);
    EXPECT_THAT(mails[0].body_text, HasSubstr("Dear " + kPeople[c.person].name + ",")) << mails[0].body_text;
    EXPECT_THAT(mails[0].body_text, Not(HasSubstr("INTERNAL-NOTE"))) << mails[0].body_text;
    const auto history = store::RegistrationStore(db_->pool()).History(seeded_.ids[c.person]);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].status, RegistrationStatus::kApplied);
    EXPECT_EQ(history[1].status, c.status);
    EXPECT_EQ(history[1].reason, "INTERNAL-NOTE-" + std::string(c.decision));
    EXPECT_EQ(history[1].actor_id, store::AccountStore(db_->pool()).FindByEmail("secretariat@asef.example")->id);
  }
  EXPECT_THAT(MailsTo(3)[0].body_text, HasSubstr("we cannot offer you a place this time"));

  // The detail page: every field, the ranking by name, the history with who, the messages.
  const auto page = secretariat.Get(Detail(0));
  EXPECT_THAT(page.body, HasSubstr("<dt>Internal reason</dt><dd>INTERNAL-NOTE-accepted</dd>"));
  EXPECT_THAT(page.body, HasSubstr("<dt>Access needs</dt><dd>Step-free access</dd>"));
  EXPECT_THAT(page.body, HasSubstr("<ol><li>Privacy</li><li>Expression</li></ol>"));
  EXPECT_THAT(page.body, HasSubstr("<td>Accepted</td><td>Demo Secretariat</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td>INTERNAL-NOTE-accepted</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td>Your participation in the 90th Informal ASEM Seminar on Human Rights, Bangkok: accepted</td><td>Waiting to be sent</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td>Registration received</td>"));

  // The same decision again leaves no draft and sends nothing more.
  secretariat.Post(Detail(0) + "/decision", {{"decision", "accepted"}});
  EXPECT_THAT(secretariat.Get("/manage/editions/90/applications").body, Not(HasSubstr("wait to be released")));
  EXPECT_EQ(MailsTo(0).size(), 1u);
}

TEST_P(ApplicationsTest, BulkDecisionFromTheListKeepsTheFilter) {
  Client secretariat = SignedIn("secretariat@asef.example");
  secretariat.Get("/manage/editions/90/applications?region=Europe");
  const auto none = secretariat.Post("/manage/editions/90/applications/decisions",
                                     {{"region", "Europe"}, {"decision", "declined"}});
  EXPECT_EQ(none.status, 422);
  EXPECT_THAT(none.body, HasSubstr("Tick at least one registration in the list."));
  EXPECT_THAT(none.body, HasSubstr("Showing 2 of 5 registrations."));
  EXPECT_THAT(none.body, HasSubstr("value=\"declined\" id=\"bulk-decision-declined\" checked"));

  const auto r = secretariat.Post("/manage/editions/90/applications/decisions",
                                  {{"region", "Europe"}, {"sort", "name"}, {"order", "asc"}, {"registration", Id(1)},
                                   {"registration", Id(3)}, {"decision", "waitlisted"}, {"reason", "BULK-NOTE"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.location, "/manage/editions/90/applications?region=Europe&sort=name&order=asc&decided=2");
  for (size_t person : {0, 1, 3}) EXPECT_EQ(StatusOf(person), RegistrationStatus::kApplied);
  for (size_t person : {1, 3}) EXPECT_TRUE(MailsTo(person).empty());
  const auto after = secretariat.Get(r.location);
  EXPECT_THAT(after.body, HasSubstr("Decision saved as a draft for 2 registration(s)."));
  EXPECT_THAT(after.body, HasSubstr("Waitlisted 2</span>"));  // the list as it stands
  EXPECT_THAT(after.body, HasSubstr("<td>Waitlisted (draft)</td>"));
  ASSERT_EQ(secretariat.Post("/manage/editions/90/applications/release", {{"confirm", "yes"}, {"reason", "Urgent."}})
                .status,
            303);
  for (size_t person : {1, 3}) {
    EXPECT_EQ(StatusOf(person), RegistrationStatus::kWaitlisted);
    const auto mails = MailsTo(person);
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].subject, "Your participation in the 90th Informal ASEM Seminar on Human Rights, Bangkok: on the waiting list");
    EXPECT_THAT(mails[0].body_text, Not(HasSubstr("BULK-NOTE")));
  }
  EXPECT_EQ(StatusOf(0), RegistrationStatus::kApplied);
}

TEST_P(ApplicationsTest, SteeringApprovesOrAsksForChangesAndTheReleaseFollowsTheExactList) {
  Client secretariat = SignedIn("secretariat@asef.example");
  Client steering = SignedIn("steering@asef.example");
  const std::string steering_name =
      store::AccountStore(db_->pool()).FindByEmail("steering@asef.example")->display_name;
  secretariat.Get(Detail(0));
  ASSERT_EQ(secretariat.Post(Detail(0) + "/decision", {{"decision", "accepted"}}).status, 303);
  secretariat.Get(Detail(2));
  ASSERT_EQ(secretariat.Post(Detail(2) + "/decision", {{"decision", "accepted"}}).status, 303);

  auto page = steering.Get("/manage/editions/90/applications?status=accepted");
  EXPECT_THAT(page.body, HasSubstr("has not given its word on the accepted list yet"));
  EXPECT_THAT(page.body, HasSubstr("Approve this list (2 accepted)"));
  EXPECT_THAT(page.body, Not(HasSubstr("name=\"registration\"")));  // steering cannot decide
  EXPECT_THAT(page.body, Not(HasSubstr("Release the decisions")));    // nor release
  // Asking for changes needs a comment, and the secretariat sees it.
  const auto bare = steering.Post("/manage/editions/90/applications/approval", {{"verdict", "changes_requested"}});
  EXPECT_EQ(bare.status, 422);
  EXPECT_THAT(bare.body, HasSubstr("Say which changes you ask for"));
  ASSERT_EQ(steering.Post("/manage/editions/90/applications/approval",
                          {{"verdict", "changes_requested"}, {"comment", "Too few from Asia."}}).status,
            303);
  page = secretariat.Get("/manage/editions/90/applications");
  EXPECT_THAT(page.body, HasSubstr("Changes asked by " + steering_name + " on "));
  EXPECT_THAT(page.body, HasSubstr("“Too few from Asia.”"));
  EXPECT_THAT(secretariat.Post("/manage/editions/90/applications/release", {}).body,
              HasSubstr("Changes asked by " + steering_name + ": “Too few from Asia.”"));

  // The secretariat changes the list; the committee member approves the new one.
  secretariat.Get(Detail(4));
  ASSERT_EQ(secretariat.Post(Detail(4) + "/decision", {{"decision", "accepted"}}).status, 303);
  page = steering.Get("/manage/editions/90/applications");
  EXPECT_THAT(page.body, HasSubstr("Changed since " + steering_name + "'s last word on it: 1 added, 0 removed."));
  ASSERT_EQ(steering.Post("/manage/editions/90/applications/approval", {{"verdict", "approved"}, {"comment", "Balanced."}})
                .status,
            303);
  page = steering.Get("/manage/editions/90/applications");
  EXPECT_THAT(page.body, HasSubstr("Approved by " + steering_name + " on ")) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Comment: “Balanced.”"));
  EXPECT_THAT(page.body, HasSubstr("The list as it stands is approved."));
  EXPECT_THAT(page.body, Not(HasSubstr("Too few from Asia.")));  // a word on an earlier list no longer counts

  // Approved: the release needs no reason and says so.
  const auto confirm = secretariat.Post("/manage/editions/90/applications/release", {});
  EXPECT_THAT(confirm.body, HasSubstr("The steering committee approved the list as it stands (1 member(s))."));
  EXPECT_THAT(confirm.body, Not(HasSubstr("release-reason")));
  ASSERT_EQ(secretariat.Post("/manage/editions/90/applications/release", {{"confirm", "yes"}}).status, 303);
  for (size_t person : {0, 2, 4}) {
    EXPECT_EQ(StatusOf(person), RegistrationStatus::kAccepted);
    EXPECT_EQ(MailsTo(person).size(), 1u);
  }
  EXPECT_THAT(secretariat.Get("/manage/audit").body,
              HasSubstr("3 decision(s) released with the steering committee&#39;s approval"));

  // A later change needs approval again.
  ASSERT_EQ(secretariat.Post(Detail(0) + "/decision", {{"decision", "declined"}}).status, 303);
  page = secretariat.Get("/manage/editions/90/applications");
  EXPECT_THAT(page.body, HasSubstr("0 added, 1 removed."));
  EXPECT_THAT(page.body, Not(HasSubstr("Approve this list")));  // the secretariat sees, cannot approve
  EXPECT_EQ(secretariat.Post("/manage/editions/90/applications/approval", {}).status, 403);
}

TEST_P(ApplicationsTest, OnlyTheRightRolesGetIn) {
  Client steering = SignedIn("steering@asef.example");
  // The steering committee sees what selection needs, not how to reach or host the person.
  const auto detail = steering.Get(Detail(0));
  ASSERT_EQ(detail.status, 200);
  EXPECT_THAT(detail.body, HasSubstr("<dt>Sector</dt>"));
  EXPECT_THAT(detail.body, Not(HasSubstr("Access needs")));
  EXPECT_THAT(detail.body, Not(HasSubstr("Step-free access")));
  EXPECT_THAT(detail.body, Not(HasSubstr("Dietary needs")));
  EXPECT_THAT(detail.body, Not(HasSubstr("@example")));
  EXPECT_THAT(detail.body, Not(HasSubstr("Messages to this person")));
  EXPECT_EQ(steering.Post(Detail(0) + "/decision", {{"decision", "accepted"}}).status, 403);
  EXPECT_EQ(steering.Post("/manage/editions/90/applications/decisions",
                          {{"registration", Id(0)}, {"decision", "accepted"}}).status, 403);
  EXPECT_EQ(StatusOf(0), RegistrationStatus::kApplied);
  Client participant = SignedIn("participant@example.org");
  EXPECT_EQ(participant.Get("/manage/editions/90/applications").status, 403);
  EXPECT_EQ(participant.Get("/manage/editions/90/applications.csv").status, 403);
  EXPECT_EQ(participant.Get(Detail(0)).status, 403);
  Client secretariat = SignedIn("secretariat@asef.example");
  EXPECT_EQ(secretariat.Get("/manage/editions/90/applications/999999").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Databases, ApplicationsTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::web
