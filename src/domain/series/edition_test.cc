#include "domain/series/edition.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

TEST(EditionForPeople, NamesTheOrdinalTheSeriesAndThePlace) {
  Edition e;
  e.number = 24;
  e.city = "Ulaanbaatar";
  EXPECT_EQ(EditionForPeople(e, "Informal ASEM Seminar on Human Rights"),
            "the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar");
  e.mode = EditionMode::kOnline;
  EXPECT_EQ(EditionForPeople(e, "OHCHR expert seminar"), "the 24th OHCHR expert seminar, online");
  e.mode = EditionMode::kInPerson;
  e.city.clear();
  e.number = 1;
  EXPECT_EQ(EditionForPeople(e, "Informal ASEM Seminar on Human Rights"), "the 1st Informal ASEM Seminar on Human Rights");
  EXPECT_EQ(EditionForPeople(e, ""), "the 1st edition");
}

}  // namespace
}  // namespace plenary
