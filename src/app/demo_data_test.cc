#include "app/demo_data.h"

#include <gtest/gtest.h>

#include "store/core/scratch_database.h"
#include "domain/core/zoned_time.h"
#include "store/participation/invitation_store.h"
#include "store/roles/appointment_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"

namespace plenary::app {
namespace {

TEST(DemoData, LoadsTheSeriesArchivePartnersAndTheMongolianEditionOnce) {
  auto db = store::Database::Open(store::ScratchDatabaseUrl("sqlite"), 2);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->Migrate().ok());
  auto first = LoadDemo(**db);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_TRUE(first->loaded);
  auto again = LoadDemo(**db);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->loaded);

  const auto series = store::SeriesStore((*db)->pool()).Primary();
  ASSERT_TRUE(series);
  EXPECT_EQ(series->name, "Informal ASEM Seminar on Human Rights");
  store::EditionStore editions((*db)->pool());
  const auto all = editions.List(series->id);
  ASSERT_EQ(all.size(), 24u);
  const auto first_edition = *editions.Get(series->id, 1);
  EXPECT_EQ(first_edition.year, 1997);
  EXPECT_EQ(first_edition.month, 12);
  EXPECT_EQ(first_edition.city, "Lund");
  EXPECT_EQ(first_edition.topics.size(), 3u);
  EXPECT_EQ(editions.Get(series->id, 22)->month, std::nullopt);
  EXPECT_EQ(editions.Get(series->id, 20)->mode, EditionMode::kOnline);
  const auto copenhagen = *editions.Get(series->id, 23);
  EXPECT_EQ(DisplayDates(copenhagen), "29-31 October 2025");
  EXPECT_EQ(copenhagen.working_groups.size(), 3u);
  const auto mongolia = *editions.Get(series->id, 24);
  EXPECT_EQ(mongolia.time_zone, "Asia/Ulaanbaatar");
  // Registration has closed (the deadline moved to a day that has passed) and the roles are
  // appointed; the tests ask for it open (DemoOptions::registration_open, below).
  EXPECT_EQ(mongolia.phase, EditionPhase::kRegistrationClosed);
  EXPECT_EQ(FormatInZone(*mongolia.registration_deadline, mongolia.time_zone),
            "30 November 2026, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)");
  std::vector<std::string> roles;
  for (const auto& a : store::AppointmentStore((*db)->pool()).List(mongolia.id)) {
    roles.push_back(ToString(a.kind) + " " + a.email);
  }
  EXPECT_EQ(roles, (std::vector<std::string>{"moderator moderator@example.org", "rapporteur rapporteur@example.org",
                                             "note_taker note.taker@example.org",
                                             "lead_rapporteur lead.rapporteur@example.org",
                                             "chair steering@asef.example"}));
  EXPECT_EQ(mongolia.working_groups.size(), 3u);
  EXPECT_EQ(mongolia.organisers[0].name, "National Human Rights Commission of Mongolia");

  const auto partners = store::PartnerStore((*db)->pool()).List(series->id);
  ASSERT_EQ(partners.size(), 53u);
  int asian_countries = 0, european_countries = 0, bodies = 0;
  for (const auto& p : partners) {
    if (p.kind == PartnerKind::kOrganisation) {
      ++bodies;
    } else {
      (p.group == RegionGroup::kAsia ? asian_countries : european_countries)++;
    }
  }
  EXPECT_EQ(asian_countries, 21);
  EXPECT_EQ(european_countries, 30);
  EXPECT_EQ(bodies, 2);

  // Every partner's nominations fit its government quota, and Mongolia's is left open.
  store::InvitationStore invitations((*db)->pool());
  int nominations = 0;
  for (const auto& p : partners) {
    const auto nominated = static_cast<int>(invitations.Nominations(mongolia.id, p.id).size());
    EXPECT_LE(nominated, invitations.Quota(mongolia.id, p.id, Sector::kGovernment)) << p.name;
    if (p.code == "MN") {
      EXPECT_EQ(nominated, 0);
    }
    nominations += nominated;
  }
  EXPECT_EQ(nominations, 34);
}

TEST(DemoData, CanLeaveRegistrationOpenForWalkThroughsAndTests) {
  auto db = store::Database::Open(store::ScratchDatabaseUrl("sqlite"), 2);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->Migrate().ok());
  ASSERT_TRUE(LoadDemo(**db, {.registration_open = true}).ok());
  const auto series = store::SeriesStore((*db)->pool()).Primary();
  const auto mongolia = *store::EditionStore((*db)->pool()).Get(series->id, 24);
  EXPECT_EQ(mongolia.phase, EditionPhase::kRegistrationOpen);
  EXPECT_EQ(FormatInZone(*mongolia.registration_deadline, mongolia.time_zone),
            "30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)");
}

}  // namespace
}  // namespace plenary::app
