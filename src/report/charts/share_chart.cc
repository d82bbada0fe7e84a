#include "report/charts/share_chart.h"

#include <tuple>

#include "report/core/xml_text.h"

namespace plenary::report {
namespace {

// Geometry, in user units of the viewBox.
constexpr int kWidth = 480;
constexpr int kLegendHeight = 32;
constexpr int kRowHeight = 60;
constexpr int kBarMax = 300;  // a 100% bar; the labels fit to its right
constexpr int kBarHeight = 14;
// Colours with at least 4.5:1 against white (text) and 3:1 (bars); the hatch tells the
// pool's bars apart without colour.
constexpr const char* kInk = "#1a1a1a";
constexpr const char* kSolid = "#1f4e79";
constexpr const char* kHatch = "#4d4d4d";

std::string Num(int n) { return std::to_string(n); }

std::string Text(int x, int y, const std::string& text, bool bold = false) {
  return "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" fill=\"" + kInk + "\" font-size=\"13\"" +
         (bold ? " font-weight=\"bold\"" : "") + ">" + XmlEscape(text) + "</text>";
}

std::string Bar(int y, int percent, const std::string& fill, bool outlined) {
  return "<rect x=\"0\" y=\"" + Num(y) + "\" width=\"" + Num(percent * kBarMax / 100) + "\" height=\"" +
         Num(kBarHeight) + "\" fill=\"" + fill + "\"" +
         (outlined ? std::string(" stroke=\"") + kHatch + "\" stroke-width=\"1\"" : std::string()) + "/>";
}

std::string Share(int count, int total) {
  return Num(Percent(count, total)) + "% (" + Num(count) + " of " + Num(total) + ")";
}

std::string Description(const ShareChart& c, int selected_total, int pool_total) {
  std::string out;
  for (const auto& [label, total, pick] :
       {std::tuple{c.selected_label, selected_total, true}, std::tuple{c.pool_label, pool_total, false}}) {
    out += (out.empty() ? "" : " ") + label + ":";
    for (size_t i = 0; i < c.categories.size(); ++i) {
      const auto& k = c.categories[i];
      out += " " + k.label + " " + Share(pick ? k.selected : k.pool, total) + (i + 1 < c.categories.size() ? "," : ".");
    }
  }
  return out;
}

}  // namespace

int Percent(int count, int total) {
  if (total <= 0) return 0;
  return (200 * count + total) / (2 * total);
}

std::string ShareChartSvg(const ShareChart& c) {
  int selected_total = 0, pool_total = 0;
  for (const auto& k : c.categories) {
    selected_total += k.selected;
    pool_total += k.pool;
  }
  const int height = kLegendHeight + kRowHeight * static_cast<int>(c.categories.size());
  const std::string hatch = XmlEscape(c.id) + "-hatch";
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + Num(kWidth) + " " +
                    Num(height) + "\" width=\"100%\" aria-labelledby=\"" + XmlEscape(c.id) + "-title " + XmlEscape(c.id) +
                    "-desc\">";
  svg += "<title id=\"" + XmlEscape(c.id) + "-title\">" + XmlEscape(c.title + ": " + c.selected_label + " compared with " +
                                                              c.pool_label) + "</title>";
  svg += "<desc id=\"" + XmlEscape(c.id) + "-desc\">" + XmlEscape(Description(c, selected_total, pool_total)) + "</desc>";
  svg += "<defs><pattern id=\"" + hatch + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
         "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + std::string(kHatch) + "\" stroke-width=\"3\"/></pattern></defs>";
  svg += "<rect x=\"0\" y=\"6\" width=\"14\" height=\"14\" fill=\"" + std::string(kSolid) + "\"/>";
  svg += Text(20, 18, c.selected_label + " (" + Num(selected_total) + ")");
  svg += "<rect x=\"240\" y=\"6\" width=\"14\" height=\"14\" fill=\"url(#" + hatch + ")\" stroke=\"" + kHatch + "\"/>";
  svg += Text(260, 18, c.pool_label + " (" + Num(pool_total) + ")");
  for (size_t i = 0; i < c.categories.size(); ++i) {
    const auto& k = c.categories[i];
    const int top = kLegendHeight + kRowHeight * static_cast<int>(i);
    const int selected = Percent(k.selected, selected_total), pool = Percent(k.pool, pool_total);
    svg += Text(0, top + 14, k.label, true);
    svg += Bar(top + 20, selected, kSolid, false);
    svg += Text(selected * kBarMax / 100 + 6, top + 32, Num(selected) + "% (" + Num(k.selected) + ")");
    svg += Bar(top + 38, pool, "url(#" + hatch + ")", true);
    svg += Text(pool * kBarMax / 100 + 6, top + 50, Num(pool) + "% (" + Num(k.pool) + ")");
  }
  svg += "</svg>";
  return svg;
}

}  // namespace plenary::report
