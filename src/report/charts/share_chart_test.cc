#include "report/charts/share_chart.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace plenary::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ShareChart, PercentRoundsHalfUpAndSurvivesAnEmptyTotal) {
  EXPECT_EQ(Percent(1, 3), 33);
  EXPECT_EQ(Percent(2, 3), 67);
  EXPECT_EQ(Percent(1, 8), 13);  // 12.5
  EXPECT_EQ(Percent(3, 3), 100);
  EXPECT_EQ(Percent(0, 0), 0);
}

TEST(ShareChart, DrawsPairedBarsWithLabelsPatternAndDescription) {
  ShareChart chart;
  chart.id = "g";
  chart.title = "Gender";
  chart.categories = {{"Woman", 1, 2}, {"Man", 2, 2}};
  EXPECT_EQ(ShareChartSvg(chart),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 480 152\" width=\"100%\" "
            "aria-labelledby=\"g-title g-desc\">"
            "<title id=\"g-title\">Gender: Accepted compared with All applicants</title>"
            "<desc id=\"g-desc\">Accepted: Woman 33% (1 of 3), Man 67% (2 of 3). "
            "All applicants: Woman 50% (2 of 4), Man 50% (2 of 4).</desc>"
            "<defs><pattern id=\"g-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
            "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#4d4d4d\" stroke-width=\"3\"/></pattern></defs>"
            "<rect x=\"0\" y=\"6\" width=\"14\" height=\"14\" fill=\"#1f4e79\"/>"
            "<text x=\"20\" y=\"18\" fill=\"#1a1a1a\" font-size=\"13\">Accepted (3)</text>"
            "<rect x=\"240\" y=\"6\" width=\"14\" height=\"14\" fill=\"url(#g-hatch)\" stroke=\"#4d4d4d\"/>"
            "<text x=\"260\" y=\"18\" fill=\"#1a1a1a\" font-size=\"13\">All applicants (4)</text>"
            "<text x=\"0\" y=\"46\" fill=\"#1a1a1a\" font-size=\"13\" font-weight=\"bold\">Woman</text>"
            "<rect x=\"0\" y=\"52\" width=\"99\" height=\"14\" fill=\"#1f4e79\"/>"
            "<text x=\"105\" y=\"64\" fill=\"#1a1a1a\" font-size=\"13\">33% (1)</text>"
            "<rect x=\"0\" y=\"70\" width=\"150\" height=\"14\" fill=\"url(#g-hatch)\" stroke=\"#4d4d4d\" "
            "stroke-width=\"1\"/>"
            "<text x=\"156\" y=\"82\" fill=\"#1a1a1a\" font-size=\"13\">50% (2)</text>"
            "<text x=\"0\" y=\"106\" fill=\"#1a1a1a\" font-size=\"13\" font-weight=\"bold\">Man</text>"
            "<rect x=\"0\" y=\"112\" width=\"201\" height=\"14\" fill=\"#1f4e79\"/>"
            "<text x=\"207\" y=\"124\" fill=\"#1a1a1a\" font-size=\"13\">67% (2)</text>"
            "<rect x=\"0\" y=\"130\" width=\"150\" height=\"14\" fill=\"url(#g-hatch)\" stroke=\"#4d4d4d\" "
            "stroke-width=\"1\"/>"
            "<text x=\"156\" y=\"142\" fill=\"#1a1a1a\" font-size=\"13\">50% (2)</text>"
            "</svg>");
}

TEST(ShareChart, EscapesEveryText) {
  ShareChart chart;
  chart.id = "x";
  chart.title = "A & B";
  chart.selected_label = "<sel>";
  chart.categories = {{"\"quoted\" 'name'", 0, 1}};
  const std::string svg = ShareChartSvg(chart);
  EXPECT_THAT(svg,
              HasSubstr("<title id=\"x-title\">A &amp; B: &lt;sel&gt; compared with All applicants</title>"));
  EXPECT_THAT(svg, HasSubstr(">&quot;quoted&quot; &#39;name&#39;</text>"));
  EXPECT_THAT(svg, Not(HasSubstr("<sel>")));
  // No selection yet: an empty bar and 0%, not a division by zero.
  EXPECT_THAT(svg, HasSubstr("<rect x=\"0\" y=\"52\" width=\"0\" height=\"14\" fill=\"#1f4e79\"/>"));
  EXPECT_THAT(svg, HasSubstr(">0% (0)</text>"));
}

}  // namespace
}  // namespace plenary::report
