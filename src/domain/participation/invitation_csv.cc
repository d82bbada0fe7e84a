#include "domain/participation/invitation_csv.h"

#include <algorithm>
#include <map>
#include <optional>

#include "domain/core/text.h"
#include "domain/core/utf8.h"
#include "domain/series/partner.h"

namespace plenary {
namespace {

constexpr int kMaxRows = 5000;
constexpr const char* kSectorChoices = "civil society, NHRI, academia, business or international organisation";

std::string LineOf(int line) { return "line " + std::to_string(line); }

// The line of the first byte that is not part of valid UTF-8, or 0 when all is valid.
int FirstInvalidUtf8Line(std::string_view s) {
  const std::optional<size_t> bad = FindInvalidUtf8(s);
  if (!bad) return 0;
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<ptrdiff_t>(*bad), '\n'));
}

struct Record {
  int line = 0;
  std::vector<std::string> fields;
};

// RFC 4180: fields separated by commas, records by CRLF or LF; a quoted field may hold commas,
// doubled quotes and line breaks. A problem is reported on the line where its record starts.
std::vector<Record> SplitRecords(std::string_view s, std::vector<FieldError>& errors) {
  std::vector<Record> records;
  int line = 1;
  size_t i = 0;
  while (i < s.size()) {
    Record record;
    record.line = line;
    bool end_of_record = false;
    while (!end_of_record) {
      std::string field;
      if (i < s.size() && s[i] == '"') {
        ++i;
        bool closed = false;
        while (i < s.size()) {
          if (s[i] == '"') {
            if (i + 1 < s.size() && s[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
          if (s[i] == '\n') ++line;
          field += s[i++];
        }
        if (!closed) {
          errors.push_back({LineOf(record.line), "A quoted value that starts on this line is never closed; add the "
                                                 "closing quote (\")."});
          return records;
        }
        // After the closing quote: a comma, a line end or the end of the file.
        if (i < s.size() && s[i] != ',' && s[i] != '\n' && !(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) {
          errors.push_back({LineOf(line), "A quoted value must be followed by a comma or the end of the line; a "
                                          "quote inside a quoted value is written twice (\"\")."});
          while (i < s.size() && s[i] != '\n') ++i;
        }
      } else {
        while (i < s.size() && s[i] != ',' && s[i] != '\n' && !(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) {
          field += s[i++];
        }
      }
      record.fields.push_back(std::move(field));
      if (i >= s.size()) {
        end_of_record = true;
      } else if (s[i] == ',') {
        ++i;
      } else {
        if (s[i] == '\r') ++i;
        ++i;  // the '\n'
        ++line;
        end_of_record = true;
      }
    }
    const bool blank = record.fields.size() == 1 && Trim(record.fields[0]).empty();
    if (!blank) records.push_back(std::move(record));
  }
  return records;
}

std::optional<std::string> CountryName(std::string_view typed, const std::vector<std::string>& countries) {
  const std::string lower = AsciiLower(typed);
  if (lower == AsciiLower(kNoCountry)) return std::string(kNoCountry);
  for (const auto& c : countries) {
    if (AsciiLower(c) == lower) return c;
  }
  return std::nullopt;
}

}  // namespace

Result<Invitee> CheckInvitee(std::string_view email_in, std::string_view name_in, std::string_view sector_in,
                             std::string_view organisation_in, std::string_view country_in,
                             const InviteeRules& rules) {
  Invitee out;
  std::vector<FieldError> errors;
  out.email = AsciiLower(Trim(email_in));
  out.name = Trim(name_in);
  out.organisation = Trim(organisation_in);
  const std::string sector = Trim(sector_in), country = Trim(country_in);
  if (out.email.empty()) {
    errors.push_back({"email", "Give the person's e-mail address."});
  } else if (!LooksLikeEmail(out.email)) {
    errors.push_back({"email", "\"" + out.email + "\" is not an e-mail address; write it as name@example.org."});
  } else if (rules.already_invited && rules.already_invited(out.email)) {
    errors.push_back({"email", out.email + " has already been invited to this edition; resend that invitation "
                                           "from the list instead."});
  }
  if (out.name.empty()) errors.push_back({"name", "Give the person's name."});
  if (!IsOneLine(out.name)) errors.push_back({"name", "The name has a line break or a tab; write it on one line."});
  if (CharacterCount(out.name) > kMostNameCharacters) {
    errors.push_back({"name", "The name is longer than " + std::to_string(kMostNameCharacters) + " characters (it has " +
                                  std::to_string(CharacterCount(out.name)) + "); shorten it."});
  }
  if (!IsOneLine(out.organisation)) {
    errors.push_back({"organisation", "The organisation has a line break or a tab; write it on one line."});
  }
  if (sector.empty()) {
    errors.push_back({"sector", std::string("Choose a sector: ") + kSectorChoices + "."});
  } else if (auto s = SectorFrom(sector); !s) {
    errors.push_back({"sector", "\"" + sector + "\" is not a sector; use " + kSectorChoices + "."});
  } else if (*s == Sector::kGovernment) {
    errors.push_back({"sector", "Government officials are not invited here: they are nominated by their partner's "
                                "focal point."});
  } else {
    out.sector = *s;
  }
  if (!country.empty()) {
    if (auto c = CountryName(country, rules.countries)) {
      out.country = *c;
    } else {
      errors.push_back({"country", "\"" + country + "\" is not a partner country; use a partner country's name or \"" +
                                       kNoCountry + "\"."});
    }
  }
  if (!errors.empty()) return Error::Invalid(std::move(errors));
  return out;
}

InvitationFile ParseInvitationCsv(std::string_view bytes, const InviteeRules& rules) {
  InvitationFile file;
  const auto refuse = [&](int line, std::string message) {
    file.errors.push_back({LineOf(line), std::move(message)});
    return file;
  };
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return refuse(1, "The file is UTF-16 (Unicode text); save it as UTF-8 (\"CSV UTF-8\") and upload it again.");
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos) {
    return refuse(1, "The file holds NUL bytes, so it is UTF-16 or not text; save it as UTF-8 (\"CSV UTF-8\") "
                     "and upload it again.");
  }
  if (const int bad = FirstInvalidUtf8Line(bytes)) {
    return refuse(bad, "This line is not valid UTF-8 (the file is probably Latin-1 or Windows-1252); save it as "
                       "UTF-8 (\"CSV UTF-8\") and upload it again.");
  }
  if (Trim(bytes).empty()) return refuse(1, "The file is empty; the first line names the columns: email,name,sector.");

  std::vector<FieldError> syntax;
  auto records = SplitRecords(bytes, syntax);
  if (records.empty()) {
    file.errors = std::move(syntax);
    if (file.errors.empty()) return refuse(1, "The file is empty; the first line names the columns: email,name,sector.");
    return file;
  }

  // The header: known columns, each once, in any order and case.
  static const std::vector<std::string> kKnown = {"email", "name", "sector", "organisation", "country"};
  std::map<std::string, size_t> column;
  const Record& header = records[0];
  std::vector<std::string> unknown;
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const std::string name = AsciiLower(Trim(header.fields[k]));
    if (std::find(kKnown.begin(), kKnown.end(), name) == kKnown.end()) {
      unknown.push_back("\"" + Trim(header.fields[k]) + "\"");
    } else if (!column.emplace(name, k).second) {
      file.errors.push_back({LineOf(header.line), "The column \"" + name + "\" appears twice; keep one."});
    }
  }
  if (!unknown.empty()) {
    std::string list;
    for (size_t k = 0; k < unknown.size(); ++k) list += (k ? ", " : "") + unknown[k];
    file.errors.push_back({LineOf(header.line), std::string(unknown.size() == 1 ? "Unknown column " : "Unknown columns ") +
                                                    list + "; the columns are email, name, sector, organisation "
                                                    "and country."});
  }
  for (const char* required : {"email", "name", "sector"}) {
    if (!column.count(required)) {
      file.errors.push_back({LineOf(header.line), std::string("The column \"") + required +
                                                      "\" is missing; the first line must name email, name and sector."});
    }
  }
  file.errors.insert(file.errors.end(), syntax.begin(), syntax.end());
  if (!file.errors.empty()) {
    file.total = static_cast<int>(records.size()) - 1;
    return file;
  }

  const auto value = [&](const Record& r, const char* name) -> std::string {
    auto it = column.find(name);
    return it == column.end() ? std::string() : r.fields[it->second];
  };
  std::map<std::string, int> first_line;  // e-mail -> line it first appears on
  for (size_t k = 1; k < records.size(); ++k) {
    const Record& r = records[k];
    ++file.total;
    if (file.total > kMaxRows) {
      file.errors.push_back({LineOf(r.line), "The file has more than " + std::to_string(kMaxRows) +
                                                 " people; split it into several files."});
      break;
    }
    if (r.fields.size() != header.fields.size()) {
      file.errors.push_back({LineOf(r.line), "This line has " + std::to_string(r.fields.size()) + " values but the "
                                             "first line names " + std::to_string(header.fields.size()) +
                                             " columns; a value holding a comma must be in quotes."});
      continue;
    }
    auto checked = CheckInvitee(value(r, "email"), value(r, "name"), value(r, "sector"), value(r, "organisation"),
                                value(r, "country"), rules);
    bool bad = !checked.ok();
    if (bad) {
      for (const auto& e : checked.error().fields()) file.errors.push_back({LineOf(r.line), e.message});
    }
    const std::string email = AsciiLower(Trim(value(r, "email")));
    if (!email.empty()) {
      auto [it, fresh] = first_line.emplace(email, r.line);
      if (!fresh) {
        file.errors.push_back({LineOf(r.line), email + " is also on line " + std::to_string(it->second) +
                                                   "; invite each person once."});
        bad = true;
      }
    }
    if (!bad) {
      checked->line = r.line;
      file.rows.push_back(std::move(*checked));
    }
  }
  return file;
}

}  // namespace plenary
