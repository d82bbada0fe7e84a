#include "domain/core/clock.h"

#include <gtest/gtest.h>

#include <ctime>

namespace plenary {
namespace {

TEST(Clock, TheSystemClockReadsTheMachinesTime) {
  const auto before = static_cast<UtcSeconds>(std::time(nullptr));
  const auto now = SystemClock::Instance().Now();
  const auto after = static_cast<UtcSeconds>(std::time(nullptr));
  EXPECT_GE(now, before);
  EXPECT_LE(now, after);
}

TEST(Clock, AFixedClockMovesOnlyWhenTold) {
  FixedClock clock(1809000000);
  EXPECT_EQ(clock.Now(), 1809000000);
  clock.Advance(3600);
  EXPECT_EQ(clock.Now(), 1809003600);
  clock.Set(1700000000);
  EXPECT_EQ(clock.Now(), 1700000000);
}

}  // namespace
}  // namespace plenary
