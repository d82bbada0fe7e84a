#include "domain/roles/appointment.h"

#include <gtest/gtest.h>

#include "domain/core/zoned_time.h"

namespace plenary {
namespace {

TEST(Appointment, EachKindHasItsPlaceAndTheWorkingGroupKindsTheirGrant) {
  EXPECT_EQ(PlaceOf(AppointmentKind::kRapporteur), AppointmentPlace::kWorkingGroup);
  EXPECT_EQ(PlaceOf(AppointmentKind::kLeadRapporteur), AppointmentPlace::kEdition);
  EXPECT_EQ(PlaceOf(AppointmentKind::kSpeaker), AppointmentPlace::kSession);
  EXPECT_EQ(GrantOf(AppointmentKind::kNoteTaker), Role::kNoteTaker);
  EXPECT_EQ(GrantOf(AppointmentKind::kChair), std::nullopt);
  EXPECT_EQ(KindOfGrant(Role::kModerator), AppointmentKind::kModerator);
  EXPECT_EQ(KindOfGrant(Role::kGroupMember), std::nullopt);
  EXPECT_EQ(Label(AppointmentKind::kLeadRapporteur), "Lead Rapporteur");
  EXPECT_EQ(ToString(AppointmentKind::kNoteTaker), "note_taker");
}

TEST(Appointment, TheRapporteursDraftIsDueAWeekAfterTheLastDayAtMidnightLocal) {
  Edition e;
  e.end_date = LocalDate{2027, 6, 10};
  e.time_zone = "Asia/Ulaanbaatar";
  EXPECT_EQ(FormatInZone(*RapporteurDraftDue(e), e.time_zone),
            "17 June 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)");
  e.end_date = LocalDate{2025, 12, 29};  // across the year's end
  e.time_zone = "Europe/Copenhagen";
  EXPECT_EQ(FormatInZone(*RapporteurDraftDue(e), e.time_zone),
            "5 January 2026, 23:59 Copenhagen time (Europe/Copenhagen, UTC+01:00)");
  e.end_date.reset();
  EXPECT_EQ(RapporteurDraftDue(e), std::nullopt);
}

}  // namespace
}  // namespace plenary
