#include "report/charts/share_bars.h"

#include <numeric>

#include "report/core/xml_text.h"

namespace plenary::report {
namespace {

// Eight colours in an order that keeps neighbours apart, each at least 3:1 against white.
constexpr const char* kPalette[] = {"#1f5f99", "#b3541e", "#2e7d32", "#8e24aa", "#5d4037", "#00838f", "#c2185b", "#546e7a"};
constexpr int kLegendRowHeight = 20;

int Percent(int count, int total) { return total == 0 ? 0 : (count * 100 + total / 2) / total; }

}  // namespace

std::string ShareBarsDescription(const ShareBars& chart) {
  std::string out = chart.title + ".";
  for (const auto& row : chart.rows) {
    const int total = std::accumulate(row.counts.begin(), row.counts.end(), 0);
    out += " " + row.label + ":";
    for (size_t i = 0; i < row.counts.size() && i < chart.categories.size(); ++i) {
      out += std::string(i ? "," : "") + " " + chart.categories[i] + " " + std::to_string(row.counts[i]) + " (" +
             std::to_string(Percent(row.counts[i], total)) + " %)";
    }
    out += ".";
  }
  return out;
}

std::string ShareBarsSvg(const ShareBars& chart) {
  const int rows = static_cast<int>(chart.rows.size());
  const int legend_top = rows * kShareRowHeight + 8;
  const int height = legend_top + static_cast<int>(chart.categories.size()) * kLegendRowHeight;
  const int width = kShareLabelWidth + kShareBarWidth + 10;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"share-bars\" role=\"img\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) + "\" aria-label=\"" +
                    XmlEscape(ShareBarsDescription(chart)) + "\">";
  for (int r = 0; r < rows; ++r) {
    const auto& row = chart.rows[r];
    const int y = r * kShareRowHeight;
    const int total = std::accumulate(row.counts.begin(), row.counts.end(), 0);
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 17) + "\" font-size=\"13\" fill=\"#1a1a1a\">" + XmlEscape(row.label) + "</text>";
    int before = 0;
    for (size_t i = 0; i < row.counts.size() && total > 0; ++i) {
      const int x0 = kShareLabelWidth + kShareBarWidth * before / total;
      before += row.counts[i];
      const int x1 = kShareLabelWidth + kShareBarWidth * before / total;
      if (x1 == x0) continue;
      svg += "<rect x=\"" + std::to_string(x0) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
             std::to_string(x1 - x0) + "\" height=\"20\" fill=\"" + kPalette[i % std::size(kPalette)] + "\"/>";
    }
    svg += "<rect x=\"" + std::to_string(kShareLabelWidth) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
           std::to_string(kShareBarWidth) + "\" height=\"20\" fill=\"none\" stroke=\"#1a1a1a\"/>";
  }
  for (size_t i = 0; i < chart.categories.size(); ++i) {
    const int y = legend_top + static_cast<int>(i) * kLegendRowHeight;
    svg += "<rect x=\"" + std::to_string(kShareLabelWidth) + "\" y=\"" + std::to_string(y) +
           "\" width=\"14\" height=\"14\" fill=\"" + kPalette[i % std::size(kPalette)] + "\"/><text x=\"" +
           std::to_string(kShareLabelWidth + 20) + "\" y=\"" + std::to_string(y + 12) +
           "\" font-size=\"13\" fill=\"#1a1a1a\">" + XmlEscape(chart.categories[i]) + "</text>";
  }
  return svg + "</svg>";
}

}  // namespace plenary::report
