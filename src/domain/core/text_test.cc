#include "domain/core/text.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

TEST(ParseId, ReadsOneToEighteenDigits) {
  EXPECT_EQ(ParseId("7"), 7);
  EXPECT_EQ(ParseId("0024"), 24);
  EXPECT_EQ(ParseId("999999999999999999"), 999999999999999999);
}

TEST(ParseId, RefusesAnythingElse) {
  for (const char* text : {"", "-1", "+1", " 1", "1 ", "1a", "0x1F", "1.0", "1234567890123456789",
                           "99999999999999999999"}) {
    EXPECT_EQ(ParseId(text), std::nullopt) << '"' << text << '"';
  }
}

}  // namespace
}  // namespace plenary
