#include "report/charts/share_bars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace plenary::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ShareBars, SegmentsTileTheBarInProportionAndEveryFigureIsInTheLabel) {
  const ShareBars chart{"Gender", {"Woman", "Man"}, {{"Selected", {1, 2}}, {"All", {0, 0}}}};
  const std::string svg = ShareBarsSvg(chart);
  // 1 of 3 -> [170, 270); 2 of 3 -> [270, 470).
  EXPECT_THAT(svg, HasSubstr(R"(<rect x="170" y="3" width="100" height="20" fill="#1f5f99"/>)")) << svg;
  EXPECT_THAT(svg, HasSubstr(R"(<rect x="270" y="3" width="200" height="20" fill="#b3541e"/>)")) << svg;
  // The empty row has only its outline.
  EXPECT_THAT(svg, Not(HasSubstr(R"(y="29" width="100")")));
  EXPECT_THAT(svg, HasSubstr(R"(<rect x="170" y="29" width="300" height="20" fill="none" stroke="#1a1a1a"/>)"));
  EXPECT_THAT(svg, HasSubstr(R"(role="img")"));
  EXPECT_EQ(ShareBarsDescription(chart),
            "Gender. Selected: Woman 1 (33 %), Man 2 (67 %). All: Woman 0 (0 %), Man 0 (0 %).");
}

TEST(ShareBars, RoundingNeverLeavesAGapOrOverlap) {
  const ShareBars chart{"Region", {"Asia", "Europe", "Other"}, {{"G", {1, 1, 1}}}};
  const std::string svg = ShareBarsSvg(chart);
  EXPECT_THAT(svg, HasSubstr(R"(<rect x="170" y="3" width="100")"));
  EXPECT_THAT(svg, HasSubstr(R"(<rect x="270" y="3" width="100")"));
  EXPECT_THAT(svg, HasSubstr(R"(<rect x="370" y="3" width="100")"));
  const ShareBars odd{"Region", {"Asia", "Europe"}, {{"G", {1, 6}}}};
  const std::string odd_svg = ShareBarsSvg(odd);
  // 300 * 1 / 7 = 42 (integer), the rest to 470.
  EXPECT_THAT(odd_svg, HasSubstr(R"(<rect x="170" y="3" width="42")")) << odd_svg;
  EXPECT_THAT(odd_svg, HasSubstr(R"(<rect x="212" y="3" width="258")")) << odd_svg;
}

TEST(ShareBars, LabelsAreEscaped) {
  const ShareBars chart{"Sector", {"A&B"}, {{"<Group \"1\">", {1}}}};
  const std::string svg = ShareBarsSvg(chart);
  EXPECT_THAT(svg, HasSubstr("&lt;Group &quot;1&quot;&gt;"));
  EXPECT_THAT(svg, HasSubstr(">A&amp;B</text>"));
  EXPECT_THAT(svg, Not(HasSubstr("<Group")));
}

}  // namespace
}  // namespace plenary::report
