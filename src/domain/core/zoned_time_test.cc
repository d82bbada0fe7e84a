#include "domain/core/zoned_time.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

TEST(ZonedTime, DeadlineInUlaanbaatarIsEightHoursAheadOfUtc) {
  auto utc = ToUtc({{2027, 3, 31}, 23, 59}, "Asia/Ulaanbaatar");
  ASSERT_TRUE(utc.ok());
  EXPECT_EQ(*utc, 1806508740);  // 2027-03-31T15:59:00Z
  EXPECT_EQ(FormatInZone(*utc, "Asia/Ulaanbaatar"),
            "31 March 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)");
  EXPECT_EQ(FormatInZone(*utc, "Europe/Copenhagen"),
            "31 March 2027, 17:59 Copenhagen time (Europe/Copenhagen, UTC+02:00)");
}

TEST(ZonedTime, SameWallClockDiffersAcrossDaylightSaving) {
  auto winter = ToUtc({{2025, 10, 29}, 9, 0}, "Europe/Copenhagen");
  auto summer = ToUtc({{2025, 10, 24}, 9, 0}, "Europe/Copenhagen");
  ASSERT_TRUE(winter.ok() && summer.ok());
  EXPECT_EQ(*winter, 1761724800);  // 08:00Z, CET
  EXPECT_EQ(*summer, 1761289200);  // 07:00Z, CEST
}

TEST(ZonedTime, RefusesTimesInTheGapAndTheFold) {
  auto gap = ToUtc({{2027, 3, 28}, 2, 30}, "Europe/Copenhagen");
  ASSERT_FALSE(gap.ok());
  EXPECT_EQ(gap.error().message(),
            "2027-03-28 02:30 in Europe/Copenhagen does not exist (the clocks skip it for "
            "daylight saving); choose a time outside the gap");
  auto fold = ToUtc({{2027, 10, 31}, 2, 30}, "Europe/Copenhagen");
  ASSERT_FALSE(fold.ok());
  EXPECT_EQ(fold.error().code(), ErrorCode::kInvalidInput);
}

TEST(ZonedTime, UnknownZonesAreNamed) {
  EXPECT_FALSE(IsKnownTimeZone("Asia/Atlantis"));
  EXPECT_TRUE(IsKnownTimeZone("Asia/Ulaanbaatar"));
  auto r = ToUtc({{2027, 1, 1}, 0, 0}, "Asia/Atlantis");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(), "unknown time zone 'Asia/Atlantis'");
}

TEST(ZonedTime, ParsesDatesStrictly) {
  EXPECT_TRUE(ParseLocalDate("2027-02-28").ok());
  EXPECT_EQ(ParseLocalDate("2027-02-29").error().message(), "2027-02-29 is not a calendar date");
  EXPECT_EQ(ParseLocalDate("28/02/2027").error().message(),
            "write the date as YYYY-MM-DD, e.g. 2027-05-18");
  auto dt = ParseLocalDateTime("2027-03-31 23:59");
  ASSERT_TRUE(dt.ok());
  EXPECT_EQ(dt->hour, 23);
  EXPECT_FALSE(ParseLocalDateTime("2027-03-31 24:00").ok());
}

TEST(ZonedTime, LocalDateOfAnInstantDependsOnTheZone) {
  // 2027-03-31T20:00Z is already 1 April in Ulaanbaatar.
  EXPECT_EQ(LocalDateOf(1806523200, "Asia/Ulaanbaatar"), (LocalDate{2027, 4, 1}));
  EXPECT_EQ(LocalDateOf(1806523200, "Europe/Copenhagen"), (LocalDate{2027, 3, 31}));
}

}  // namespace
}  // namespace plenary
