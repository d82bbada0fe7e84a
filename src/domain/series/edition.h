// An edition of a seminar series and its working groups: value types only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/enum_names.h"
#include "domain/core/id.h"
#include "domain/core/zoned_time.h"

namespace plenary {

enum class EditionMode { kInPerson, kOnline, kHybrid };
// Where an edition stands in its lifecycle. Past editions imported from the record are
// kArchived; a new edition starts in kPlanning.
// An edition's life, in order (domain/series/phase.h: the steps between them and what each needs).
enum class EditionPhase {
  kDraft,               // being prepared: not public
  kAnnounced,           // public, registration not yet open
  kRegistrationOpen,
  kRegistrationClosed,
  kSelection,
  kAssignment,
  kSeminar,
  kReporting,
  kOutputsPublished,
  kFollowUp,
  kArchived,
};
enum class OrganiserRole { kHost, kCoOrganiser };

struct Organiser {
  std::string name;
  OrganiserRole role = OrganiserRole::kHost;
};

struct WorkingGroup {
  Id id = 0;
  std::string name;
  std::string description;
  int min_size = 25;
  int max_size = 30;
  std::vector<std::string> questions;
};

struct Edition {
  Id id = 0;
  Id series_id = 0;
  int number = 0;
  std::string title;
  std::string city;
  std::string country;
  std::string venue;
  EditionMode mode = EditionMode::kInPerson;
  std::string time_zone;  // IANA name, e.g. "Asia/Ulaanbaatar"
  int year = 0;
  std::optional<int> month;  // archive entries may know only the year
  std::optional<LocalDate> start_date;
  std::optional<LocalDate> end_date;
  std::optional<UtcSeconds> registration_deadline;
  std::string concept_note;
  EditionPhase phase = EditionPhase::kDraft;
  int version = 1;  // optimistic concurrency: an update names the version it edited
  std::vector<std::string> topics;
  std::vector<Organiser> organisers;
  std::vector<WorkingGroup> working_groups;
};

// The tables of stored names and labels (domain/core/enum_names.h); the functions below read them.
extern const EnumNames<EditionMode> kEditionModeNames;
extern const EnumNames<EditionPhase> kEditionPhaseNames;
extern const EnumNames<OrganiserRole> kOrganiserRoleNames;

std::string ToString(EditionMode mode);          // "in_person", "online", "hybrid"
std::optional<EditionMode> EditionModeFrom(std::string_view text);
std::string Label(EditionMode mode);             // "In person", "Online", "Hybrid"
std::string ToString(EditionPhase phase);
std::optional<EditionPhase> EditionPhaseFrom(std::string_view text);
std::string Label(EditionPhase phase);           // "Draft (not public)", "Registration open", ...
std::string ToString(OrganiserRole role);        // "host", "co_organiser"
std::optional<OrganiserRole> OrganiserRoleFrom(std::string_view text);

// "29-31 October 2025", "February 2021", "2024": how the archive writes an edition's date.
std::string DisplayDates(const Edition& edition);
// The name of the edition's working group with that id; "" when there is none.
std::string WorkingGroupName(const Edition& edition, std::optional<Id> group_id);
// "1st", "22nd", "23rd", "24th".
std::string Ordinal(int number);
// How messages name an edition for people, everywhere the same: "the 24th Informal ASEM
// Seminar on Human Rights, Ulaanbaatar" (", online" for an online edition; no place when none
// is known; "the 24th edition" when the series has no name).
std::string EditionForPeople(const Edition& edition, std::string_view series_name);
// "Ulaanbaatar, Mongolia", "Online / Seoul, Korea".
std::string DisplayPlace(const Edition& edition);

}  // namespace plenary
