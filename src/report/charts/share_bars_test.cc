#include "report/charts/share_bars.h"

#include <gtest/gtest.h>

namespace plenary::report {
namespace {

TEST(ShareBars, SegmentsTileTheBarInProportionAndEveryFigureIsInTheLabel) {
  const ShareBars chart{"Gender", {"Woman", "Man"}, {{"Selected", {1, 2}}, {"All", {0, 0}}}};
  const std::string svg = ShareBarsSvg(chart);
  // 1 of 3 -> [170, 270); 2 of 3 -> [270, 470).
  EXPECT_NE(svg.find(R"(<rect x="170" y="3" width="100" height="20" fill="#1f5f99"/>)"), std::string::npos) << svg;
  EXPECT_NE(svg.find(R"(<rect x="270" y="3" width="200" height="20" fill="#b3541e"/>)"), std::string::npos) << svg;
  // The empty row has only its outline.
  EXPECT_EQ(svg.find(R"(y="29" width="100")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<rect x="170" y="29" width="300" height="20" fill="none" stroke="#1a1a1a"/>)"), std::string::npos);
  EXPECT_NE(svg.find(R"(role="img")"), std::string::npos);
  EXPECT_EQ(ShareBarsDescription(chart),
            "Gender. Selected: Woman 1 (33 %), Man 2 (67 %). All: Woman 0 (0 %), Man 0 (0 %).");
}

TEST(ShareBars, RoundingNeverLeavesAGapOrOverlap) {
  const ShareBars chart{"Region", {"Asia", "Europe", "Other"}, {{"G", {1, 1, 1}}}};
  const std::string svg = ShareBarsSvg(chart);
  EXPECT_NE(svg.find(R"(<rect x="170" y="3" width="100")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<rect x="270" y="3" width="100")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<rect x="370" y="3" width="100")"), std::string::npos);
  const ShareBars odd{"Region", {"Asia", "Europe"}, {{"G", {1, 6}}}};
  const std::string odd_svg = ShareBarsSvg(odd);
  // 300 * 1 / 7 = 42 (integer), the rest to 470.
  EXPECT_NE(odd_svg.find(R"(<rect x="170" y="3" width="42")"), std::string::npos) << odd_svg;
  EXPECT_NE(odd_svg.find(R"(<rect x="212" y="3" width="258")"), std::string::npos) << odd_svg;
}

TEST(ShareBars, LabelsAreEscaped) {
  const ShareBars chart{"Sector", {"A&B"}, {{"<Group \"1\">", {1}}}};
  const std::string svg = ShareBarsSvg(chart);
  EXPECT_NE(svg.find("&lt;Group &quot;1&quot;&gt;"), std::string::npos);
  EXPECT_NE(svg.find(">A&amp;B</text>"), std::string::npos);
  EXPECT_EQ(svg.find("<Group"), std::string::npos);
}

}  // namespace
}  // namespace plenary::report
