// Parses arbitrary bytes as a registration form (fields separated by newlines, in the form's
// order): must never crash, hang or read out of bounds, and whatever it accepts must meet the
// rules it promises: valid UTF-8 names, the family name inside the full name, a ranking that
// lists every working group exactly once, a known country.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/participation/participation.h"

namespace {

const plenary::Edition& TestEdition() {
  static const auto* edition = [] {
    auto* e = new plenary::Edition;
    e->id = 1;
    e->number = 24;
    e->time_zone = "Asia/Ulaanbaatar";
    e->registration_deadline = 1893456000;
    e->working_groups = {{11, "A", "", 25, 30, {}}, {12, "B", "", 25, 30, {}}, {13, "C", "", 25, 30, {}}};
    return e;
  }();
  return *edition;
}

const std::vector<plenary::Partner>& TestPartners() {
  static const std::vector<plenary::Partner> partners = {
      {1, "Mongolia", plenary::PartnerKind::kCountry, plenary::RegionGroup::kAsia, "MN", {}},
      {2, "Denmark", plenary::PartnerKind::kCountry, plenary::RegionGroup::kEurope, "DK", {}}};
  return partners;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> fields;
  size_t start = 0;
  while (start <= input.size() && fields.size() < 16) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    fields.emplace_back(input.substr(start, end - start));
    start = end + 1;
  }
  fields.resize(16);
  plenary::RegistrationDraft d;
  d.full_name = fields[0];
  d.family_name = fields[1];
  d.latin_name = fields[2];
  d.organisation = fields[3];
  d.position = fields[4];
  d.country = fields[5];
  d.sector = fields[6];
  d.gender = fields[7];
  d.expertise = fields[8];
  d.choices = {fields[9], fields[10], fields[11]};
  d.access_needs = fields[12];
  d.privacy_consent = !fields[13].empty();
  d.chatham_acknowledged = !fields[14].empty();
  d.public_listing = !fields[15].empty();
  auto parsed = plenary::ParseRegistration(d, TestEdition(), TestPartners(), 1000);
  if (!parsed.ok()) {
    if (parsed.error().fields().empty()) std::abort();  // a refusal always names a field
    return 0;
  }
  const auto& r = *parsed;
  if (r.full_name.empty() || r.family_name.empty() || r.full_name.find(r.family_name) == std::string::npos) std::abort();
  if (r.ranking.size() != 3 || std::set<plenary::Id>(r.ranking.begin(), r.ranking.end()).size() != 3) std::abort();
  for (plenary::Id g : r.ranking) {
    if (g < 11 || g > 13) std::abort();
  }
  if (r.country != "Mongolia" && r.country != "Denmark" && r.country != plenary::kNoCountry) std::abort();
  if (!d.privacy_consent || !d.chatham_acknowledged) std::abort();
  return 0;
}
