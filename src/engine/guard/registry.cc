#include "engine/guard/registry.h"

#include <array>
#include <optional>
#include <unordered_set>

#include "domain/core/utf8.h"

namespace plenary::engine {
namespace {

constexpr std::array<std::string_view, 7> kColumns = {
    "id", "given_name", "family_name", "organisation", "organisation_short", "country", "role"};

Error LineError(int line, std::string message) {
  const std::string where = "line " + std::to_string(line);
  return Error(ErrorCode::kInvalidInput, "registry " + where + ": " + message,
               {FieldError{where, message}});
}

int LineOf(std::string_view csv, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < csv.size(); ++i) line += csv[i] == '\n';
  return line;
}

struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;
};

// Reads RFC 4180 records one at a time; tracks the physical line so every message can name it.
class CsvReader {
 public:
  explicit CsvReader(std::string_view csv) : csv_(csv) {}

  // nullopt at the end of input; an Error for a quoted field left open or stray quotes.
  std::optional<Result<CsvRecord>> Next() {
    while (pos_ < csv_.size() && (csv_[pos_] == '\n' || csv_[pos_] == '\r')) {
      line_ += csv_[pos_] == '\n';
      ++pos_;
    }
    if (pos_ >= csv_.size()) return std::nullopt;
    CsvRecord record;
    record.line = line_;
    while (true) {
      auto field = ReadField();
      if (!field.ok()) return Result<CsvRecord>(field.error());
      record.fields.push_back(std::move(field.value()));
      if (pos_ >= csv_.size()) break;
      const char c = csv_[pos_++];
      if (c == ',') continue;
      if (c == '\r' && pos_ < csv_.size() && csv_[pos_] == '\n') ++pos_;
      ++line_;
      break;
    }
    return Result<CsvRecord>(std::move(record));
  }

 private:
  Result<std::string> ReadField() {
    std::string out;
    if (pos_ >= csv_.size() || csv_[pos_] != '"') {
      while (pos_ < csv_.size() && csv_[pos_] != ',' && csv_[pos_] != '\n' && csv_[pos_] != '\r') {
        if (csv_[pos_] == '"') {
          return LineError(line_,
                           "a quote inside an unquoted field; quote the whole field "
                           "and double the quote (\"\")");
        }
        out.push_back(csv_[pos_++]);
      }
      return out;
    }
    const int open_line = line_;
    ++pos_;
    while (true) {
      if (pos_ >= csv_.size()) {
        return LineError(open_line, "a quoted field is left open; close it with a quote");
      }
      const char c = csv_[pos_++];
      if (c == '\n') ++line_;
      if (c != '"') {
        out.push_back(c);
        continue;
      }
      if (pos_ < csv_.size() && csv_[pos_] == '"') {
        out.push_back('"');
        ++pos_;
        continue;
      }
      break;
    }
    if (pos_ < csv_.size() && csv_[pos_] != ',' && csv_[pos_] != '\n' && csv_[pos_] != '\r') {
      return LineError(line_,
                       "text after a closing quote; a quote inside a quoted field is "
                       "written twice (\"\")");
    }
    return out;
  }

  std::string_view csv_;
  size_t pos_ = 0;
  int line_ = 1;
};

// Maps header position -> column index in kColumns.
Result<std::vector<size_t>> ReadHeader(const CsvRecord& header) {
  std::vector<size_t> order;
  std::vector<bool> seen(kColumns.size(), false);
  for (const auto& raw : header.fields) {
    std::string_view name = raw;
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    size_t column = kColumns.size();
    for (size_t i = 0; i < kColumns.size(); ++i) {
      if (kColumns[i] == name) column = i;
    }
    if (column == kColumns.size()) {
      return LineError(header.line, "unknown column '" + std::string(name) +
                                        "'; the header is id,given_name,family_name,"
                                        "organisation,organisation_short,country,role");
    }
    if (seen[column]) {
      return LineError(header.line, "column '" + std::string(name) + "' appears twice");
    }
    seen[column] = true;
    order.push_back(column);
  }
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (!seen[i]) {
      return LineError(header.line,
                       "the header lacks the column '" + std::string(kColumns[i]) + "'");
    }
  }
  return order;
}

std::string Trimmed(std::string s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  size_t b = 0, e = s.size();
  while (b < e && blank(s[b])) ++b;
  while (e > b && blank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

Result<GuardParticipant> ToParticipant(CsvRecord record, const std::vector<size_t>& order) {
  if (record.fields.size() != order.size()) {
    return LineError(record.line, "expected " + std::to_string(order.size()) + " fields, found " +
                                      std::to_string(record.fields.size()) +
                                      "; quote fields that contain commas");
  }
  std::array<std::string, 7> values;
  for (size_t i = 0; i < order.size(); ++i) values[order[i]] = Trimmed(std::move(record.fields[i]));
  GuardParticipant p{values[0], values[1], values[2], values[3],
                     values[4], values[5], values[6], record.line};
  if (p.id.empty()) return LineError(record.line, "the id is empty; every participant needs one");
  if (p.given_name.empty() && p.family_name.empty()) {
    return LineError(record.line, "participant " + p.id + " has neither a given nor a family name");
  }
  return p;
}

}  // namespace

Result<GuardRegistry> ParseGuardRegistryCsv(std::string_view csv) {
  if (auto bad = FindInvalidUtf8(csv)) {
    return LineError(LineOf(csv, *bad),
                     "invalid UTF-8 at byte " + std::to_string(*bad) + "; save the file as UTF-8");
  }
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
  CsvReader reader(csv);
  auto header = reader.Next();
  if (!header) return LineError(1, "the registry is empty; it needs a header row");
  if (!header->ok()) return header->error();
  auto order = ReadHeader(header->value());
  if (!order.ok()) return order.error();
  GuardRegistry registry;
  std::unordered_set<std::string> ids;
  while (auto record = reader.Next()) {
    if (!record->ok()) return record->error();
    auto participant = ToParticipant(std::move(record->value()), order.value());
    if (!participant.ok()) return participant.error();
    if (!ids.insert(participant->id).second) {
      return LineError(participant->line, "duplicate id '" + participant->id + "'");
    }
    registry.participants.push_back(std::move(participant.value()));
  }
  return registry;
}

}  // namespace plenary::engine
