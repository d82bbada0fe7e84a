// Times are stored as UTC seconds and shown in the edition's IANA zone, with the zone named.
// Local inputs that do not exist (a DST gap) or are ambiguous (a DST fold) are refused with a
// message, never silently shifted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/core/status.h"

namespace plenary {

using UtcSeconds = std::int64_t;

struct LocalDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  friend auto operator<=>(const LocalDate&, const LocalDate&) = default;
};

struct LocalDateTime {
  LocalDate date;
  int hour = 0;
  int minute = 0;
};

bool IsKnownTimeZone(std::string_view zone);

// "2027-05-18" -> LocalDate; the error says the expected form.
Result<LocalDate> ParseLocalDate(std::string_view text);
// "2027-05-18T09:30" or "2027-05-18 09:30" -> LocalDateTime.
Result<LocalDateTime> ParseLocalDateTime(std::string_view text);

std::string FormatIsoDate(const LocalDate& date);          // 2027-05-18
std::string FormatClock(const LocalDateTime& time);        // 09:30
std::string FormatLongDate(const LocalDate& date);         // 18 May 2027
std::string MonthName(int month);                          // 1 -> January

// The UTC instant of a wall-clock time in a zone; refused in a DST gap or fold.
Result<UtcSeconds> ToUtc(const LocalDateTime& local, std::string_view zone);
LocalDateTime ToLocal(UtcSeconds utc, std::string_view zone);
// "2027-05-18T09:30" in the zone, for re-filling a form.
std::string FormatLocalInput(UtcSeconds utc, std::string_view zone);
// "31 March 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)".
std::string FormatInZone(UtcSeconds utc, std::string_view zone);
// "2027-06-08T09:00:00+08:00": the instant as local time with its offset (ISO 8601).
std::string FormatIsoWithOffset(UtcSeconds utc, std::string_view zone);
// The local calendar date of a UTC instant in a zone.
LocalDate LocalDateOf(UtcSeconds utc, std::string_view zone);

}  // namespace plenary
