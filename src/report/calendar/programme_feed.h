// The programme as other tools read it: iCalendar (RFC 5545), frab/pentabarf schedule XML
// and JSON (what conference apps read), and a plain JSON for the API. Public feeds mark
// closed sessions as closed and carry nothing about who attends; a participant's private
// feed also carries the join links of online sessions.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/programme/programme.h"
#include "domain/series/edition.h"

namespace plenary::report {

enum class FeedAudience { kPublic, kParticipant };

struct ProgrammeFeed {
  std::string series_name;
  std::string acronym;   // "asem-hr-24": stable, used in UIDs, guids and (as "asem_hr_24") slugs
  std::string base_url;  // "https://seminar.example.org"
  Edition edition;
  std::vector<ProgrammeSession> sessions;  // ordered by start
  FeedAudience audience = FeedAudience::kPublic;
  UtcSeconds generated_at = 0;
};

std::string ToICalendar(const ProgrammeFeed& feed);
// frab schedule.xml and schedule.json as the c3voc validator schemas take them
// (tests/formats/c3voc/): UUID v5 guids stable per session and room, persons with name, id and
// guid, closed sessions marked "not recorded" and listing nobody. Both need at least one day:
// serve them only when HasScheduleDays (an edition with dates, or with sessions).
bool HasScheduleDays(const ProgrammeFeed& feed);
std::string ToFrabXml(const ProgrammeFeed& feed);
std::string ToFrabJson(const ProgrammeFeed& feed);
std::string ToApiJson(const ProgrammeFeed& feed);

// RFC 5545 TEXT escaping and 75-octet line folding (exposed for tests).
std::string EscapeICalText(std::string_view text);
std::string FoldICalLine(std::string_view line);

}  // namespace plenary::report
