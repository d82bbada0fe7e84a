// The words a description is made of: the partner countries of the series (the 51 ASEM
// countries of Asia and Europe, the EU and ASEAN) with their names and adjectives, and the
// sector and role words ("official", "NGO representative"). Plain data; the guard folds and
// indexes it once per build.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace plenary::engine {

enum class GuardSector : int {
  kAny = 0,  // a word that fits every sector: "participant", "delegate", "expert"
  kGovernment,
  kAcademia,
  kCivilSociety,
  kNhri,
  kBusiness,
  kInternational,
};

enum class CountryWordForm : int {
  kName,       // "Viet Nam", "Vietnam": may be followed by "'s" ("Denmark's official")
  kAdjective,  // "Vietnamese", "Danish"
  kPerson,     // a word for a person of the country, a description on its own: "the Dane"
};

// One way of writing a country; a country has several rows.
struct CountryWord {
  std::string_view country;  // the canonical name, shared by all rows of one country
  std::string_view word;
  CountryWordForm form;
};

enum class RoleWordUse : int {
  kNoun = 1,      // names a person: "official", "academic", "representative"
  kModifier = 2,  // narrows the sector before or after the noun: "government", "NGO"
};

struct RoleWord {
  std::string_view phrase;
  GuardSector sector;
  int uses;  // RoleWordUse bits
};

std::span<const CountryWord> PartnerCountryWords();
std::span<const RoleWord> RoleWords();
// Words that may stand between a country adjective and the role noun ("the Danish senior
// official"); they carry no sector.
std::span<const std::string_view> DescriptionFillers();
// Words that link a role to a country after it ("an academic from China").
std::span<const std::string_view> DescriptionConnectors();

// The sector a registry `role` value names (folded, any of the usual spellings), or nullopt.
std::optional<GuardSector> SectorFromRegistryRole(std::string_view folded_role);

}  // namespace plenary::engine
