// Parses arbitrary bytes as an invitation CSV: must never crash; every problem names a line,
// and every accepted row passes the single-invitation checks again unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "domain/participation/invitation_csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view csv(reinterpret_cast<const char*>(data), size);
  plenary::InviteeRules rules;
  rules.countries = {"Mongolia", "Denmark"};
  rules.already_invited = [](std::string_view email) { return email == "old@example.org"; };
  const auto file = plenary::ParseInvitationCsv(csv, rules);
  for (const auto& e : file.errors) {
    if (e.field.rfind("line ", 0) != 0 || e.message.empty()) std::abort();
  }
  if (static_cast<int>(file.rows.size()) > file.total) std::abort();
  for (const auto& row : file.rows) {
    auto again = plenary::CheckInvitee(row.email, row.name, plenary::ToString(row.sector), row.organisation,
                                       row.country, rules);
    if (!again.ok() || again->email != row.email || again->country != row.country) std::abort();
  }
  return 0;
}
