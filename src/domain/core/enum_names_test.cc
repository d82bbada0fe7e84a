#include "domain/core/enum_names.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

enum class Colour { kRed, kDarkBlue };
const EnumNames<Colour> kColours("colour", {{Colour::kRed, "red", "Red"}, {Colour::kDarkBlue, "dark_blue", "Dark blue"}});

TEST(EnumNames, StoredNamesAndLabelsRoundTrip) {
  EXPECT_EQ(kColours.Stored(Colour::kDarkBlue), "dark_blue");
  EXPECT_EQ(kColours.Label(Colour::kDarkBlue), "Dark blue");
  EXPECT_EQ(kColours.Parse("dark_blue"), Colour::kDarkBlue);
  EXPECT_EQ(kColours.All(), (std::vector<Colour>{Colour::kRed, Colour::kDarkBlue}));
}

TEST(EnumNames, OnlyTheExactStoredNameParsesAsStored) {
  EXPECT_EQ(kColours.Parse("Dark blue"), std::nullopt);
  EXPECT_EQ(kColours.Parse("DARK_BLUE"), std::nullopt);
  EXPECT_EQ(kColours.Parse(""), std::nullopt);
}

TEST(EnumNames, TypedTextMatchesNameOrLabelLoosely) {
  EXPECT_EQ(kColours.ParseTyped("  Dark-Blue "), Colour::kDarkBlue);
  EXPECT_EQ(kColours.ParseTyped("dark blue"), Colour::kDarkBlue);
  EXPECT_EQ(kColours.ParseTyped("RED"), Colour::kRed);
  EXPECT_EQ(kColours.ParseTyped("green"), std::nullopt);
}

TEST(EnumNames, AStoredValueThatDoesNotParseIsCorruptionNotADefault) {
  EXPECT_EQ(kColours.FromStored("red"), Colour::kRed);
  try {
    kColours.FromStored("purple");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "corrupt data: 'purple' is not a colour");
  }
}

}  // namespace
}  // namespace plenary
