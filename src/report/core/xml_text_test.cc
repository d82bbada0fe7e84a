#include "report/core/xml_text.h"

#include <gtest/gtest.h>

namespace plenary::report {
namespace {

TEST(XmlEscape, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(XmlEscape(R"(<a href="x">Tom & Jerry's</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(XmlEscape, DropsControlCharactersXmlForbidsAndKeepsEveryScript) {
  EXPECT_EQ(XmlEscape("Line\x01one\tand\nthe \x1b" "next\r"), "Lineone\tand\nthe next");
  EXPECT_EQ(XmlEscape("Đặng Thị Ngọc Thịnh, 東京, Улаанбаатар, กรุงเทพ"),
            "Đặng Thị Ngọc Thịnh, 東京, Улаанбаатар, กรุงเทพ");
}

}  // namespace
}  // namespace plenary::report
