// A partner of the series: a government or a body (the EU, the ASEAN Secretariat) in the
// Asian or the European group, with the focal points who nominate its officials.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/status.h"
#include "domain/series/edition.h"

namespace plenary {

enum class PartnerKind { kCountry, kOrganisation };
enum class RegionGroup { kAsia, kEurope };

struct PartnerContact {
  Id id = 0;
  std::string name;
  std::string email;
  std::string title;
};

struct Partner {
  Id id = 0;
  std::string name;
  PartnerKind kind = PartnerKind::kCountry;
  RegionGroup group = RegionGroup::kAsia;
  std::string code;  // ISO 3166-1 alpha-2 for countries; "EU", "ASEAN"
  std::vector<PartnerContact> contacts;
};

extern const EnumNames<PartnerKind> kPartnerKindNames;
extern const EnumNames<RegionGroup> kRegionGroupNames;

std::string ToString(PartnerKind kind);
std::optional<PartnerKind> PartnerKindFrom(std::string_view text);
std::string ToString(RegionGroup group);  // "Asia", "Europe"
std::optional<RegionGroup> RegionGroupFrom(std::string_view text);

// Checks a contact typed into the form; every problem on its field.
Status ValidateContact(const PartnerContact& contact);
bool LooksLikeEmail(std::string_view text);

}  // namespace plenary
