// A paired horizontal bar chart as inline SVG: for each category, its share of a selection
// (e.g. the accepted participants) above its share of the whole pool (every applicant), so a
// reader sees at a glance whether the selection keeps the pool's balance. The selection's bars
// are solid, the pool's hatched, and every bar is labelled with its percentage and count, so
// nothing depends on colour; the <svg> has role="img" with a <title> and a <desc> that says
// every number, and callers show the same numbers in a table beside it.
#pragma once

#include <string>
#include <vector>

namespace plenary::report {

struct ShareCategory {
  std::string label;  // "Woman", "Asia", "Civil society"
  int selected = 0;   // in the selection
  int pool = 0;       // in the whole pool (the selection included)
};

struct ShareChart {
  std::string id;     // unique in the page: prefixes the pattern and title ids ("gender")
  std::string title;  // "Gender"
  std::string selected_label = "Accepted";
  std::string pool_label = "All applicants";
  std::vector<ShareCategory> categories;
};

// count / total as a whole percentage, rounded half up; 0 when total is 0.
int Percent(int count, int total);

// The chart as an <svg> element (no XML declaration), ready to put inline in HTML; every text
// is escaped. Width 480 user units, scaled by CSS; height grows with the categories.
std::string ShareChartSvg(const ShareChart& chart);

}  // namespace plenary::report
