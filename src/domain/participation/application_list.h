// The secretariat's view of an edition's applications: which registrations a filter selects,
// in which order, and how many there are per value of each filter (each count applies every
// other filter, so a count says what choosing that value would show). Pure; the page, the
// CSV and the XLSX export all use it so they always agree.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/participation/participation.h"

namespace plenary {

// A registration as the list shows it: how it came in and the name of its first choice.
struct Application {
  Registration registration;
  InvitationKind kind = InvitationKind::kInvited;
  std::string first_choice;  // the working group ranked first ("" when none)
};

enum class ApplicationColumn { kName, kOrganisation, kCountry, kRegion, kSector, kGender, kFirstChoice, kStatus, kKind };
const std::vector<ApplicationColumn>& AllApplicationColumns();
std::string ToString(ApplicationColumn column);  // "name", "organisation", ..., "first_choice", "status", "kind"
std::string Label(ApplicationColumn column);     // "Name", "Organisation", ..., "First choice", "Status", "Nominated or invited"
std::optional<ApplicationColumn> ApplicationColumnFrom(std::string_view text);

enum class SortOrder { kAscending, kDescending };

// Empty or absent means "any". Values are the codes the form sends (status "accepted", sector
// "civil_society", region "Asia", a country's name, gender "woman", a working group's id).
struct ApplicationFilter {
  std::optional<RegistrationStatus> status;
  std::optional<Sector> sector;
  std::string region;
  std::string country;
  std::optional<Gender> gender;
  std::optional<Id> first_choice;
  ApplicationColumn sort = ApplicationColumn::kName;
  SortOrder order = SortOrder::kAscending;
};

// Reads the filter from query parameters (status, sector, region, country, gender, group, sort,
// order); an unknown value is ignored (treated as "any") rather than refused, since the form
// only offers valid ones and a stale bookmark should still show the list.
ApplicationFilter ParseApplicationFilter(const std::map<std::string, std::string>& query);
// The query parameters that reproduce `filter`, without values that mean "any" (for hidden
// fields that carry the filter through a form).
std::vector<std::pair<std::string, std::string>> QueryParameters(const ApplicationFilter& filter);
// The query string that reproduces `filter` ("status=accepted&sort=name&order=asc"), without
// values that mean "any"; for links (sort headers, exports) that keep the current filter.
std::string QueryOf(const ApplicationFilter& filter);

// The name used for sorting and for readers of Latin script: the transliteration when given.
std::string SortName(const Registration& registration);

// The applications `filter` selects, sorted by its column (ties by name, then id).
std::vector<Application> SelectApplications(const std::vector<Application>& pool, const ApplicationFilter& filter);

struct FacetCount {
  std::string value;  // the filter code
  std::string label;
  int count = 0;
};

// For each filter, the count of each value among the applications matching every other filter.
struct ApplicationCounts {
  std::vector<FacetCount> status, sector, region, country, gender, first_choice;
};
// Values with a count of zero are kept for status, sector, region, gender and the groups (so
// the form always offers them); countries are those present in the pool, sorted by name.
ApplicationCounts CountApplications(const std::vector<Application>& pool, const ApplicationFilter& filter,
                                    const std::vector<WorkingGroup>& groups);

}  // namespace plenary
