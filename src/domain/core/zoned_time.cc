#include "domain/core/zoned_time.h"

#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <charconv>
#include <cstdio>

namespace plenary {
namespace {

bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

const date::time_zone* FindZone(std::string_view zone) {
  try {
    return date::locate_zone(std::string(zone));
  } catch (const std::exception&) {
    return nullptr;
  }
}

std::string TwoDigits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

}  // namespace

bool IsKnownTimeZone(std::string_view zone) { return !zone.empty() && FindZone(zone) != nullptr; }

Result<LocalDate> ParseLocalDate(std::string_view text) {
  LocalDate d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ParseInt(text.substr(0, 4), d.year) ||
      !ParseInt(text.substr(5, 2), d.month) || !ParseInt(text.substr(8, 2), d.day)) {
    return Error::Invalid("write the date as YYYY-MM-DD, e.g. 2027-05-18");
  }
  const date::year_month_day ymd{date::year{d.year}, date::month(d.month), date::day(d.day)};
  if (!ymd.ok()) return Error::Invalid(std::string(text) + " is not a calendar date");
  return d;
}

Result<LocalDateTime> ParseLocalDateTime(std::string_view text) {
  if (text.size() != 16 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':') {
    return Error::Invalid("write the date and time as YYYY-MM-DD HH:MM, e.g. 2027-03-31 23:59");
  }
  auto date = ParseLocalDate(text.substr(0, 10));
  if (!date) return date.error();
  LocalDateTime out{*date, 0, 0};
  if (!ParseInt(text.substr(11, 2), out.hour) || !ParseInt(text.substr(14, 2), out.minute) ||
      out.hour > 23 || out.minute > 59) {
    return Error::Invalid("the time must be HH:MM between 00:00 and 23:59");
  }
  return out;
}

std::string FormatIsoDate(const LocalDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatClock(const LocalDateTime& t) { return TwoDigits(t.hour) + ":" + TwoDigits(t.minute); }

std::string MonthName(int month) {
  static constexpr std::array<const char*, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string FormatLongDate(const LocalDate& d) {
  return std::to_string(d.day) + " " + MonthName(d.month) + " " + std::to_string(d.year);
}

Result<UtcSeconds> ToUtc(const LocalDateTime& local, std::string_view zone_name) {
  const auto* zone = FindZone(zone_name);
  if (!zone) return Error::Invalid("unknown time zone '" + std::string(zone_name) + "'");
  const auto day = date::local_days{date::year{local.date.year} / local.date.month / local.date.day};
  const auto wall = day + std::chrono::hours(local.hour) + std::chrono::minutes(local.minute);
  const auto info = zone->get_info(date::local_seconds{wall});
  const std::string when = FormatIsoDate(local.date) + " " + TwoDigits(local.hour) + ":" +
                           TwoDigits(local.minute) + " in " + std::string(zone_name);
  if (info.result == date::local_info::nonexistent) {
    return Error::Invalid(when + " does not exist (the clocks skip it for daylight saving); "
                          "choose a time outside the gap");
  }
  if (info.result == date::local_info::ambiguous) {
    return Error::Invalid(when + " happens twice (the clocks go back); choose a time an hour "
                          "earlier or later");
  }
  const auto utc = date::local_seconds{wall} - info.first.offset;
  return static_cast<UtcSeconds>(utc.time_since_epoch().count());
}

LocalDateTime ToLocal(UtcSeconds utc, std::string_view zone_name) {
  const auto* zone = FindZone(zone_name);
  const date::sys_seconds instant{std::chrono::seconds(utc)};
  const auto local = zone ? zone->to_local(instant)
                          : date::local_seconds{instant.time_since_epoch()};
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss tod{local - day};
  return {{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))},
          int(tod.hours().count()), int(tod.minutes().count())};
}

LocalDate LocalDateOf(UtcSeconds utc, std::string_view zone) { return ToLocal(utc, zone).date; }

std::string FormatLocalInput(UtcSeconds utc, std::string_view zone) {
  const auto local = ToLocal(utc, zone);
  return FormatIsoDate(local.date) + " " + FormatClock(local);
}

std::string FormatIsoWithOffset(UtcSeconds utc, std::string_view zone_name) {
  const auto local = ToLocal(utc, zone_name);
  long minutes = 0;
  if (const auto* zone = FindZone(zone_name)) {
    minutes = static_cast<long>(zone->get_info(date::sys_seconds{std::chrono::seconds(utc)}).offset.count() / 60);
  }
  const long abs_minutes = minutes < 0 ? -minutes : minutes;
  return FormatIsoDate(local.date) + "T" + TwoDigits(local.hour) + ":" + TwoDigits(local.minute) + ":00" +
         (minutes < 0 ? "-" : "+") + TwoDigits(int(abs_minutes / 60)) + ":" + TwoDigits(int(abs_minutes % 60));
}

std::string FormatInZone(UtcSeconds utc, std::string_view zone_name) {
  const auto local = ToLocal(utc, zone_name);
  std::string offset = "UTC";
  if (const auto* zone = FindZone(zone_name)) {
    const auto info = zone->get_info(date::sys_seconds{std::chrono::seconds(utc)});
    const long minutes = static_cast<long>(info.offset.count() / 60);
    const long abs_minutes = minutes < 0 ? -minutes : minutes;
    offset += (minutes < 0 ? "-" : "+") + TwoDigits(int(abs_minutes / 60)) + ":" +
              TwoDigits(int(abs_minutes % 60));
  }
  std::string city(zone_name.substr(zone_name.rfind('/') + 1));
  for (auto& c : city) {
    if (c == '_') c = ' ';
  }
  return FormatLongDate(local.date) + ", " + TwoDigits(local.hour) + ":" + TwoDigits(local.minute) +
         " " + city + " time (" + std::string(zone_name) + ", " + offset + ")";
}

}  // namespace plenary
