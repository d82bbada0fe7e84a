#include "engine/guard_lexicon.h"

#include <array>

namespace plenary::engine {
namespace {

using SV = std::string_view;

using F = CountryWordForm;

// The 51 ASEM partner countries (30 of Europe, 21 of Asia and the Pacific), then the EU and ASEAN.
const CountryWord kCountryWords[] = {
    {"Austria", "Austria", F::kName},
    {"Austria", "Austrian", F::kAdjective},
    {"Belgium", "Belgium", F::kName},
    {"Belgium", "Belgian", F::kAdjective},
    {"Bulgaria", "Bulgaria", F::kName},
    {"Bulgaria", "Bulgarian", F::kAdjective},
    {"Croatia", "Croatia", F::kName},
    {"Croatia", "Croatian", F::kAdjective},
    {"Cyprus", "Cyprus", F::kName},
    {"Cyprus", "Cypriot", F::kAdjective},
    {"Czechia", "Czechia", F::kName},
    {"Czechia", "Czech Republic", F::kName},
    {"Czechia", "Czech", F::kAdjective},
    {"Denmark", "Denmark", F::kName},
    {"Denmark", "Danish", F::kAdjective},
    {"Denmark", "Dane", F::kPerson},
    {"Estonia", "Estonia", F::kName},
    {"Estonia", "Estonian", F::kAdjective},
    {"Finland", "Finland", F::kName},
    {"Finland", "Finnish", F::kAdjective},
    {"France", "France", F::kName},
    {"France", "French", F::kAdjective},
    {"Germany", "Germany", F::kName},
    {"Germany", "German", F::kAdjective},
    {"Greece", "Greece", F::kName},
    {"Greece", "Greek", F::kAdjective},
    {"Greece", "Hellenic", F::kAdjective},
    {"Hungary", "Hungary", F::kName},
    {"Hungary", "Hungarian", F::kAdjective},
    {"Ireland", "Ireland", F::kName},
    {"Ireland", "Irish", F::kAdjective},
    {"Italy", "Italy", F::kName},
    {"Italy", "Italian", F::kAdjective},
    {"Latvia", "Latvia", F::kName},
    {"Latvia", "Latvian", F::kAdjective},
    {"Lithuania", "Lithuania", F::kName},
    {"Lithuania", "Lithuanian", F::kAdjective},
    {"Luxembourg", "Luxembourg", F::kName},
    {"Luxembourg", "Luxembourgish", F::kAdjective},
    {"Luxembourg", "Luxembourger", F::kPerson},
    {"Malta", "Malta", F::kName},
    {"Malta", "Maltese", F::kAdjective},
    {"Netherlands", "Netherlands", F::kName},
    {"Netherlands", "Holland", F::kName},
    {"Netherlands", "Dutch", F::kAdjective},
    {"Norway", "Norway", F::kName},
    {"Norway", "Norwegian", F::kAdjective},
    {"Poland", "Poland", F::kName},
    {"Poland", "Polish", F::kAdjective},
    {"Portugal", "Portugal", F::kName},
    {"Portugal", "Portuguese", F::kAdjective},
    {"Romania", "Romania", F::kName},
    {"Romania", "Romanian", F::kAdjective},
    {"Slovakia", "Slovakia", F::kName},
    {"Slovakia", "Slovak Republic", F::kName},
    {"Slovakia", "Slovak", F::kAdjective},
    {"Slovakia", "Slovakian", F::kAdjective},
    {"Slovenia", "Slovenia", F::kName},
    {"Slovenia", "Slovenian", F::kAdjective},
    {"Slovenia", "Slovene", F::kAdjective},
    {"Spain", "Spain", F::kName},
    {"Spain", "Spanish", F::kAdjective},
    {"Sweden", "Sweden", F::kName},
    {"Sweden", "Swedish", F::kAdjective},
    {"Switzerland", "Switzerland", F::kName},
    {"Switzerland", "Swiss", F::kAdjective},
    {"United Kingdom", "United Kingdom", F::kName},
    {"United Kingdom", "UK", F::kName},
    {"United Kingdom", "Great Britain", F::kName},
    {"United Kingdom", "Britain", F::kName},
    {"United Kingdom", "British", F::kAdjective},
    {"Australia", "Australia", F::kName},
    {"Australia", "Australian", F::kAdjective},
    {"Bangladesh", "Bangladesh", F::kName},
    {"Bangladesh", "Bangladeshi", F::kAdjective},
    {"Brunei Darussalam", "Brunei Darussalam", F::kName},
    {"Brunei Darussalam", "Brunei", F::kName},
    {"Brunei Darussalam", "Bruneian", F::kAdjective},
    {"Cambodia", "Cambodia", F::kName},
    {"Cambodia", "Cambodian", F::kAdjective},
    {"China", "China", F::kName},
    {"China", "People's Republic of China", F::kName},
    {"China", "PRC", F::kName},
    {"China", "Chinese", F::kAdjective},
    {"India", "India", F::kName},
    {"India", "Indian", F::kAdjective},
    {"Indonesia", "Indonesia", F::kName},
    {"Indonesia", "Indonesian", F::kAdjective},
    {"Japan", "Japan", F::kName},
    {"Japan", "Japanese", F::kAdjective},
    {"Kazakhstan", "Kazakhstan", F::kName},
    {"Kazakhstan", "Kazakh", F::kAdjective},
    {"Kazakhstan", "Kazakhstani", F::kAdjective},
    {"Republic of Korea", "Republic of Korea", F::kName},
    {"Republic of Korea", "Korea", F::kName},
    {"Republic of Korea", "South Korea", F::kName},
    {"Republic of Korea", "ROK", F::kName},
    {"Republic of Korea", "Korean", F::kAdjective},
    {"Republic of Korea", "South Korean", F::kAdjective},
    {"Lao PDR", "Lao PDR", F::kName},
    {"Lao PDR", "Laos", F::kName},
    {"Lao PDR", "Lao People's Democratic Republic", F::kName},
    {"Lao PDR", "Lao", F::kAdjective},
    {"Lao PDR", "Laotian", F::kAdjective},
    {"Malaysia", "Malaysia", F::kName},
    {"Malaysia", "Malaysian", F::kAdjective},
    {"Mongolia", "Mongolia", F::kName},
    {"Mongolia", "Mongolian", F::kAdjective},
    {"Myanmar", "Myanmar", F::kName},
    {"Myanmar", "Burma", F::kName},
    {"Myanmar", "Burmese", F::kAdjective},
    {"Myanmar", "Myanmar", F::kAdjective},
    {"New Zealand", "New Zealand", F::kName},
    {"New Zealand", "Aotearoa", F::kName},
    {"New Zealand", "New Zealander", F::kPerson},
    {"New Zealand", "Kiwi", F::kPerson},
    {"Pakistan", "Pakistan", F::kName},
    {"Pakistan", "Pakistani", F::kAdjective},
    {"Philippines", "Philippines", F::kName},
    {"Philippines", "Philippine", F::kAdjective},
    {"Philippines", "Filipino", F::kAdjective},
    {"Philippines", "Filipina", F::kAdjective},
    {"Philippines", "Filipina", F::kPerson},
    {"Philippines", "Filipino", F::kPerson},
    {"Russian Federation", "Russian Federation", F::kName},
    {"Russian Federation", "Russia", F::kName},
    {"Russian Federation", "Russian", F::kAdjective},
    {"Singapore", "Singapore", F::kName},
    {"Singapore", "Singaporean", F::kAdjective},
    {"Thailand", "Thailand", F::kName},
    {"Thailand", "Thai", F::kAdjective},
    {"Viet Nam", "Viet Nam", F::kName},
    {"Viet Nam", "Vietnam", F::kName},
    {"Viet Nam", "Vietnamese", F::kAdjective},
    {"European Union", "European Union", F::kName},
    {"European Union", "EU", F::kName},
    {"European Union", "European Union", F::kAdjective},
    {"European Union", "EU", F::kAdjective},
    {"ASEAN", "ASEAN", F::kName},
    {"ASEAN", "ASEAN Secretariat", F::kName},
    {"ASEAN", "Association of Southeast Asian Nations", F::kName},
    {"ASEAN", "ASEAN", F::kAdjective},
    {"Sweden", "Swede", F::kPerson},
    {"Finland", "Finn", F::kPerson},
    {"Poland", "Pole", F::kPerson},
    {"Spain", "Spaniard", F::kPerson},
    {"United Kingdom", "Briton", F::kPerson},
    {"Netherlands", "Dutchman", F::kPerson},
    {"Netherlands", "Dutchwoman", F::kPerson},
};

constexpr int kNoun = static_cast<int>(RoleWordUse::kNoun);
constexpr int kMod = static_cast<int>(RoleWordUse::kModifier);
using S = GuardSector;

const RoleWord kRoleWords[] = {
    // Any sector: these point to a person but not to a sector.
    {"participant", S::kAny, kNoun}, {"delegate", S::kAny, kNoun},
    {"representative", S::kAny, kNoun}, {"speaker", S::kAny, kNoun},
    {"expert", S::kAny, kNoun}, {"panellist", S::kAny, kNoun}, {"panelist", S::kAny, kNoun},
    {"colleague", S::kAny, kNoun}, {"attendee", S::kAny, kNoun},
    {"practitioner", S::kAny, kNoun},
    // Government.
    {"official", S::kGovernment, kNoun}, {"diplomat", S::kGovernment, kNoun},
    {"minister", S::kGovernment, kNoun}, {"ambassador", S::kGovernment, kNoun},
    {"civil servant", S::kGovernment, kNoun}, {"policymaker", S::kGovernment, kNoun},
    {"policy maker", S::kGovernment, kNoun}, {"government", S::kGovernment, kMod},
    {"governmental", S::kGovernment, kMod}, {"ministry", S::kGovernment, kMod},
    {"state", S::kGovernment, kMod}, {"embassy", S::kGovernment, kMod},
    {"foreign ministry", S::kGovernment, kMod},
    // Academia.
    {"academic", S::kAcademia, kNoun | kMod}, {"professor", S::kAcademia, kNoun},
    {"researcher", S::kAcademia, kNoun}, {"scholar", S::kAcademia, kNoun},
    {"lecturer", S::kAcademia, kNoun}, {"scientist", S::kAcademia, kNoun},
    {"university", S::kAcademia, kMod}, {"academia", S::kAcademia, kMod},
    // Civil society.
    {"activist", S::kCivilSociety, kNoun}, {"advocate", S::kCivilSociety, kNoun},
    {"campaigner", S::kCivilSociety, kNoun}, {"defender", S::kCivilSociety, kNoun},
    {"ngo", S::kCivilSociety, kMod}, {"cso", S::kCivilSociety, kMod},
    {"civil society", S::kCivilSociety, kMod},
    // National human rights institutions.
    {"nhri", S::kNhri, kNoun | kMod}, {"ombudsman", S::kNhri, kNoun},
    {"ombudsperson", S::kNhri, kNoun}, {"commissioner", S::kNhri, kNoun},
    {"national human rights institution", S::kNhri, kMod},
    // Business.
    {"business", S::kBusiness, kMod}, {"businessman", S::kBusiness, kNoun},
    {"businesswoman", S::kBusiness, kNoun}, {"businessperson", S::kBusiness, kNoun},
    {"entrepreneur", S::kBusiness, kNoun}, {"executive", S::kBusiness, kNoun},
    {"private sector", S::kBusiness, kMod}, {"company", S::kBusiness, kMod},
    {"corporate", S::kBusiness, kMod}, {"industry", S::kBusiness, kMod},
    // International organisations.
    {"international organisation", S::kInternational, kMod},
    {"international organization", S::kInternational, kMod},
    {"intergovernmental", S::kInternational, kMod},
};

constexpr SV kFillers[] = {"senior", "junior", "female", "male", "woman", "young", "former",
                           "leading", "prominent", "legal", "human", "rights", "foreign",
                           "affairs", "national", "local", "ai", "tech", "technology", "digital",
                           "policy", "law", "data", "protection", "other", "sole", "only", "one",
                           "special", "deputy", "vice", "chief", "permanent", "high", "level"};

constexpr SV kConnectors[] = {"from", "of", "representing", "for", "at", "in"};

struct SectorAlias {
  SV folded;
  GuardSector sector;
};
constexpr SectorAlias kSectorAliases[] = {
    {"government", S::kGovernment}, {"governmental", S::kGovernment}, {"gov", S::kGovernment},
    {"state", S::kGovernment}, {"academia", S::kAcademia}, {"academic", S::kAcademia},
    {"university", S::kAcademia}, {"research", S::kAcademia}, {"civil society", S::kCivilSociety},
    {"civil_society", S::kCivilSociety}, {"civil-society", S::kCivilSociety},
    {"cso", S::kCivilSociety}, {"ngo", S::kCivilSociety}, {"nhri", S::kNhri},
    {"national human rights institution", S::kNhri}, {"business", S::kBusiness},
    {"private sector", S::kBusiness}, {"industry", S::kBusiness},
    {"international organisation", S::kInternational},
    {"international organization", S::kInternational},
    {"international_organisation", S::kInternational}, {"io", S::kInternational},
    {"igo", S::kInternational},
};

}  // namespace

std::span<const CountryWord> PartnerCountryWords() { return kCountryWords; }
std::span<const RoleWord> RoleWords() { return kRoleWords; }
std::span<const std::string_view> DescriptionFillers() { return kFillers; }
std::span<const std::string_view> DescriptionConnectors() { return kConnectors; }

std::optional<GuardSector> SectorFromRegistryRole(std::string_view folded_role) {
  for (const auto& alias : kSectorAliases) {
    if (alias.folded == folded_role) return alias.sector;
  }
  return std::nullopt;
}

}  // namespace plenary::engine
