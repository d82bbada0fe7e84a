#include "web/participation/participant_charts.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace plenary::web {
namespace {

report::ShareBars ChartOf(const std::string& title, const std::vector<LabelledRegistrations>& rows,
                           const std::vector<std::pair<std::string, std::string>>& categories,
                           const std::function<std::string(const Registration&)>& key) {
  report::ShareBars chart{title, {}, {}};
  std::vector<std::string> keys;
  for (const auto& [code, label] : categories) {
    const bool present = std::any_of(rows.begin(), rows.end(), [&](const LabelledRegistrations& row) {
      return std::any_of(row.second.begin(), row.second.end(), [&](const Registration* r) { return key(*r) == code; });
    });
    if (!present) continue;
    keys.push_back(code);
    chart.categories.push_back(label);
  }
  for (const auto& [label, people] : rows) {
    report::ShareRow row{label, std::vector<int>(keys.size(), 0)};
    for (const Registration* r : people) {
      auto it = std::find(keys.begin(), keys.end(), key(*r));
      if (it != keys.end()) ++row.counts[it - keys.begin()];
    }
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

}  // namespace

std::vector<report::ShareBars> AttributeCharts(const std::vector<LabelledRegistrations>& rows) {
  std::vector<std::pair<std::string, std::string>> genders, sectors;
  for (auto g : AllGenders()) genders.emplace_back(ToString(g), Label(g));
  for (auto s : AllSectors()) sectors.emplace_back(ToString(s), Label(s));
  const std::vector<std::pair<std::string, std::string>> regions = {{"Asia", "Asia"}, {"Europe", "Europe"},
                                                                    {"Other", "Other"}};
  return {ChartOf("Gender", rows, genders, [](const Registration& r) { return ToString(r.gender); }),
          ChartOf("Region", rows, regions, [](const Registration& r) { return r.region; }),
          ChartOf("Sector", rows, sectors, [](const Registration& r) { return ToString(r.sector); })};
}

void AddShareCharts(ctemplate::TemplateDictionary& parent, const std::string& name,
                    const std::vector<report::ShareBars>& charts) {
  auto* include = parent.AddIncludeDictionary(name);
  include->SetFilename("share_charts.tpl");
  for (const auto& chart : charts) {
    auto* c = include->AddSectionDictionary("CHART");
    c->SetValue("TITLE", chart.title);
    c->SetValue("SVG", report::ShareBarsSvg(chart));
    for (const auto& category : chart.categories) c->AddSectionDictionary("HEAD")->SetValue("NAME", category);
    for (const auto& row : chart.rows) {
      auto* r = c->AddSectionDictionary("ROW");
      r->SetValue("LABEL", row.label);
      const int total = std::accumulate(row.counts.begin(), row.counts.end(), 0);
      for (int count : row.counts) {
        auto* cell = r->AddSectionDictionary("CELL");
        cell->SetIntValue("COUNT", count);
        cell->SetIntValue("PERCENT", total ? (count * 100 + total / 2) / total : 0);
      }
    }
  }
}

}  // namespace plenary::web
