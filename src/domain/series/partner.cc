#include "domain/series/partner.h"

#include "domain/core/text.h"

namespace plenary {

const EnumNames<PartnerKind> kPartnerKindNames("partner kind", {{PartnerKind::kCountry, "country", "Country"},
                                                               {PartnerKind::kOrganisation, "organisation", "Organisation"}});
// The regional groups are stored with their labels ("Asia"): exchange files and the demo say so.
const EnumNames<RegionGroup> kRegionGroupNames("regional group", {{RegionGroup::kAsia, "Asia", "Asia"},
                                                                  {RegionGroup::kEurope, "Europe", "Europe"}});

std::string ToString(PartnerKind kind) { return std::string(kPartnerKindNames.Stored(kind)); }
std::optional<PartnerKind> PartnerKindFrom(std::string_view text) { return kPartnerKindNames.Parse(text); }
std::string ToString(RegionGroup group) { return std::string(kRegionGroupNames.Stored(group)); }
std::optional<RegionGroup> RegionGroupFrom(std::string_view text) { return kRegionGroupNames.Parse(text); }

bool LooksLikeEmail(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  const auto dot = text.find('.', at);
  if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= text.size()) return false;
  // ASCII without spaces, controls or the characters that end an address in a mail header.
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || std::string_view("<>,;:\"()[]\\").find(c) != std::string_view::npos) {
      return false;
    }
  }
  return text.size() <= 254;
}

Status ValidateContact(const PartnerContact& c) {
  std::vector<FieldError> errors;
  if (c.name.empty()) errors.push_back({"name", "Give the focal point's name."});
  if (!IsOneLine(c.name)) errors.push_back({"name", "The name has a line break or a tab; write it on one line."});
  if (!LooksLikeEmail(c.email)) {
    errors.push_back({"email", "\"" + c.email + "\" is not an e-mail address; write it as name@example.org."});
  }
  if (!errors.empty()) return Error::Invalid(std::move(errors));
  return OkStatus();
}

}  // namespace plenary
