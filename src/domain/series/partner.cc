#include "domain/series/partner.h"

namespace plenary {

std::string ToString(PartnerKind kind) { return kind == PartnerKind::kCountry ? "country" : "organisation"; }

std::optional<PartnerKind> PartnerKindFrom(std::string_view text) {
  if (text == "country") return PartnerKind::kCountry;
  if (text == "organisation") return PartnerKind::kOrganisation;
  return std::nullopt;
}

std::string ToString(RegionGroup group) { return group == RegionGroup::kAsia ? "Asia" : "Europe"; }

std::optional<RegionGroup> RegionGroupFrom(std::string_view text) {
  if (text == "Asia") return RegionGroup::kAsia;
  if (text == "Europe") return RegionGroup::kEurope;
  return std::nullopt;
}

bool LooksLikeEmail(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  const auto dot = text.find('.', at);
  if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= text.size()) return false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '<' || c == '>' || c == ',') return false;
  }
  return text.size() <= 254;
}

Status ValidateContact(const PartnerContact& c) {
  std::vector<FieldError> errors;
  if (c.name.empty()) errors.push_back({"name", "Give the focal point's name."});
  if (!LooksLikeEmail(c.email)) {
    errors.push_back({"email", "\"" + c.email + "\" is not an e-mail address; write it as name@example.org."});
  }
  if (!errors.empty()) return Error::Invalid(std::move(errors));
  return OkStatus();
}

}  // namespace plenary
