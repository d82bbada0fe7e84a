#include "domain/participation/invitation_csv.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

InviteeRules Rules() {
  InviteeRules r;
  r.countries = {"Mongolia", "Denmark", "Korea"};
  r.already_invited = [](std::string_view email) { return email == "old@example.org"; };
  return r;
}

std::vector<FieldError> ErrorsOf(std::string_view csv) { return ParseInvitationCsv(csv, Rules()).errors; }

TEST(InvitationCsv, ReadsColumnsByHeaderInAnyOrderAndCase) {
  auto f = ParseInvitationCsv("Sector,NAME,Email,country\ncivil society,Ana Li,ANA@Example.org,mongolia\n"
                              "NHRI,Bo Kim,bo@example.org,International\n",
                              Rules());
  ASSERT_TRUE(f.ok()) << f.errors[0].message;
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.total, 2);
  EXPECT_EQ(f.rows[0].line, 2);
  EXPECT_EQ(f.rows[0].email, "ana@example.org");
  EXPECT_EQ(f.rows[0].name, "Ana Li");
  EXPECT_EQ(f.rows[0].sector, Sector::kCivilSociety);
  EXPECT_EQ(f.rows[0].country, "Mongolia");
  EXPECT_EQ(f.rows[1].sector, Sector::kNhri);
  EXPECT_EQ(f.rows[1].country, "International");
  EXPECT_EQ(f.rows[1].organisation, "");
}

TEST(InvitationCsv, QuotedValuesHoldCommasQuotesAndLineBreaksWithCrlfAndBom) {
  auto f = ParseInvitationCsv("\xEF\xBB\xBF" "email,name,sector,organisation\r\n"
                              "a@example.org,\"Doe, Jane\",academia,\"The \"\"Open\"\" University\"\r\n"
                              "b@example.org,Ölziibat Б.,business,\"Line one\r\nline two\"\r\n"
                              "c@example.org,Chen,business,x\r\n",
                              Rules());
  // The quoted line break is read as one value, and refused: an organisation is one line (it
  // reaches mail headers and exports).
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_EQ(f.errors[0].field, "line 3");
  EXPECT_EQ(f.errors[0].message, "The organisation has a line break or a tab; write it on one line.");
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].name, "Doe, Jane");
  EXPECT_EQ(f.rows[0].organisation, "The \"Open\" University");
  EXPECT_EQ(f.rows[1].name, "Chen");
  EXPECT_EQ(f.rows[1].line, 5);  // the quoted line break moved it down a line
}

TEST(InvitationCsv, NamesEveryBadRowByLineAndReason) {
  const auto errors = ErrorsOf(
      "email,name,sector,country\n"
      "not-an-address,Ana,civil society,\n"
      "b@example.org,,academia,\n"
      "c@example.org,Cy,astrology,\n"
      "d@example.org,Di,government,\n"
      "e@example.org,Ed,business,Atlantis\n"
      "f@example.org,Fe,business,\n"
      "F@example.org,Fi,business,\n"
      "old@example.org,Ol,business,\n");
  const std::vector<FieldError> expected = {
      {"line 2", "\"not-an-address\" is not an e-mail address; write it as name@example.org."},
      {"line 3", "Give the person's name."},
      {"line 4", "\"astrology\" is not a sector; use civil society, NHRI, academia, business or international "
                 "organisation."},
      {"line 5", "Government officials are not invited here: they are nominated by their partner's focal point."},
      {"line 6", "\"Atlantis\" is not a partner country; use a partner country's name or \"International\"."},
      {"line 8", "f@example.org is also on line 7; invite each person once."},
      {"line 9", "old@example.org has already been invited to this edition; resend that invitation from the list "
                 "instead."},
  };
  EXPECT_EQ(errors, expected);
  auto f = ParseInvitationCsv("email,name,sector\nf@example.org,Fe,business\nx,Y,business\n", Rules());
  EXPECT_EQ(f.total, 2);
  EXPECT_EQ(f.rows.size(), 1u);
}

TEST(InvitationCsv, RefusesUnknownMissingAndRepeatedColumns) {
  EXPECT_EQ(ErrorsOf("email,name,sector,phone,Twitter\na@example.org,A,business,1,2\n"),
            (std::vector<FieldError>{{"line 1", "Unknown columns \"phone\", \"Twitter\"; the columns are email, "
                                                "name, sector, organisation and country."}}));
  EXPECT_EQ(ErrorsOf("email,name\na@example.org,A\n"),
            (std::vector<FieldError>{{"line 1", "The column \"sector\" is missing; the first line must name email, "
                                                "name and sector."}}));
  EXPECT_EQ(ErrorsOf("email,name,sector,Email\n"),
            (std::vector<FieldError>{{"line 1", "The column \"email\" appears twice; keep one."}}));
}

TEST(InvitationCsv, RefusesWrongValueCountsAndBrokenQuotes) {
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,Doe, Jane,business\n"),
            (std::vector<FieldError>{{"line 2", "This line has 4 values but the first line names 3 columns; a value "
                                                "holding a comma must be in quotes."}}));
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,\"Jane,business\nb@example.org,B,business\n"),
            (std::vector<FieldError>{{"line 2", "A quoted value that starts on this line is never closed; add the "
                                                "closing quote (\")."}}));
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,\"Jane\" Doe,business\n")[0],
            (FieldError{"line 2", "A quoted value must be followed by a comma or the end of the line; a quote inside a "
                                  "quoted value is written twice (\"\")."}));
}

TEST(InvitationCsv, RefusesOtherEncodingsNamingTheLine) {
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,Ana,business\nb@example.org,J\xF6rg,business\n"),
            (std::vector<FieldError>{{"line 3", "This line is not valid UTF-8 (the file is probably Latin-1 or "
                                                "Windows-1252); save it as UTF-8 (\"CSV UTF-8\") and upload it again."}}));
  EXPECT_EQ(ErrorsOf(std::string("\xFF\xFE" "e\0m\0", 6)),
            (std::vector<FieldError>{{"line 1", "The file is UTF-16 (Unicode text); save it as UTF-8 (\"CSV UTF-8\") "
                                                "and upload it again."}}));
  EXPECT_EQ(ErrorsOf(std::string("e\0m\0a\0", 6))[0].field, "line 1");
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,\xC0\xAF,business\n")[0].field, "line 2");  // overlong
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,\xED\xA0\x80,business\n")[0].field, "line 2");  // surrogate
  EXPECT_EQ(ErrorsOf("email,name,sector\na@example.org,\xE2\x82")[0].field, "line 2");  // truncated
}

TEST(InvitationCsv, EmptyFilesAndBlankLines) {
  EXPECT_EQ(ErrorsOf(""), (std::vector<FieldError>{{"line 1", "The file is empty; the first line names the columns: "
                                                              "email,name,sector."}}));
  auto f = ParseInvitationCsv("email,name,sector\n\na@example.org,A,business\n\n", Rules());
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f.total, 1);
  EXPECT_EQ(f.rows[0].line, 3);
}

TEST(InvitationCsv, TheFormIsCheckedWithTheSameRulesNamingFields) {
  auto r = CheckInvitee(" Ana@Example.ORG ", " Ana ", "Civil society", " NGO ", "denmark", Rules());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->email, "ana@example.org");
  EXPECT_EQ(r->name, "Ana");
  EXPECT_EQ(r->organisation, "NGO");
  EXPECT_EQ(r->country, "Denmark");
  auto bad = CheckInvitee("", "", "", "", "Narnia", Rules());
  ASSERT_FALSE(bad.ok());
  const std::vector<FieldError> expected = {
      {"email", "Give the person's e-mail address."},
      {"name", "Give the person's name."},
      {"sector", "Choose a sector: civil society, NHRI, academia, business or international organisation."},
      {"country", "\"Narnia\" is not a partner country; use a partner country's name or \"International\"."}};
  EXPECT_EQ(bad.error().fields(), expected);
}

TEST(InvitationCsv, ANameIsLimitedInCharactersNotBytes) {
  std::string thai;
  for (int i = 0; i < 60; ++i) thai += "สมชาย";  // 300 characters, 900 bytes
  EXPECT_TRUE(CheckInvitee("a@example.org", thai, "Academia", "", "", Rules()).ok());
  auto r = CheckInvitee("a@example.org", thai + "ก", "Academia", "", "", Rules());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields(),
            (std::vector<FieldError>{{"name", "The name is longer than 300 characters (it has 301); shorten it."}}));
}

TEST(InvitationCsv, ALineBreakInANameOrOrganisationIsRefusedWhereItIsTyped) {
  auto r = CheckInvitee("ana@example.org", "Ana\r\nReply-To: attacker@example.net", "Civil society",
                        "NGO\nBcc: all@example.net", "", Rules());
  ASSERT_FALSE(r.ok());
  const std::vector<FieldError> expected = {
      {"name", "The name has a line break or a tab; write it on one line."},
      {"organisation", "The organisation has a line break or a tab; write it on one line."}};
  EXPECT_EQ(r.error().fields(), expected);
}

}  // namespace
}  // namespace plenary
