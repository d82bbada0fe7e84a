// The secretariat's bulk invitation file (docs/formats/invitations-csv.md): a UTF-8 CSV with a
// header naming the columns in any order (email, name, sector; optionally organisation and
// country). Every problem is named by its line and says how to fix it; the same checks serve
// the single invitation form, so a person is refused for the same reasons either way.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/status.h"
#include "domain/participation/participation.h"

namespace plenary {

// The longest name an invitation takes, in characters (as the registration form's).
inline constexpr size_t kMostNameCharacters = 300;

// One person to invite, as checked (e-mail lower-cased, country spelled as the partner's name).
struct Invitee {
  int line = 0;  // the file line the row starts on; 0 for the form
  std::string email;
  std::string name;
  Sector sector = Sector::kCivilSociety;
  std::string organisation;
  std::string country;  // a partner country's name, kNoCountry, or "" when not given
};

// What the checks need to know beyond the text: the partner countries a country must be one
// of, and whether an address is already invited to the edition.
struct InviteeRules {
  std::vector<std::string> countries;
  std::function<bool(std::string_view email)> already_invited;  // may be empty: nobody is
};

// The form as typed. Problems name their field ("email", "name", "sector", "country").
Result<Invitee> CheckInvitee(std::string_view email, std::string_view name, std::string_view sector,
                             std::string_view organisation, std::string_view country, const InviteeRules& rules);

struct InvitationFile {
  std::vector<Invitee> rows;       // the rows without problems, in file order
  int total = 0;                   // data rows in the file (good and bad)
  std::vector<FieldError> errors;  // field "line N"; a problem with the whole file is on line 1
  bool ok() const { return errors.empty(); }
};

// Never throws; any bytes give rows and/or errors.
InvitationFile ParseInvitationCsv(std::string_view bytes, const InviteeRules& rules);

}  // namespace plenary
