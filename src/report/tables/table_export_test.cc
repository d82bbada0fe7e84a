#include "report/tables/table_export.h"

#include <gtest/gtest.h>

namespace plenary::report {
namespace {

TEST(TableExport, CsvHasBomCrlfQuotingAndFormulaGuard) {
  const Table table = {{"Name", "Note"},
                       {"Батбаяр, Энх", "say \"hi\""},
                       {"=HYPERLINK(\"x\")", "+1"},
                       {"-2", "@SUM(A1)"},
                       {"line\nbreak", "Nguyễn"}};
  EXPECT_EQ(TableCsv(table),
            "\xEF\xBB\xBF"
            "Name,Note\r\n"
            "\"Батбаяр, Энх\",\"say \"\"hi\"\"\"\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",'+1\r\n"
            "'-2,'@SUM(A1)\r\n"
            "\"line\nbreak\",Nguyễn\r\n");
}

TEST(TableExport, GuardsOnlyLeadingFormulaCharacters) {
  EXPECT_EQ(GuardedCell("a=b"), "a=b");
  EXPECT_EQ(GuardedCell("\tx"), "'\tx");
  EXPECT_EQ(GuardedCell(""), "");
}

TEST(TableExport, XlsxIsAZipWithTheSheetAndSharedStrings) {
  auto xlsx = TableXlsx({{"Name"}, {"Батбаяр"}, {"=1+1"}}, "Applications");
  ASSERT_TRUE(xlsx);
  ASSERT_GT(xlsx->size(), 4u);
  EXPECT_EQ(xlsx->substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_NE(xlsx->find("xl/worksheets/sheet1.xml"), std::string::npos);
}

}  // namespace
}  // namespace plenary::report
