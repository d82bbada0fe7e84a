// The edition's registry of participants as the attribution guard reads it: a CSV file
// (RFC 4180, UTF-8, header row) with the columns of docs/formats/attribution-guard.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/core/status.h"

namespace plenary::engine {

struct GuardParticipant {
  std::string id;
  std::string given_name;
  std::string family_name;
  std::string organisation;
  std::string organisation_short;  // acronym or short name; may be empty
  std::string country;             // as written: "Denmark", "Viet Nam", "EU"
  std::string role;                // the sector: government, academia, civil society, ...
  int line = 0;                    // line of the CSV the record starts on (for messages)
};

struct GuardRegistry {
  std::vector<GuardParticipant> participants;
};

// Parses the registry CSV. Refuses, with the line number in the message and in the Error's
// field ("line N"): invalid UTF-8, a header without exactly the seven columns, a record with the
// wrong number of fields, a quoted field left open, an empty or duplicate id, a participant
// with neither given nor family name. Column order in the header is free; blank lines are
// skipped; a UTF-8 byte-order mark and CRLF line ends are accepted.
Result<GuardRegistry> ParseGuardRegistryCsv(std::string_view csv);

}  // namespace plenary::engine
