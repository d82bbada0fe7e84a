// The registry CSV: RFC 4180 quoting, and every malformed file refused with its line.
#include "engine/guard/registry.h"

#include <gtest/gtest.h>

namespace plenary::engine {
namespace {

constexpr char kHeader[] =
    "id,given_name,family_name,organisation,organisation_short,country,role\n";

std::string Message(std::string_view csv) {
  auto parsed = ParseGuardRegistryCsv(csv);
  return parsed.ok() ? "ok" : parsed.error().message();
}

TEST(GuardRegistryTest, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
  const std::string csv =
      std::string(kHeader) +
      "p1,Lone,Mouyal,\"University of Copenhagen, Faculty of Law\",UCPH,Denmark,government\r\n"
      "p2,Yingxia,Tang,\"The \"\"Tsinghua\"\"\nUniversity\",,China,academia\n";
  auto parsed = ParseGuardRegistryCsv(csv);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  ASSERT_EQ(parsed->participants.size(), 2u);
  EXPECT_EQ(parsed->participants[0].organisation, "University of Copenhagen, Faculty of Law");
  EXPECT_EQ(parsed->participants[0].role, "government");
  EXPECT_EQ(parsed->participants[1].organisation, "The \"Tsinghua\"\nUniversity");
  EXPECT_EQ(parsed->participants[1].organisation_short, "");
  EXPECT_EQ(parsed->participants[1].line, 3);
}

TEST(GuardRegistryTest, AcceptsColumnsInAnyOrderABomAndBlankLines) {
  auto parsed = ParseGuardRegistryCsv(
      "\xEF\xBB\xBFrole,country,organisation_short,organisation,family_name,given_name,id\n\n"
      "academia,China,,Tsinghua University,Tang,Yingxia,p2\n\n");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  ASSERT_EQ(parsed->participants.size(), 1u);
  EXPECT_EQ(parsed->participants[0].id, "p2");
  EXPECT_EQ(parsed->participants[0].given_name, "Yingxia");
  EXPECT_EQ(parsed->participants[0].line, 3);
}

TEST(GuardRegistryTest, RefusesMalformedFilesNamingTheLine) {
  EXPECT_EQ(Message(""), "registry line 1: the registry is empty; it needs a header row");
  EXPECT_EQ(Message("id,given_name,family_name\n"),
            "registry line 1: the header lacks the column 'organisation'");
  EXPECT_EQ(Message("id,name,family_name,organisation,organisation_short,country,role\n"),
            "registry line 1: unknown column 'name'; the header is id,given_name,family_name,"
            "organisation,organisation_short,country,role");
  EXPECT_EQ(Message(std::string(kHeader) + "p1,Lone,Mouyal,UCPH,,Denmark,government\np2,Tang\n"),
            "registry line 3: expected 7 fields, found 2; quote fields that contain commas");
  EXPECT_EQ(Message(std::string(kHeader) +
                    "p1,Lone,Mouyal,x,,Denmark,gov\np1,Yingxia,Tang,y,,China,academia\n"),
            "registry line 3: duplicate id 'p1'");
  EXPECT_EQ(Message(std::string(kHeader) + "p1,Lone,Mouyal,x,,Denmark,gov\np2,\"Tang,,\n\n,,\n"),
            "registry line 3: a quoted field is left open; close it with a quote");
  EXPECT_EQ(Message(std::string(kHeader) + "p1,Lo\"ne,Mouyal,x,,Denmark,gov\n"),
            "registry line 2: a quote inside an unquoted field; quote the whole field and double "
            "the quote (\"\")");
  EXPECT_EQ(Message(std::string(kHeader) + "\n,Lone,Mouyal,x,,Denmark,gov\n"),
            "registry line 3: the id is empty; every participant needs one");
  EXPECT_EQ(Message(std::string(kHeader) + "p1,,,x,,Denmark,gov\n"),
            "registry line 2: participant p1 has neither a given nor a family name");
}

TEST(GuardRegistryTest, RefusesInvalidUtf8WithLineAndByte) {
  const std::string csv =
      std::string(kHeader) + "p1,Lone,Mouyal,x,,Denmark,gov\np2,Stoczy\xC5,x,y,,Poland,gov\n";
  EXPECT_EQ(Message(csv), "registry line 3: invalid UTF-8 at byte 110; save the file as UTF-8");
  auto parsed = ParseGuardRegistryCsv(csv);
  ASSERT_EQ(parsed.error().fields().size(), 1u);
  EXPECT_EQ(parsed.error().fields()[0].field, "line 3");
}

}  // namespace
}  // namespace plenary::engine
