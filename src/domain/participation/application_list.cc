#include "domain/participation/application_list.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <tuple>

#include "domain/core/text.h"

namespace plenary {
namespace {

struct ColumnName {
  ApplicationColumn column;
  const char* code;
  const char* label;
};

constexpr ColumnName kColumns[] = {
    {ApplicationColumn::kName, "name", "Name"},
    {ApplicationColumn::kOrganisation, "organisation", "Organisation"},
    {ApplicationColumn::kCountry, "country", "Country"},
    {ApplicationColumn::kRegion, "region", "Region"},
    {ApplicationColumn::kSector, "sector", "Sector"},
    {ApplicationColumn::kGender, "gender", "Gender"},
    {ApplicationColumn::kFirstChoice, "first_choice", "First choice"},
    {ApplicationColumn::kStatus, "status", "Status"},
    {ApplicationColumn::kKind, "kind", "Nominated or invited"},
};

const char* const kRegions[] = {"Asia", "Europe", "Other"};

std::string Value(const std::map<std::string, std::string>& query, const std::string& key) {
  auto it = query.find(key);
  return it == query.end() ? std::string() : Trim(it->second);
}

std::optional<Id> IdFrom(const std::string& text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(text);
}

std::optional<Id> FirstChoiceOf(const Registration& r) {
  if (r.ranking.empty()) return std::nullopt;
  return r.ranking.front();
}

// Which filters an application passes; `skip` names the one a facet count leaves out.
enum class Facet { kNone, kStatus, kSector, kRegion, kCountry, kGender, kFirstChoice };

bool Matches(const Application& a, const ApplicationFilter& f, Facet skip) {
  const Registration& r = a.registration;
  if (skip != Facet::kStatus && f.status && r.Decided() != *f.status) return false;
  if (skip != Facet::kSector && f.sector && r.sector != *f.sector) return false;
  if (skip != Facet::kRegion && !f.region.empty() && r.region != f.region) return false;
  if (skip != Facet::kCountry && !f.country.empty() && r.country != f.country) return false;
  if (skip != Facet::kGender && f.gender && r.gender != *f.gender) return false;
  if (skip != Facet::kFirstChoice && f.first_choice && FirstChoiceOf(r) != f.first_choice) return false;
  return true;
}

// The key a column sorts by: enums sort in their declared order (the order the form lists
// them), text by its lower-case bytes.
std::tuple<int, std::string> KeyOf(const Application& a, ApplicationColumn column) {
  const Registration& r = a.registration;
  switch (column) {
    case ApplicationColumn::kName: return {0, AsciiLower(SortName(r))};
    case ApplicationColumn::kOrganisation: return {0, AsciiLower(r.organisation)};
    case ApplicationColumn::kCountry: return {0, AsciiLower(r.country)};
    case ApplicationColumn::kRegion: return {0, AsciiLower(r.region)};
    case ApplicationColumn::kSector: return {static_cast<int>(r.sector), ""};
    case ApplicationColumn::kGender: return {static_cast<int>(r.gender), ""};
    case ApplicationColumn::kFirstChoice: return {0, AsciiLower(a.first_choice)};
    case ApplicationColumn::kStatus: return {static_cast<int>(r.Decided()), ""};
    case ApplicationColumn::kKind: return {static_cast<int>(a.kind), ""};
  }
  return {0, ""};
}

template <typename E>
std::vector<FacetCount> CountEnum(const std::vector<Application>& pool, const ApplicationFilter& f, Facet facet,
                                  const std::vector<E>& values, E (*field)(const Registration&)) {
  std::vector<FacetCount> out;
  for (E v : values) out.push_back({ToString(v), Label(v), 0});
  for (const auto& a : pool) {
    if (!Matches(a, f, facet)) continue;
    const auto at = std::find(values.begin(), values.end(), field(a.registration));
    if (at != values.end()) ++out[at - values.begin()].count;
  }
  return out;
}

}  // namespace

const std::vector<ApplicationColumn>& AllApplicationColumns() {
  static const std::vector<ApplicationColumn> kAll = [] {
    std::vector<ApplicationColumn> all;
    for (const auto& c : kColumns) all.push_back(c.column);
    return all;
  }();
  return kAll;
}

std::string ToString(ApplicationColumn column) {
  for (const auto& c : kColumns) {
    if (c.column == column) return c.code;
  }
  return "name";
}

std::string Label(ApplicationColumn column) {
  for (const auto& c : kColumns) {
    if (c.column == column) return c.label;
  }
  return "Name";
}

std::optional<ApplicationColumn> ApplicationColumnFrom(std::string_view text) {
  for (const auto& c : kColumns) {
    if (text == c.code) return c.column;
  }
  return std::nullopt;
}

ApplicationFilter ParseApplicationFilter(const std::map<std::string, std::string>& query) {
  ApplicationFilter f;
  f.status = RegistrationStatusFrom(Value(query, "status"));
  const std::string sector = Value(query, "sector");
  if (!sector.empty()) f.sector = SectorFrom(sector);
  const std::string region = Value(query, "region");
  if (std::find(std::begin(kRegions), std::end(kRegions), region) != std::end(kRegions)) f.region = region;
  f.country = Value(query, "country");
  const std::string gender = Value(query, "gender");
  if (!gender.empty()) f.gender = GenderFrom(gender);
  f.first_choice = IdFrom(Value(query, "group"));
  if (auto column = ApplicationColumnFrom(Value(query, "sort"))) f.sort = *column;
  if (Value(query, "order") == "desc") f.order = SortOrder::kDescending;
  return f;
}

std::vector<std::pair<std::string, std::string>> QueryParameters(const ApplicationFilter& f) {
  std::vector<std::pair<std::string, std::string>> parts;
  if (f.status) parts.emplace_back("status", ToString(*f.status));
  if (f.sector) parts.emplace_back("sector", ToString(*f.sector));
  if (!f.region.empty()) parts.emplace_back("region", f.region);
  if (!f.country.empty()) parts.emplace_back("country", f.country);
  if (f.gender) parts.emplace_back("gender", ToString(*f.gender));
  if (f.first_choice) parts.emplace_back("group", std::to_string(*f.first_choice));
  parts.emplace_back("sort", ToString(f.sort));
  parts.emplace_back("order", f.order == SortOrder::kAscending ? "asc" : "desc");
  return parts;
}

std::string QueryOf(const ApplicationFilter& f) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (const auto& [key, value] : QueryParameters(f)) {
    out += (out.empty() ? "" : "&") + key + "=";
    for (unsigned char c : value) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
        out += static_cast<char>(c);
      } else {
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
  }
  return out;
}

std::string SortName(const Registration& r) { return r.latin_name.empty() ? r.full_name : r.latin_name; }

std::vector<Application> SelectApplications(const std::vector<Application>& pool, const ApplicationFilter& filter) {
  std::vector<Application> out;
  for (const auto& a : pool) {
    if (Matches(a, filter, Facet::kNone)) out.push_back(a);
  }
  std::stable_sort(out.begin(), out.end(), [&](const Application& x, const Application& y) {
    const auto kx = KeyOf(x, filter.sort), ky = KeyOf(y, filter.sort);
    if (kx != ky) return filter.order == SortOrder::kAscending ? kx < ky : ky < kx;
    const auto nx = AsciiLower(SortName(x.registration)), ny = AsciiLower(SortName(y.registration));
    if (nx != ny) return nx < ny;
    return x.registration.id < y.registration.id;
  });
  return out;
}

ApplicationCounts CountApplications(const std::vector<Application>& pool, const ApplicationFilter& f,
                                    const std::vector<WorkingGroup>& groups) {
  ApplicationCounts c;
  // The status as the list stands: a draft decision counts (the steering committee reviews it).
  c.status = CountEnum<RegistrationStatus>(pool, f, Facet::kStatus, AllStatuses(),
                                           [](const Registration& r) { return r.Decided(); });
  c.sector = CountEnum<Sector>(pool, f, Facet::kSector, AllSectors(), [](const Registration& r) { return r.sector; });
  c.gender = CountEnum<Gender>(pool, f, Facet::kGender, AllGenders(), [](const Registration& r) { return r.gender; });
  for (const char* region : kRegions) c.region.push_back({region, region, 0});
  for (const auto& g : groups) c.first_choice.push_back({std::to_string(g.id), g.name, 0});
  std::map<std::string, int> countries;
  for (const auto& a : pool) countries.emplace(a.registration.country, 0);
  for (const auto& a : pool) {
    const Registration& r = a.registration;
    if (Matches(a, f, Facet::kRegion)) {
      for (auto& v : c.region) v.count += v.value == r.region;
    }
    if (Matches(a, f, Facet::kCountry)) ++countries[r.country];
    if (Matches(a, f, Facet::kFirstChoice)) {
      const auto first = FirstChoiceOf(r);
      for (auto& v : c.first_choice) v.count += first && v.value == std::to_string(*first);
    }
  }
  for (const auto& [country, count] : countries) {
    if (!country.empty()) c.country.push_back({country, country, count});
  }
  return c;
}

}  // namespace plenary
