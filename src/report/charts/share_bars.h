// Share bars: one 100 % stacked bar per row (a group, the selection, the whole) split by
// category (gender, region, sector), as inline SVG for the selection and assignment pages.
// The SVG is an image with an aria-label that reads every figure; pages show the same
// counts in a table as well. (The applications page compares the accepted with the pool in
// paired bars, src/report/share_chart.*: a different chart with its own type name, since
// two types of one name in one namespace broke the program at run time.)
#pragma once

#include <string>
#include <vector>

namespace plenary::report {

struct ShareRow {
  std::string label;        // "Privacy and Surveillance", "All accepted"
  std::vector<int> counts;  // one per category
};

struct ShareBars {
  std::string title;                    // "Gender"
  std::vector<std::string> categories;  // "Woman", "Man", ...
  std::vector<ShareRow> rows;
};

// Bar geometry, in SVG user units (the image scales to its container).
inline constexpr int kShareLabelWidth = 170;
inline constexpr int kShareBarWidth = 300;
inline constexpr int kShareRowHeight = 26;

// Segment i of a row spans [kShareLabelWidth + W*c_<i/T, kShareLabelWidth + W*c_<=i/T) with
// integer division (c_<i: the counts before i, T the row total), so segments tile the bar
// exactly; an empty row draws an empty outline.
std::string ShareBarsSvg(const ShareBars& chart);

// "Privacy and Surveillance: Woman 12 (40 %), Man 18 (60 %)." for every row.
std::string ShareBarsDescription(const ShareBars& chart);

}  // namespace plenary::report
