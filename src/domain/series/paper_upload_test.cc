#include "domain/series/paper_upload.h"
#include "domain/series/edition.h"
#include "domain/series/partner.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

const std::string kPdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

TEST(PaperUpload, AcceptsAPdfByContentAndCleansTheName) {
  EXPECT_EQ(*CheckPaperUpload("C:\\Users\\me\\Background \"paper\".pdf", kPdf, 1 << 20), "Background paper.pdf");
  EXPECT_EQ(*CheckPaperUpload("", kPdf, 1 << 20), "background-paper.pdf");
}

TEST(PaperUpload, RefusesEmptyOversizeAndNonPdf) {
  EXPECT_EQ(CheckPaperUpload("a.pdf", "", 1 << 20).error().message(), "Choose a PDF file to upload; none was attached.");
  EXPECT_EQ(CheckPaperUpload("a.pdf", std::string(3 << 20, 'x'), 1 << 20).error().message(),
            "The file is 3 MB; the limit is 1 MB. Compress the PDF or reduce its images, then upload it again.");
  EXPECT_EQ(CheckPaperUpload("a.pdf", "PK\x03\x04 a zip or docx", 1 << 20).error().message(),
            "That file is not a PDF (its content does not read as one, whatever its name). Export the background "
            "paper as PDF and upload that.");
  EXPECT_FALSE(CheckPaperUpload("a.pdf", "%PDF-1.7 truncated without its end marker", 1 << 20).ok());
}

TEST(Partner, ContactsNeedANameAndAnAddress) {
  EXPECT_TRUE(ValidateContact({0, "Lone", "lone@um.dk", ""}).ok());
  auto bad = ValidateContact({0, "", "lone at um.dk", ""});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields(),
            (std::vector<FieldError>{{"name", "Give the focal point's name."},
                                     {"email", "\"lone at um.dk\" is not an e-mail address; write it as name@example.org."}}));
  EXPECT_FALSE(LooksLikeEmail("a@b"));
  EXPECT_FALSE(LooksLikeEmail("a@@b.org"));
  EXPECT_TRUE(LooksLikeEmail("focal.point@mfa.gov.mn"));
  EXPECT_FALSE(LooksLikeEmail("a@b.org\r\nBcc: all@example.net"));
  EXPECT_FALSE(LooksLikeEmail("a@b.org\rx"));
  EXPECT_FALSE(LooksLikeEmail("\"a\"@b.org"));
  EXPECT_FALSE(LooksLikeEmail("a;b@c.org"));
  EXPECT_EQ(ValidateContact({0, "Lone\nX", "lone@um.dk", ""}).error().fields(),
            (std::vector<FieldError>{{"name", "The name has a line break or a tab; write it on one line."}}));
}

TEST(Edition, OrdinalsAndArchiveDates) {
  EXPECT_EQ(Ordinal(1), "1st");
  EXPECT_EQ(Ordinal(12), "12th");
  EXPECT_EQ(Ordinal(22), "22nd");
  EXPECT_EQ(Ordinal(23), "23rd");
  EXPECT_EQ(Ordinal(113), "113th");
  Edition e;
  e.year = 2024;
  EXPECT_EQ(DisplayDates(e), "2024");
  e.month = 2;
  EXPECT_EQ(DisplayDates(e), "February 2024");
  e.start_date = LocalDate{2024, 2, 28};
  e.end_date = LocalDate{2024, 3, 1};
  EXPECT_EQ(DisplayDates(e), "28 February - 1 March 2024");
  e.mode = EditionMode::kOnline;
  e.city = "Seoul";
  e.country = "Korea";
  EXPECT_EQ(DisplayPlace(e), "Online / Seoul, Korea");
}

}  // namespace
}  // namespace plenary
