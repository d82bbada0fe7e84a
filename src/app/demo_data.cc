#include "app/demo_data.h"

#include <array>
#include <map>

#include "domain/participation/participation.h"
#include "domain/programme/programme.h"
#include "domain/roles/appointment.h"
#include "domain/core/zoned_time.h"
#include "domain/series/edition_draft.h"
#include "mail/letters.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/outbox_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/roles/appointment_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"
#include "store/core/credentials.h"

namespace plenary::app {
namespace {

struct ArchiveEntry {
  int number;
  int year;
  int month;  // 0: only the year is on record
  const char* city;
  const char* country;
  EditionMode mode;
  const char* topics;  // ";"-separated, as the record lists them
};

// Seed 001, "Past Seminar Topics", in order: the n-th entry is the n-th edition.
constexpr std::array<ArchiveEntry, 23> kArchive = {{
    {1, 1997, 12, "Lund", "Sweden", EditionMode::kInPerson, "Access to Justice; Regional & National Particularities in the Administration of Justice; Monitoring the Administration of Justice"},
    {2, 1999, 6, "Beijing", "China", EditionMode::kInPerson, "Differences in Asian & European Values; Rights to Education; Rights of Minorities"},
    {3, 2000, 6, "Paris", "France", EditionMode::kInPerson, "Freedom of Expression & Right to Information; Humanitarian Intervention & the Sovereignty of States; Is there a Right to a Healthy Environment?"},
    {4, 2001, 7, "Bali", "Indonesia", EditionMode::kInPerson, "Freedom of Conscience & Religion; Democratisation, Conflict Resolution & Human Rights; Rights & Obligations in the Promotion of Social Welfare"},
    {5, 2003, 5, "Lund", "Sweden", EditionMode::kInPerson, "Economic Relations; Rights of Multinational Companies & Foreign Direct Investments"},
    {6, 2004, 9, "Suzhou", "China", EditionMode::kInPerson, "International Migrations; Protection of Migrants, Migration Control & Management"},
    {7, 2006, 2, "Budapest", "Hungary", EditionMode::kInPerson, "Human Rights & Ethnic, Linguistic & Religious Minorities"},
    {8, 2007, 9, "Siem Reap", "Cambodia", EditionMode::kInPerson, "Human Rights & Freedom of Expression"},
    {9, 2009, 2, "Strasbourg", "France", EditionMode::kInPerson, "Human Rights in Criminal Justice Systems"},
    {10, 2010, 7, "Manila", "Philippines", EditionMode::kInPerson, "Human Rights & Gender Equality"},
    {11, 2011, 11, "Prague", "Czech Republic", EditionMode::kInPerson, "National & Regional Human Rights Mechanisms"},
    {12, 2012, 6, "Seoul", "Korea", EditionMode::kInPerson, "Human Rights & Information & Communication Technologies"},
    {13, 2013, 10, "Copenhagen", "Denmark", EditionMode::kInPerson, "Human Rights & the Environment"},
    {14, 2014, 11, "Hanoi", "Viet Nam", EditionMode::kInPerson, "Human Rights & Businesses"},
    {15, 2015, 11, "Montreux", "Switzerland", EditionMode::kInPerson, "Human Rights & Trafficking in Persons"},
    {16, 2016, 11, "Beijing", "China", EditionMode::kInPerson, "Persons with Disabilities & Human Rights"},
    {17, 2017, 11, "Sofia", "Bulgaria", EditionMode::kInPerson, "Human Rights & Children"},
    {18, 2018, 11, "Yogyakarta", "Indonesia", EditionMode::kInPerson, "Human Rights & Prevention of Violent Extremism"},
    {19, 2019, 11, "Tromsø", "Norway", EditionMode::kInPerson, "Human Rights Education & Training"},
    {20, 2021, 2, "Seoul", "Korea", EditionMode::kOnline, "Human Rights of Older Persons"},
    {21, 2022, 3, "Luxembourg", "Luxembourg", EditionMode::kOnline, "Human Rights & Climate Change"},
    {22, 2024, 0, "Bangkok", "Thailand", EditionMode::kInPerson, "Human Rights & Poverty Reduction"},
    {23, 2025, 10, "Copenhagen", "Denmark", EditionMode::kInPerson, "Human Rights & Artificial Intelligence"},
}};

struct PartnerEntry {
  const char* name;
  const char* code;
  RegionGroup group;
  PartnerKind kind;
};

// The ASEM partners: 21 countries in the Asian group, 30 in the European group, the
// European Union and the ASEAN Secretariat.
constexpr std::array<PartnerEntry, 53> kPartners = {{
    {"Australia", "AU", RegionGroup::kAsia, PartnerKind::kCountry}, {"Bangladesh", "BD", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Brunei Darussalam", "BN", RegionGroup::kAsia, PartnerKind::kCountry}, {"Cambodia", "KH", RegionGroup::kAsia, PartnerKind::kCountry},
    {"China", "CN", RegionGroup::kAsia, PartnerKind::kCountry}, {"India", "IN", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Indonesia", "ID", RegionGroup::kAsia, PartnerKind::kCountry}, {"Japan", "JP", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Kazakhstan", "KZ", RegionGroup::kAsia, PartnerKind::kCountry}, {"Republic of Korea", "KR", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Lao PDR", "LA", RegionGroup::kAsia, PartnerKind::kCountry}, {"Malaysia", "MY", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Mongolia", "MN", RegionGroup::kAsia, PartnerKind::kCountry}, {"Myanmar", "MM", RegionGroup::kAsia, PartnerKind::kCountry},
    {"New Zealand", "NZ", RegionGroup::kAsia, PartnerKind::kCountry}, {"Pakistan", "PK", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Philippines", "PH", RegionGroup::kAsia, PartnerKind::kCountry}, {"Russian Federation", "RU", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Singapore", "SG", RegionGroup::kAsia, PartnerKind::kCountry}, {"Thailand", "TH", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Viet Nam", "VN", RegionGroup::kAsia, PartnerKind::kCountry},
    {"Austria", "AT", RegionGroup::kEurope, PartnerKind::kCountry}, {"Belgium", "BE", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Bulgaria", "BG", RegionGroup::kEurope, PartnerKind::kCountry}, {"Croatia", "HR", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Cyprus", "CY", RegionGroup::kEurope, PartnerKind::kCountry}, {"Czech Republic", "CZ", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Denmark", "DK", RegionGroup::kEurope, PartnerKind::kCountry}, {"Estonia", "EE", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Finland", "FI", RegionGroup::kEurope, PartnerKind::kCountry}, {"France", "FR", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Germany", "DE", RegionGroup::kEurope, PartnerKind::kCountry}, {"Greece", "GR", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Hungary", "HU", RegionGroup::kEurope, PartnerKind::kCountry}, {"Ireland", "IE", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Italy", "IT", RegionGroup::kEurope, PartnerKind::kCountry}, {"Latvia", "LV", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Lithuania", "LT", RegionGroup::kEurope, PartnerKind::kCountry}, {"Luxembourg", "LU", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Malta", "MT", RegionGroup::kEurope, PartnerKind::kCountry}, {"Netherlands", "NL", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Norway", "NO", RegionGroup::kEurope, PartnerKind::kCountry}, {"Poland", "PL", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Portugal", "PT", RegionGroup::kEurope, PartnerKind::kCountry}, {"Romania", "RO", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Slovakia", "SK", RegionGroup::kEurope, PartnerKind::kCountry}, {"Slovenia", "SI", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Spain", "ES", RegionGroup::kEurope, PartnerKind::kCountry}, {"Sweden", "SE", RegionGroup::kEurope, PartnerKind::kCountry},
    {"Switzerland", "CH", RegionGroup::kEurope, PartnerKind::kCountry}, {"United Kingdom", "GB", RegionGroup::kEurope, PartnerKind::kCountry},
    {"European Union", "EU", RegionGroup::kEurope, PartnerKind::kOrganisation},
    {"ASEAN Secretariat", "ASEAN", RegionGroup::kAsia, PartnerKind::kOrganisation},
}};

std::vector<std::string> SplitTopics(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("; ", start);
    if (end == std::string_view::npos) end = text.size();
    out.emplace_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

store::Series DemoSeries() {
  store::Series s;
  s.slug = "asem-human-rights";
  s.name = "Informal ASEM Seminar on Human Rights";
  s.short_name = "ASEM Seminar on Human Rights";
  s.summary = "An annual human rights dialogue among selected civil society participants and government "
              "representatives from 51 Asian and European countries, the European Union and the ASEAN Secretariat.";
  s.about =
      "Launched in 1997 during the 1st ASEM Foreign Ministers' Meeting, the Seminar is a platform for open, "
      "balanced and non-confrontational dialogue between civil society and government representatives from ASEM "
      "partner countries.\n"
      "Each edition brings together 80 to 100 participants over three days: an Opening Plenary with keynote "
      "addresses, parallel Working Group sessions held behind closed doors under the Chatham House Rule, and a "
      "Closing Plenary where the rapporteurs present their groups' recommendations.\n"
      "The Seminar produces Key Messages, shared with all 53 ASEM partners, and a Seminar Report. Participation "
      "is by invitation only.";
  s.contact_email = "humanrights.seminar@asef.org";
  s.organisers = {{"Asia-Europe Foundation (ASEF)", "Secretariat since 2000"},
                  {"Raoul Wallenberg Institute (nominated by the Swedish Ministry of Foreign Affairs)", "Co-organiser"},
                  {"Philippine Department of Foreign Affairs", "Co-organiser"},
                  {"Swiss Federal Department of Foreign Affairs", "Co-organiser"},
                  {"Ministry of Foreign Affairs of the People's Republic of China", "Co-organiser"},
                  {"European Union", "Supporter and Steering Committee member"},
                  {"Ministry of Foreign Affairs of Denmark", "Supporter"},
                  {"Ministry of Foreign Affairs of Indonesia", "Steering Committee member"}};
  return s;
}

Edition ArchiveEdition(const ArchiveEntry& a, Id series_id) {
  Edition e;
  e.series_id = series_id;
  e.number = a.number;
  e.topics = SplitTopics(a.topics);
  e.title = e.topics.size() == 1 ? e.topics[0] : std::string(a.topics);
  if (e.topics.size() == 1) e.topics.clear();
  e.city = a.city;
  e.country = a.country;
  e.mode = a.mode;
  e.time_zone = "UTC";
  e.year = a.year;
  if (a.month) e.month = a.month;
  e.phase = EditionPhase::kArchived;
  return e;
}

// The 23rd edition is on record in detail (seed 000): dates, hosts and working groups.
void AddCopenhagenDetails(Edition& e) {
  e.start_date = LocalDate{2025, 10, 29};
  e.end_date = LocalDate{2025, 10, 31};
  e.time_zone = "Europe/Copenhagen";
  e.organisers = {{"Ministry of Foreign Affairs of Denmark", OrganiserRole::kHost},
                  {"University of Copenhagen", OrganiserRole::kHost},
                  {"Asia-Europe Foundation (ASEF)", OrganiserRole::kCoOrganiser},
                  {"Raoul Wallenberg Institute", OrganiserRole::kCoOrganiser}};
  e.working_groups = {{0, "Privacy and Data Protection", "", 25, 30, {}},
                      {0, "Equality and Non-Discrimination", "", 25, 30, {}},
                      {0, "Remedies and Access to Justice", "", 25, 30, {}}};
}

Result<Edition> MongoliaEdition(Id series_id) {
  EditionDraft d;
  d.number = "24";
  d.title = "Human Rights & Digital Civic Space";
  d.hosts = "National Human Rights Commission of Mongolia\nMinistry of Foreign Affairs of Mongolia";
  d.co_organisers = "Asia-Europe Foundation (ASEF)\nRaoul Wallenberg Institute\nPhilippine Department of Foreign Affairs\n"
                    "Swiss Federal Department of Foreign Affairs\nMinistry of Foreign Affairs of the People's Republic of China";
  d.city = "Ulaanbaatar";
  d.country = "Mongolia";
  d.venue = "Demo venue, Ulaanbaatar";
  d.mode = "in_person";
  d.time_zone = "Asia/Ulaanbaatar";
  d.start_date = "2027-06-08";
  d.end_date = "2027-06-10";
  d.registration_deadline = "2027-04-30 23:59";
  d.concept_note =
      "Demo concept note. Digital technologies have opened new space for civic participation and closed some "
      "of it again. The Seminar asks how governments, national human rights institutions and civil society in "
      "Asia and Europe can keep civic space open online.\n"
      "Participants are expected to read the Background Paper in advance and to indicate their preferred "
      "Working Group when they register.";
  d.working_groups = {
      {"Freedom of Expression Online", "Content moderation, internet shutdowns and the protection of journalists and human rights defenders online.",
       "25", "30", "Where do national laws on online content fall short of international standards?\nWhat safeguards should apply before an internet shutdown?"},
      {"Privacy and Surveillance", "Lawful limits on surveillance and the protection of personal data.",
       "25", "30", "Which oversight bodies have proven effective?\nHow can NHRIs monitor the use of surveillance technology?"},
      {"Participation and Civic Space", "Digital participation in public decision-making and the inclusion of marginalised groups.",
       "25", "30", "What practices make digital consultation inclusive?\nHow can civil society and governments co-design digital public services?"},
      {}};
  auto e = ParseEditionDraft(d);
  if (!e) return e.error();
  e->series_id = series_id;
  e->phase = EditionPhase::kRegistrationOpen;
  return e;
}

Status AddDemoAccounts(store::Database& db, Id series_id, const Edition& current) {
  store::AccountStore accounts(db.pool());
  store::PartnerStore partners(db.pool());
  Id mongolia = 0;
  for (const auto& p : partners.List(series_id)) {
    if (p.code == "MN") mongolia = p.id;
  }
  struct DemoAccount {
    const char* email;
    const char* name;
    RoleGrant grant;
  };
  const Id group = current.working_groups[0].id;
  const DemoAccount demo[] = {
      {kDemoSecretariatEmail, "Demo Secretariat", {Role::kSecretariat, ScopeKind::kSeries, series_id, 0}},
      {"steering@asef.example", "Demo Steering Committee", {Role::kSteering, ScopeKind::kSeries, series_id, 0}},
      {"focal.point@mfa.mn.example", "Батбаяр Дорж (demo focal point)", {Role::kFocalPoint, ScopeKind::kPartner, mongolia, 0}},
      {"participant@example.org", "Demo Participant", {Role::kParticipant, ScopeKind::kEdition, current.id, 0}},
      {"moderator@example.org", "Demo Moderator", {Role::kModerator, ScopeKind::kWorkingGroup, group, 0}},
      {"rapporteur@example.org", "Demo Rapporteur", {Role::kRapporteur, ScopeKind::kWorkingGroup, group, 0}},
      {"note.taker@example.org", "Demo Note-taker", {Role::kNoteTaker, ScopeKind::kWorkingGroup, group, 0}},
  };
  for (const auto& a : demo) {
    auto id = accounts.Create({0, a.email, a.name, std::nullopt, false}, std::nullopt);
    if (!id) return id.error();
    if (auto s = accounts.Grant(*id, a.grant, std::nullopt); !s) return s.error();
  }
  auto contact = partners.AddContact(mongolia, {0, "Батбаяр Дорж (demo focal point)", "focal.point@mfa.mn.example",
                                                "Director, Human Rights Division"}, std::nullopt);
  if (!contact) return contact.error();
  return OkStatus();
}

struct DemoSession {
  const char* day;
  const char* start;
  const char* end;
  const char* kind;
  int group;  // 1-based working group, 0 for none
  const char* title;
  const char* room;
  const char* chair;
  const char* speakers;
  const char* description;
  const char* webcast;
  const char* join;
};

// A full three-day programme (seeds 000, 001, 003): opening plenary, parallel closed-door
// working groups on day two, closing plenary with the rapporteurs' reports.
constexpr std::array<DemoSession, 18> kProgramme = {{
    {"2027-06-08", "09:00", "09:45", "plenary", 0, "Opening Plenary: opening remarks", "Main Hall", "Demo Moderator (ASEF)", "Chief Commissioner, National Human Rights Commission of Mongolia (demo)\nExecutive Director, Asia-Europe Foundation (demo)", "Welcome by the hosts and the co-organisers.", "https://webcast.example.org/asem-hr-24", ""},
    {"2027-06-08", "09:45", "11:00", "panel", 0, "Keynote panel: keeping civic space open online", "Main Hall", "Demo Chair", "Keynote speaker from Asia (demo)\nKeynote speaker from Europe (demo)", "Where digital civic space stands in Asia and Europe.", "https://webcast.example.org/asem-hr-24", ""},
    {"2027-06-08", "11:00", "11:30", "break", 0, "Coffee break", "Foyer", "", "", "", "", ""},
    {"2027-06-08", "11:30", "12:30", "plenary", 0, "Presentation of the Background Paper", "Main Hall", "Demo Chair", "Lead Rapporteur (demo)", "The Lead Rapporteur presents the Background Paper that frames the working groups.", "https://webcast.example.org/asem-hr-24", ""},
    {"2027-06-08", "12:30", "14:00", "break", 0, "Lunch", "Restaurant", "", "", "", "", ""},
    {"2027-06-08", "14:00", "15:30", "panel", 0, "Panel: digital public services and human rights", "Main Hall", "Demo Chair", "Panellist, government (demo)\nPanellist, civil society (demo)\nPanellist, NHRI (demo)", "What rights-respecting digital public services look like.", "", ""},
    {"2027-06-08", "15:45", "16:30", "plenary", 0, "Introduction to the working groups", "Main Hall", "Demo Moderator (ASEF)", "", "Objectives, methods and the Chatham House Rule.", "", ""},
    {"2027-06-09", "09:00", "12:30", "working_group", 1, "Working group session I", "Room A", "", "", "Gaps in legislation, policy and programmes.", "", ""},
    {"2027-06-09", "09:00", "12:30", "working_group", 2, "Working group session I", "Room B", "", "", "Gaps in legislation, policy and programmes.", "", ""},
    {"2027-06-09", "09:00", "12:30", "working_group", 3, "Working group session I", "Room C", "", "", "Gaps in legislation, policy and programmes.", "", ""},
    {"2027-06-09", "12:30", "14:00", "break", 0, "Lunch", "Restaurant", "", "", "", "", ""},
    {"2027-06-09", "14:00", "17:00", "working_group", 1, "Working group session II: recommendations", "Room A", "", "", "Concrete, forward-looking recommendations.", "", ""},
    {"2027-06-09", "14:00", "17:00", "working_group", 2, "Working group session II: recommendations", "Room B", "", "", "Concrete, forward-looking recommendations.", "", ""},
    {"2027-06-09", "14:00", "17:00", "working_group", 3, "Working group session II: recommendations", "Room C", "", "", "Concrete, forward-looking recommendations.", "", ""},
    {"2027-06-10", "09:00", "10:30", "plenary", 0, "Closing Plenary: the rapporteurs' snapshots and recommendations", "Main Hall", "Demo Moderator (ASEF)", "Rapporteurs of the three working groups", "Each rapporteur presents the group's snapshot and recommendations.", "https://webcast.example.org/asem-hr-24", ""},
    {"2027-06-10", "10:30", "11:00", "break", 0, "Coffee break", "Foyer", "", "", "", "", ""},
    {"2027-06-10", "11:00", "12:00", "panel", 0, "Closing panel: from recommendations to practice", "Main Hall", "Demo Chair", "Panellist, Asia (demo)\nPanellist, Europe (demo)", "How the recommendations reach the 53 partners; online participants join by video.", "https://webcast.example.org/asem-hr-24", "https://meet.example.org/asem-hr-24-closing"},
    {"2027-06-10", "12:00", "12:30", "plenary", 0, "Closing remarks", "Main Hall", "", "Hosts and co-organisers (demo)", "", "https://webcast.example.org/asem-hr-24", ""},
}};

Status AddDemoProgramme(store::Database& db, const Edition& edition) {
  store::ProgrammeStore programme(db.pool());
  std::vector<ProgrammeSession> added;
  for (const auto& d : kProgramme) {
    SessionDraft draft{d.title, d.kind, d.day, d.start, d.end, d.room, d.join, d.webcast,
                       d.group ? std::to_string(edition.working_groups[d.group - 1].id) : "",
                       d.chair, d.speakers, d.description, ""};
    if (d.group) draft.questions = std::string(d.group == 1 ? "Where do national laws on online content fall short?"
                                               : d.group == 2 ? "Which oversight bodies have proven effective?"
                                                              : "What makes digital consultation inclusive?");
    auto session = ParseSessionDraft(draft, edition, added);
    if (!session) return Error::Internal("demo session \"" + std::string(d.title) + "\": " + session.error().fields()[0].message);
    session->id = programme.Create(*session, std::nullopt);
    added.push_back(*session);
  }
  // Published as the demo's programme; nobody follows it yet, so no join link is scheduled.
  return programme.Publish(edition.id, {}, {}, 0, "", std::nullopt, store::NowUtc());
}


// The demo's people for the 24th edition: fictional participants from every region, with
// names as they write them (Cyrillic, Han, Hangul, Thai, Devanagari, Bengali, Arabic script,
// Khmer, Burmese, Lao, Greek, Latin with diacritics) and the family name marked.
struct DemoPerson {
  const char* full_name;
  const char* family_name;
  const char* latin_name;
  const char* gender;
  const char* country;
};

constexpr DemoPerson kPeople[] = {
    {"Энхтуяа Батбаяр", "Батбаяр", "Enkhtuya Batbayar", "woman", "Mongolia"},
    {"Ганзориг Мөнхбат", "Мөнхбат", "Ganzorig Munkhbat", "man", "Mongolia"},
    {"王芳", "王", "Wang Fang", "woman", "China"},
    {"李伟", "李", "Li Wei", "man", "China"},
    {"佐藤 美咲", "佐藤", "Sato Misaki", "woman", "Japan"},
    {"田中 健", "田中", "Tanaka Ken", "man", "Japan"},
    {"김민지", "김", "Kim Min-ji", "woman", "Republic of Korea"},
    {"박준호", "박", "Park Jun-ho", "man", "Republic of Korea"},
    {"สมชาย ใจดี", "ใจดี", "Somchai Jaidee", "man", "Thailand"},
    {"ปิยะนุช ศรีสุข", "ศรีสุข", "Piyanuch Srisuk", "woman", "Thailand"},
    {"प्रिया शर्मा", "शर्मा", "Priya Sharma", "woman", "India"},
    {"अर्जुन मेहता", "मेहता", "Arjun Mehta", "man", "India"},
    {"রহিমা খাতুন", "খাতুন", "Rahima Khatun", "woman", "Bangladesh"},
    {"আনিসুর রহমান", "রহমান", "Anisur Rahman", "man", "Bangladesh"},
    {"عائشہ خان", "خان", "Ayesha Khan", "woman", "Pakistan"},
    {"عمران علی", "علی", "Imran Ali", "man", "Pakistan"},
    {"Nguyễn Thị Lan", "Nguyễn", "", "woman", "Viet Nam"},
    {"Trần Văn Minh", "Trần", "", "man", "Viet Nam"},
    {"សុខ ចាន់ថា", "សុខ", "Sok Chantha", "woman", "Cambodia"},
    {"ស៊ុន វណ្ណា", "ស៊ុន", "Sun Vanna", "man", "Cambodia"},
    {"အောင်ကျော်", "အောင်ကျော်", "Aung Kyaw", "man", "Myanmar"},
    {"ခင်မာလာ", "ခင်မာလာ", "Khin Ma Lar", "woman", "Myanmar"},
    {"ສົມພອນ ແກ້ວມະນີ", "ແກ້ວມະນີ", "Somphone Keomany", "woman", "Lao PDR"},
    {"Siti Nurhaliza binti Ahmad", "Ahmad", "", "woman", "Malaysia"},
    {"Ahmad Faizal Hassan", "Hassan", "", "man", "Malaysia"},
    {"Dewi Lestari", "Lestari", "", "woman", "Indonesia"},
    {"Budi Santoso", "Santoso", "", "man", "Indonesia"},
    {"Maria Clara Santos", "Santos", "", "woman", "Philippines"},
    {"Jose Miguel Reyes", "Reyes", "", "man", "Philippines"},
    {"Tan Wei Ling", "Tan", "", "woman", "Singapore"},
    {"Айгерим Сейткали", "Сейткали", "Aigerim Seitkali", "woman", "Kazakhstan"},
    {"Ерлан Нурланов", "Нурланов", "Yerlan Nurlanov", "man", "Kazakhstan"},
    {"Анна Смирнова", "Смирнова", "Anna Smirnova", "woman", "Russian Federation"},
    {"Sarah Mitchell", "Mitchell", "", "woman", "Australia"},
    {"Aroha Ngata", "Ngata", "", "non_binary", "New Zealand"},
    {"Nur Hidayah Abdullah", "Abdullah", "", "woman", "Brunei Darussalam"},
    {"Γιώργος Παπαδόπουλος", "Παπαδόπουλος", "Giorgos Papadopoulos", "man", "Greece"},
    {"Ελένη Κωνσταντίνου", "Κωνσταντίνου", "Eleni Konstantinou", "woman", "Cyprus"},
    {"Мария Иванова", "Иванова", "Maria Ivanova", "woman", "Bulgaria"},
    {"Ivana Horvat", "Horvat", "", "woman", "Croatia"},
    {"Jana Nováková", "Nováková", "", "woman", "Czech Republic"},
    {"Mette Sørensen", "Sørensen", "", "woman", "Denmark"},
    {"Kadri Tamm", "Tamm", "", "prefer_not_to_say", "Estonia"},
    {"Aino Virtanen", "Virtanen", "", "woman", "Finland"},
    {"Camille Lefèvre", "Lefèvre", "", "woman", "France"},
    {"Jürgen Müller", "Müller", "", "man", "Germany"},
    {"Zsófia Nagy", "Nagy", "", "woman", "Hungary"},
    {"Aoife Ní Bhriain", "Ní Bhriain", "", "woman", "Ireland"},
    {"Giulia Rossi", "Rossi", "", "woman", "Italy"},
    {"Līga Bērziņa", "Bērziņa", "", "woman", "Latvia"},
    {"Rūta Kazlauskienė", "Kazlauskienė", "", "woman", "Lithuania"},
    {"Luc Weber", "Weber", "", "man", "Luxembourg"},
    {"Maria Borg", "Borg", "", "woman", "Malta"},
    {"Daan de Vries", "de Vries", "", "man", "Netherlands"},
    {"Ingrid Hansen", "Hansen", "", "woman", "Norway"},
    {"Katarzyna Kowalska", "Kowalska", "", "woman", "Poland"},
    {"João Silva", "Silva", "", "man", "Portugal"},
    {"Andrei Popescu", "Popescu", "", "man", "Romania"},
    {"Zuzana Kováčová", "Kováčová", "", "woman", "Slovakia"},
    {"Matej Novak", "Novak", "", "man", "Slovenia"},
    {"Lucía García", "García", "", "woman", "Spain"},
    {"Erik Lindqvist", "Lindqvist", "", "man", "Sweden"},
    {"Laura Meier", "Meier", "", "woman", "Switzerland"},
    {"Oliver Bennett", "Bennett", "", "man", "United Kingdom"},
    {"Thomas Gruber", "Gruber", "", "man", "Austria"},
    {"Sophie Peeters", "Peeters", "", "woman", "Belgium"},
    {"Alexandre Martin", "Martin", "", "man", "International"},
    {"Amina Diallo", "Diallo", "", "woman", "International"},
};

// Forty more, Latin-script, spread over the partner countries (given x family name lists).
constexpr const char* kMoreGiven[] = {"Anna", "Marek", "Elena", "Pieter", "Sofia", "Tomas", "Clara", "Nikolai",
                                      "Mei", "Hiroshi", "Farah", "Rizal", "Leila", "Kenji", "Nadia", "Omar",
                                      "Ines", "Mikael", "Yuki", "Sanjay"};
constexpr const char* kMoreFamily[] = {"Jansen", "Kowalczyk", "Petrova", "Lindberg", "Moreau", "Fischer", "Costa",
                                       "Horvath", "Chen", "Yamamoto", "Rahman", "Wijaya", "Haddad", "Suzuki",
                                       "Ferreira", "Nielsen", "Schmidt", "Lopez", "Ito", "Gupta"};
constexpr const char* kMoreCountries[] = {"Germany", "Poland", "Bulgaria", "Sweden", "France", "Austria", "Portugal",
                                          "Hungary", "Singapore", "Japan", "Bangladesh", "Indonesia", "Malaysia",
                                          "Japan", "Italy", "Denmark", "Germany", "Spain", "Japan", "India"};

// The demo's invitations and registrations: every third person (but Mongolia's) is a
// government official nominated by their country's partner, the others are invited (civil society, NHRI,
// academia, business, international organisations); rankings lean towards the first working
// group so the assignment has something to balance; all are "applied", awaiting selection.
Status AddDemoRegistrations(store::Database& db, Id series_id, const Edition& edition) {
  store::PartnerStore partner_store(db.pool());
  store::InvitationStore invitations(db.pool());
  store::RegistrationStore registrations(db.pool());
  const auto partners = partner_store.List(series_id);
  struct Person {
    std::string full, family, latin, gender, country, email;
  };
  std::vector<Person> people;
  for (const auto& p : kPeople) people.push_back({p.full_name, p.family_name, p.latin_name, p.gender, p.country, ""});
  for (int i = 0; i < 40; ++i) {
    const char* given = kMoreGiven[i % 20];
    const char* family = kMoreFamily[(i * 7 + 3) % 20];
    people.push_back({std::string(given) + " " + family, family, "", i % 2 ? "man" : "woman", kMoreCountries[i % 20], ""});
  }
  constexpr Sector kInvited[] = {Sector::kCivilSociety, Sector::kNhri, Sector::kAcademia, Sector::kCivilSociety,
                                 Sector::kBusiness, Sector::kAcademia};
  std::vector<store::NewInvitation> pending;
  std::vector<std::string> tokens;
  std::vector<Registration> forms;
  const UtcSeconds now = store::NowUtc();
  size_t invited = 0;
  for (size_t i = 0; i < people.size(); ++i) {
    auto& p = people[i];
    p.email = "demo.participant" + std::to_string(i + 1) + "@example.org";
    Invitation inv;
    inv.edition_id = edition.id;
    inv.email = p.email;
    inv.name = p.latin.empty() ? p.full : p.latin;
    inv.country = p.country;
    inv.expires_at = *edition.registration_deadline;
    const Partner* partner = nullptr;
    for (const auto& candidate : partners) {
      if (candidate.name == p.country) partner = &candidate;
    }
    if (p.country == std::string(kNoCountry)) {
      inv.sector = Sector::kInternationalOrganisation;
    } else if (i % 3 == 0 && partner && partner->code != "MN") {
      // (Mongolia's official is left for the demo focal point to nominate.)
      inv.kind = InvitationKind::kNominated;
      inv.partner_id = partner->id;
      inv.sector = Sector::kGovernment;
    } else {
      inv.sector = kInvited[invited++ % std::size(kInvited)];
    }
    inv.organisation = inv.sector == Sector::kGovernment ? "Ministry of Foreign Affairs of " + p.country + " (demo)"
                       : inv.sector == Sector::kInternationalOrganisation ? "Demo International Organisation"
                                                                          : "Demo " + Label(inv.sector) + " organisation, " + p.country;
    tokens.push_back(store::RandomToken());
    pending.push_back({inv, store::Sha256Hex(tokens.back()), std::nullopt});

    Registration r;
    r.edition_id = edition.id;
    r.full_name = p.full;
    r.family_name = p.family;
    r.latin_name = p.latin;
    r.organisation = inv.organisation;
    r.position = inv.sector == Sector::kGovernment ? "Counsellor, Human Rights Division" : "Programme officer";
    r.country = p.country;
    r.region = RegionOf(p.country, partners);
    r.sector = inv.sector;
    r.gender = GenderFrom(p.gender).value_or(Gender::kPreferNotToSay);
    r.expertise = {i % 2 ? "privacy" : "freedom of expression", i % 3 ? "digital rights" : "access to justice"};
    // Rankings: half put the first group first; the rest are spread over the other orders.
    static constexpr int kOrders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    const auto& order = kOrders[i % 2 == 0 ? (i / 2) % 2 : 2 + (i / 2) % 4];
    for (int k : order) r.ranking.push_back(edition.working_groups[k].id);
    r.privacy_version = kPrivacyNoticeVersion;
    r.consented_at = now;
    r.chatham_acknowledged_at = now;
    r.public_listing = i % 3 != 2;
    forms.push_back(std::move(r));
  }
  // Where two officials of one country are nominated, the partner's quota says so (without a
  // quota a partner may nominate one).
  std::map<Id, int> nominated;
  for (const auto& p : pending) {
    if (p.invitation.kind == InvitationKind::kNominated) ++nominated[*p.invitation.partner_id];
  }
  for (const auto& [partner_id, count] : nominated) {
    if (count > 1) invitations.SetQuota(edition.id, partner_id, Sector::kGovernment, count, std::nullopt);
  }
  auto created = invitations.Create(pending, std::nullopt);
  if (!created) return created.error();
  for (size_t i = 0; i < forms.size(); ++i) {
    auto registered = registrations.Create(store::Sha256Hex(tokens[i]), forms[i], std::nullopt, now);
    if (!registered) return registered.error();
  }
  return OkStatus();
}

}  // namespace

// One invitation the recipient's mail server refused, as the outbox shows a failed message:
// a mistyped address ("minstry") answered with a permanent 550.
Status AddDemoFailedMail(store::Database& db, const Edition& edition, std::string_view series_name) {
  mail::InvitationLetter letter;
  letter.name = "Sokha Chea";
  letter.edition = EditionForPeople(edition, series_name);
  letter.title = edition.title;
  letter.dates = DisplayDates(edition);
  letter.link = "http://localhost:8080/invitations/demo-link-that-bounced";
  letter.expires = FormatInZone(*edition.registration_deadline, edition.time_zone);
  letter.closes = letter.expires;
  store::OutboxStore outbox(db.pool());
  outbox.Enqueue(mail::Addressed(mail::Compose(letter), "sokha.chea@minstry-justice.example.kh", "Sokha Chea",
                                 "invitation", edition.id));
  // Claimed as a worker would (one attempt): it is the only message the demo queues.
  const auto queued = outbox.ClaimDue("demo", store::NowUtc(), 1, 600);
  if (queued.empty()) return Error::Internal("the demo's failed message was not queued");
  outbox.MarkFailed(queued.front().id, "550 5.1.1 <sokha.chea@minstry-justice.example.kh>: Recipient address "
                                       "rejected: User unknown in virtual mailbox table");
  return OkStatus();
}

// The roles the page shows appointed beyond the first group's: a Lead Rapporteur (a demo
// account of their own) and the steering committee's member chairing the opening plenary.
Status AddDemoRoles(store::Database& db, const Edition& edition) {
  store::AppointmentStore appointments(db.pool());
  const UtcSeconds now = store::NowUtc();
  if (auto s = appointments.Appoint({AppointmentKind::kLeadRapporteur, edition.id, std::nullopt, std::nullopt, 0, "", ""},
                                    "lead.rapporteur@example.org", "Demo Lead Rapporteur", std::nullopt, std::nullopt, now);
      !s) {
    return s;
  }
  for (const auto& session : store::ProgrammeStore(db.pool()).List(edition.id)) {
    if (session.kind != SessionKind::kPlenary) continue;
    return appointments.Appoint({AppointmentKind::kChair, edition.id, std::nullopt, session.id, 0, "", ""},
                                "steering@asef.example", "Demo Steering Committee", std::nullopt, std::nullopt, now);
  }
  return Error::Internal("the demo programme has no plenary session to chair");
}

// Registration closes as the secretariat closes it: the deadline moved to a day that has passed
// (30 November 2026, 23:59 in Ulaanbaatar), then the step to "registration closed".
Status CloseDemoRegistration(store::Database& db, const Edition& current) {
  store::EditionStore editions(db.pool());
  Edition e = *editions.GetById(current.id);
  auto deadline = ToUtc(LocalDateTime{{2026, 11, 30}, 23, 59}, e.time_zone);
  if (!deadline) return deadline.error();
  e.registration_deadline = *deadline;
  if (auto s = editions.Update(e, std::nullopt); !s) return s;
  return editions.SetPhase(e.id, EditionPhase::kRegistrationOpen, EditionPhase::kRegistrationClosed, std::nullopt,
                           store::NowUtc());
}

Result<DemoResult> LoadDemo(store::Database& db, const DemoOptions& options) {
  store::SeriesStore series(db.pool());
  if (series.Primary()) return DemoResult{};
  DemoResult result{true, 0, 0};
  const Id series_id = series.Create(DemoSeries());
  store::PartnerStore partners(db.pool());
  for (const auto& p : kPartners) {
    partners.Create(series_id, {0, p.name, p.kind, p.group, p.code, {}});
    ++result.partners;
  }
  store::EditionStore editions(db.pool());
  for (const auto& a : kArchive) {
    Edition e = ArchiveEdition(a, series_id);
    if (a.number == 23) AddCopenhagenDetails(e);
    if (auto id = editions.Create(e, std::nullopt); !id) return id.error();
    ++result.editions;
  }
  auto mongolia = MongoliaEdition(series_id);
  if (!mongolia) return Error::Internal("the demo edition is invalid: " + mongolia.error().fields()[0].message);
  if (auto id = editions.Create(*mongolia, std::nullopt); !id) return id.error();
  ++result.editions;
  const Edition current = *editions.Get(series_id, 24);
  if (auto s = AddDemoAccounts(db, series_id, current); !s) return s.error();
  if (auto s = AddDemoProgramme(db, current); !s) return s.error();
  if (auto s = AddDemoRegistrations(db, series_id, current); !s) return s.error();
  if (auto s = AddDemoFailedMail(db, current, DemoSeries().name); !s) return s.error();
  if (auto s = AddDemoRoles(db, current); !s) return s.error();
  if (!options.registration_open) {
    if (auto s = CloseDemoRegistration(db, current); !s) return s.error();
  }
  return result;
}

}  // namespace plenary::app
