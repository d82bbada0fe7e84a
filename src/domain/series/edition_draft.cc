#include "domain/series/edition_draft.h"

#include <charconv>
#include <set>

#include "domain/core/text.h"

namespace plenary {
namespace {

std::optional<int> ParseCount(std::string_view text) {
  const std::string t = Trim(text);
  int value = 0;
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc() || ptr != t.data() + t.size()) return std::nullopt;
  return value;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

class DraftParser {
 public:
  explicit DraftParser(const EditionDraft& draft) : draft_(draft) {}

  Result<Edition> Parse() {
    ParseIdentity();
    ParsePlace();
    ParseDates();
    ParseWorkingGroups();
    if (!errors_.empty()) return Error::Invalid(std::move(errors_));
    return std::move(edition_);
  }

 private:
  void Fail(std::string field, std::string message) {
    errors_.push_back({std::move(field), std::move(message)});
  }

  void ParseIdentity() {
    const auto number = ParseCount(draft_.number);
    if (!number || *number < 1) {
      Fail("number", "Give the edition's number as a whole number from 1, e.g. 24.");
    } else {
      edition_.number = *number;
    }
    edition_.title = Trim(draft_.title);
    if (edition_.title.empty()) Fail("title", "Give the edition's topic, e.g. \"Human Rights & Artificial Intelligence\".");
    if (edition_.title.size() > 200) Fail("title", "Shorten the topic to 200 characters or fewer.");
    if (!IsOneLine(edition_.title)) Fail("title", "Write the topic on one line (it has a line break or a tab).");
    edition_.topics = SplitLines(draft_.topics);
    for (const auto& name : SplitLines(draft_.hosts)) edition_.organisers.push_back({name, OrganiserRole::kHost});
    for (const auto& name : SplitLines(draft_.co_organisers)) {
      edition_.organisers.push_back({name, OrganiserRole::kCoOrganiser});
    }
    if (SplitLines(draft_.hosts).empty()) Fail("hosts", "Name at least one host, one per line.");
    edition_.concept_note = Trim(draft_.concept_note);
  }

  void ParsePlace() {
    const auto mode = EditionModeFrom(draft_.mode);
    if (!mode) {
      Fail("mode", "Choose in person, online or hybrid.");
    } else {
      edition_.mode = *mode;
    }
    edition_.city = Trim(draft_.city);
    edition_.country = Trim(draft_.country);
    edition_.venue = Trim(draft_.venue);
    if (edition_.mode != EditionMode::kOnline) {
      if (edition_.city.empty()) Fail("city", "Give the host city, or choose \"online\".");
      if (edition_.country.empty()) Fail("country", "Give the host country, or choose \"online\".");
    }
    edition_.time_zone = Trim(draft_.time_zone);
    if (edition_.time_zone.empty()) {
      Fail("time_zone", "Give the edition's time zone as an IANA name, e.g. Asia/Ulaanbaatar or Europe/Copenhagen.");
      zone_ok_ = false;
    } else if (!IsKnownTimeZone(edition_.time_zone)) {
      Fail("time_zone", "\"" + edition_.time_zone +
                            "\" is not a time zone we know; use an IANA name such as "
                            "Asia/Ulaanbaatar or Europe/Copenhagen.");
      zone_ok_ = false;
    }
  }

  void ParseDates() {
    auto start = ParseLocalDate(Trim(draft_.start_date));
    auto end = ParseLocalDate(Trim(draft_.end_date));
    if (!start) Fail("start_date", "First day: " + start.error().message() + ".");
    if (!end) Fail("end_date", "Last day: " + end.error().message() + ".");
    if (start && end) {
      if (*end < *start) {
        Fail("end_date", "The last day (" + FormatIsoDate(*end) + ") is before the first day (" +
                             FormatIsoDate(*start) + "); swap them or correct one.");
      }
      edition_.start_date = *start;
      edition_.end_date = *end;
      edition_.year = start->year;
      edition_.month = start->month;
    }
    auto deadline = ParseLocalDateTime(Trim(draft_.registration_deadline));
    if (!deadline) {
      Fail("registration_deadline", "Registration deadline: " + deadline.error().message() + ".");
      return;
    }
    if (!zone_ok_) return;
    auto utc = ToUtc(*deadline, edition_.time_zone);
    if (!utc) {
      Fail("registration_deadline", utc.error().message() + ".");
      return;
    }
    edition_.registration_deadline = *utc;
    if (start) {
      auto opening = ToUtc({*start, 0, 0}, edition_.time_zone);
      if (opening && *utc >= *opening) {
        Fail("registration_deadline",
             "The registration deadline must fall before the seminar opens on " +
                 FormatLongDate(*start) + "; set it at least a day earlier.");
      }
    }
  }

  void ParseWorkingGroups() {
    std::set<std::string> names;
    for (size_t i = 0; i < draft_.working_groups.size(); ++i) {
      const auto& row = draft_.working_groups[i];
      if (row.IsBlank()) continue;
      const std::string field = "working_groups[" + std::to_string(i) + "].";
      WorkingGroup group;
      group.name = Trim(row.name);
      group.description = Trim(row.description);
      group.questions = SplitLines(row.questions);
      if (group.name.empty()) Fail(field + "name", "Give this working group a name, or clear the row.");
      if (!IsOneLine(group.name)) Fail(field + "name", "Write the group's name on one line (it has a line break or a tab).");
      if (!group.name.empty() && !names.insert(group.name).second) {
        Fail(field + "name", "Two working groups are called \"" + group.name + "\"; rename one.");
      }
      const auto min = ParseCount(row.min_size);
      const auto max = ParseCount(row.max_size);
      if (!min || *min < 1) Fail(field + "min_size", "Give the smallest group size as a whole number of 1 or more.");
      if (!max || *max < 1 || *max > kMaxWorkingGroupSize) {
        Fail(field + "max_size", "Give the largest group size as a whole number from 1 to " +
                                     std::to_string(kMaxWorkingGroupSize) + ".");
      }
      if (min && max && *min > *max) {
        Fail(field + "max_size", "The largest size (" + std::to_string(*max) +
                                     ") is below the smallest (" + std::to_string(*min) +
                                     "); raise it or lower the smallest.");
      }
      group.min_size = min.value_or(0);
      group.max_size = max.value_or(0);
      edition_.working_groups.push_back(std::move(group));
    }
    const int count = static_cast<int>(edition_.working_groups.size());
    if (count < kMinWorkingGroups || count > kMaxWorkingGroups) {
      Fail("working_groups", "An edition has 2 to 4 working groups; this form has " +
                                 std::to_string(count) + ". Fill in " +
                                 (count < kMinWorkingGroups ? "more rows." : "fewer rows."));
    }
  }

  const EditionDraft& draft_;
  Edition edition_;
  std::vector<FieldError> errors_;
  bool zone_ok_ = true;
};

}  // namespace

bool WorkingGroupDraft::IsBlank() const {
  return Trim(name).empty() && Trim(description).empty() && Trim(questions).empty() &&
         Trim(min_size).empty() && Trim(max_size).empty();
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = Trim(text.substr(start, end - start));
    if (!line.empty()) out.push_back(std::move(line));
    start = end + 1;
  }
  return out;
}

Result<Edition> ParseEditionDraft(const EditionDraft& draft) { return DraftParser(draft).Parse(); }

EditionDraft DraftFromEdition(const Edition& e) {
  EditionDraft d;
  d.number = std::to_string(e.number);
  d.title = e.title;
  d.topics = JoinLines(e.topics);
  std::vector<std::string> hosts, co;
  for (const auto& o : e.organisers) (o.role == OrganiserRole::kHost ? hosts : co).push_back(o.name);
  d.hosts = JoinLines(hosts);
  d.co_organisers = JoinLines(co);
  d.city = e.city;
  d.country = e.country;
  d.venue = e.venue;
  d.mode = ToString(e.mode);
  d.time_zone = e.time_zone;
  if (e.start_date) d.start_date = FormatIsoDate(*e.start_date);
  if (e.end_date) d.end_date = FormatIsoDate(*e.end_date);
  if (e.registration_deadline) d.registration_deadline = FormatLocalInput(*e.registration_deadline, e.time_zone);
  d.concept_note = e.concept_note;
  for (const auto& g : e.working_groups) {
    d.working_groups.push_back({g.name, g.description, std::to_string(g.min_size),
                                std::to_string(g.max_size), JoinLines(g.questions)});
  }
  d.working_groups.resize(kMaxWorkingGroups);
  return d;
}

}  // namespace plenary
