#include "domain/participation/application_list.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

Application Make(Id id, std::string name, std::string latin, RegistrationStatus status, Sector sector,
                 std::string country, std::string region, Gender gender, Id first, InvitationKind kind,
                 std::string first_name) {
  Application a;
  a.registration.id = id;
  a.registration.full_name = std::move(name);
  a.registration.latin_name = std::move(latin);
  a.registration.status = status;
  a.registration.sector = sector;
  a.registration.country = std::move(country);
  a.registration.region = std::move(region);
  a.registration.gender = gender;
  a.registration.ranking = {first, first == 10 ? 20 : 10};
  a.registration.organisation = "Org " + std::to_string(id);
  a.kind = kind;
  a.first_choice = std::move(first_name);
  return a;
}

using S = RegistrationStatus;

std::vector<Application> Pool() {
  return {
      Make(1, "Батбаяр Энх", "Batbayar Enkh", S::kAccepted, Sector::kGovernment, "Mongolia", "Asia", Gender::kMan, 10,
           InvitationKind::kNominated, "Privacy"),
      Make(2, "Zofia Nowak", "", S::kApplied, Sector::kCivilSociety, "Poland", "Europe", Gender::kWoman, 20,
           InvitationKind::kInvited, "Expression"),
      Make(3, "Nguyễn Thị Lan", "Nguyen Thi Lan", S::kAccepted, Sector::kCivilSociety, "Viet Nam", "Asia",
           Gender::kWoman, 20, InvitationKind::kInvited, "Expression"),
      Make(4, "Anders Berg", "", S::kDeclined, Sector::kAcademia, "Denmark", "Europe", Gender::kMan, 10,
           InvitationKind::kInvited, "Privacy"),
      Make(5, "Alex Kim", "", S::kWaitlisted, Sector::kInternationalOrganisation, "International", "Other",
           Gender::kNonBinary, 10, InvitationKind::kInvited, "Privacy"),
  };
}

std::vector<Id> Ids(const std::vector<Application>& list) {
  std::vector<Id> ids;
  for (const auto& a : list) ids.push_back(a.registration.id);
  return ids;
}

std::vector<int> Counts(const std::vector<FacetCount>& facets) {
  std::vector<int> out;
  for (const auto& f : facets) out.push_back(f.count);
  return out;
}

TEST(ApplicationList, SortsByTheLatinNameByDefaultAndReverses) {
  ApplicationFilter f;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{5, 4, 1, 3, 2}));
  f.order = SortOrder::kDescending;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{2, 3, 1, 4, 5}));
}

TEST(ApplicationList, SortsByAnyColumnWithNameAsTieBreak) {
  ApplicationFilter f;
  f.sort = ApplicationColumn::kStatus;  // applied, accepted, waitlisted, declined
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{2, 1, 3, 5, 4}));
  f.sort = ApplicationColumn::kCountry;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{4, 5, 1, 2, 3}));
  f.sort = ApplicationColumn::kFirstChoice;
  f.order = SortOrder::kDescending;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{5, 4, 1, 3, 2}));
  f.sort = ApplicationColumn::kKind;
  f.order = SortOrder::kAscending;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{1, 5, 4, 3, 2}));
}

TEST(ApplicationList, FiltersCombine) {
  ApplicationFilter f;
  f.region = "Asia";
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{1, 3}));
  f.gender = Gender::kWoman;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{3}));
  f = {};
  f.first_choice = 10;
  f.status = S::kDeclined;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{4}));
  f = {};
  f.country = "Poland";
  f.sector = Sector::kCivilSociety;
  EXPECT_EQ(Ids(SelectApplications(Pool(), f)), (std::vector<Id>{2}));
}

TEST(ApplicationList, EachFacetCountsWithEveryOtherFilter) {
  ApplicationFilter f;
  f.region = "Asia";
  f.status = S::kAccepted;
  const auto c = CountApplications(Pool(), f, {{10, "Privacy"}, {20, "Expression"}});
  // Status ignores the status filter but keeps the region: Asia has two accepted.
  EXPECT_EQ(Counts(c.status), (std::vector<int>{0, 2, 0, 0, 0}));
  // Region ignores the region filter but keeps the status: both accepted are in Asia.
  EXPECT_EQ(Counts(c.region), (std::vector<int>{2, 0, 0}));
  EXPECT_EQ(c.region[1].value, "Europe");
  EXPECT_EQ(Counts(c.sector), (std::vector<int>{1, 1, 0, 0, 0, 0}));
  EXPECT_EQ(Counts(c.gender), (std::vector<int>{1, 1, 0, 0}));
  EXPECT_EQ(Counts(c.first_choice), (std::vector<int>{1, 1}));
  EXPECT_EQ(c.first_choice[0].label, "Privacy");
  ASSERT_EQ(c.country.size(), 5u);  // every country of the pool, by name
  EXPECT_EQ(c.country[0].value, "Denmark");
  EXPECT_EQ(c.country[0].count, 0);
  EXPECT_EQ(c.country[2].value, "Mongolia");
  EXPECT_EQ(c.country[2].count, 1);
  EXPECT_EQ(c.country[4].value, "Viet Nam");
  EXPECT_EQ(c.country[4].count, 1);
}

TEST(ApplicationList, ParsesTheQueryAndWritesItBack) {
  const auto f = ParseApplicationFilter({{"status", "waitlisted"}, {"sector", "nhri"}, {"region", "Europe"},
                                         {"country", "Viet Nam"}, {"gender", "woman"}, {"group", "12"},
                                         {"sort", "country"}, {"order", "desc"}});
  EXPECT_EQ(f.status, S::kWaitlisted);
  EXPECT_EQ(f.sector, Sector::kNhri);
  EXPECT_EQ(f.region, "Europe");
  EXPECT_EQ(f.country, "Viet Nam");
  EXPECT_EQ(f.gender, Gender::kWoman);
  EXPECT_EQ(f.first_choice, 12);
  EXPECT_EQ(f.sort, ApplicationColumn::kCountry);
  EXPECT_EQ(f.order, SortOrder::kDescending);
  EXPECT_EQ(QueryOf(f),
            "status=waitlisted&sector=nhri&region=Europe&country=Viet%20Nam&gender=woman&group=12&sort=country&order=desc");
}

TEST(ApplicationList, UnknownValuesMeanAny) {
  const auto f = ParseApplicationFilter({{"status", "bogus"}, {"sector", ""}, {"region", "Mars"}, {"group", "x1"},
                                         {"sort", "salary"}, {"order", "sideways"}});
  EXPECT_FALSE(f.status);
  EXPECT_FALSE(f.sector);
  EXPECT_EQ(f.region, "");
  EXPECT_FALSE(f.first_choice);
  EXPECT_EQ(f.sort, ApplicationColumn::kName);
  EXPECT_EQ(f.order, SortOrder::kAscending);
  EXPECT_EQ(QueryOf(f), "sort=name&order=asc");
}

}  // namespace
}  // namespace plenary
