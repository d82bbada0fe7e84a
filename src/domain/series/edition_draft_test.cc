#include "domain/series/edition_draft.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

EditionDraft ValidDraft() {
  EditionDraft d;
  d.number = "24";
  d.title = "Human Rights & Digital Civic Space";
  d.hosts = "National Human Rights Commission of Mongolia\nMinistry of Foreign Affairs of Mongolia";
  d.co_organisers = "Asia-Europe Foundation (ASEF)";
  d.city = "Ulaanbaatar";
  d.country = "Mongolia";
  d.time_zone = "Asia/Ulaanbaatar";
  d.start_date = "2027-05-18";
  d.end_date = "2027-05-20";
  d.registration_deadline = "2027-03-31 23:59";
  d.working_groups = {{"Privacy", "", "25", "30", "Q1\n\nQ2"}, {"Equality", "", "25", "30", ""}, {}, {}};
  return d;
}

std::vector<FieldError> ErrorsOf(const EditionDraft& d) {
  auto r = ParseEditionDraft(d);
  return r.ok() ? std::vector<FieldError>{} : r.error().fields();
}

TEST(EditionDraft, ParsesAValidDraft) {
  auto r = ParseEditionDraft(ValidDraft());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->number, 24);
  EXPECT_EQ(r->year, 2027);
  EXPECT_EQ(r->month, 5);
  EXPECT_EQ(*r->registration_deadline, 1806508740);  // 23:59 UTC+8
  ASSERT_EQ(r->working_groups.size(), 2u);
  EXPECT_EQ(r->working_groups[0].questions, (std::vector<std::string>{"Q1", "Q2"}));
  ASSERT_EQ(r->organisers.size(), 3u);
  EXPECT_EQ(r->organisers[2].role, OrganiserRole::kCoOrganiser);
}

TEST(EditionDraft, DatesOutOfOrderAndDeadlineAfterOpeningAreNamed) {
  auto d = ValidDraft();
  d.end_date = "2027-05-17";
  d.registration_deadline = "2027-05-18 00:00";
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"end_date", "The last day (2027-05-17) is before the first day (2027-05-18); swap them or correct one."},
                {"registration_deadline",
                 "The registration deadline must fall before the seminar opens on 18 May 2027; set it at least a day earlier."}}));
}

TEST(EditionDraft, DeadlineIsJudgedInTheEditionsZone) {
  // 23:30 on the eve of the opening in Ulaanbaatar is still before the opening there.
  auto d = ValidDraft();
  d.registration_deadline = "2027-05-17 23:30";
  EXPECT_TRUE(ErrorsOf(d).empty());
}

TEST(EditionDraft, UnknownZoneAndWorkingGroupBoundsAreNamed) {
  auto d = ValidDraft();
  d.time_zone = "Mongolia/Ulaanbaatar";
  d.working_groups[1].min_size = "31";
  EXPECT_EQ(ErrorsOf(d),
            (std::vector<FieldError>{
                {"time_zone", "\"Mongolia/Ulaanbaatar\" is not a time zone we know; use an IANA name such as Asia/Ulaanbaatar or Europe/Copenhagen."},
                {"working_groups[1].max_size", "The largest size (30) is below the smallest (31); raise it or lower the smallest."}}));
}

TEST(EditionDraft, NeedsTwoToFourWorkingGroups) {
  auto d = ValidDraft();
  d.working_groups[1] = {};
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{{"working_groups",
                                                   "An edition has 2 to 4 working groups; this form has 1. Fill in more rows."}}));
  d = ValidDraft();
  d.working_groups.push_back({"Remedies", "", "20", "30", ""});
  d.working_groups[2] = {"Business", "", "20", "30", ""};
  d.working_groups[3] = {"Children", "", "20", "30", ""};
  EXPECT_EQ(ErrorsOf(d), (std::vector<FieldError>{{"working_groups",
                                                   "An edition has 2 to 4 working groups; this form has 5. Fill in fewer rows."}}));
}

TEST(EditionDraft, MissingFieldsAreAllReportedAtOnce) {
  EditionDraft d;
  d.working_groups.resize(4);
  const auto errors = ErrorsOf(d);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"number", "title", "hosts", "city", "country", "time_zone",
                                              "start_date", "end_date", "registration_deadline",
                                              "working_groups"}));
}

TEST(EditionDraft, OnlineEditionsNeedNoCity) {
  auto d = ValidDraft();
  d.mode = "online";
  d.city = "";
  d.country = "";
  EXPECT_TRUE(ErrorsOf(d).empty());
}

TEST(EditionDraft, RoundTripsThroughTheForm) {
  auto edition = ParseEditionDraft(ValidDraft());
  ASSERT_TRUE(edition.ok());
  auto again = ParseEditionDraft(DraftFromEdition(*edition));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->registration_deadline, edition->registration_deadline);
  EXPECT_EQ(DraftFromEdition(*again).registration_deadline, "2027-03-31 23:59");
  EXPECT_EQ(DisplayDates(*again), "18-20 May 2027");
  EXPECT_EQ(DisplayPlace(*again), "Ulaanbaatar, Mongolia");
}

}  // namespace
}  // namespace plenary
