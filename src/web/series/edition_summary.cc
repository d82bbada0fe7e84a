#include "web/series/edition_summary.h"

namespace plenary::web {
namespace {

// "Privacy; Equality; Remedies", or the title when the edition lists no topics.
std::string TopicsLine(const Edition& e) {
  if (e.topics.empty()) return e.title;
  std::string out;
  for (const auto& topic : e.topics) out += (out.empty() ? "" : "; ") + topic;
  return out;
}

}  // namespace

void FillEditionSummary(ctemplate::TemplateDictionary& d, const Edition& e) {
  d.SetIntValue("NUMBER", e.number);
  d.SetValue("ORDINAL", Ordinal(e.number));
  d.SetValue("TITLE", e.title);
  d.SetIntValue("YEAR", e.year);
  d.SetValue("MONTH", e.month ? MonthName(*e.month) : "");
  d.SetValue("CITY", e.mode == EditionMode::kOnline && e.city.empty() ? "Online" : e.city);
  d.SetValue("COUNTRY", e.country);
  d.SetValue("DATES", DisplayDates(e));
  d.SetValue("PLACE", DisplayPlace(e));
  d.SetValue("TOPICS", TopicsLine(e));
  d.SetValue("TIME_ZONE", e.time_zone);
  if (e.mode == EditionMode::kOnline) d.ShowSection("ONLINE");
}

}  // namespace plenary::web
