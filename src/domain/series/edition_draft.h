// What the secretariat typed into the edition form, kept verbatim so a rejected form comes
// back exactly as typed, and the rules that turn it into an Edition.
#pragma once

#include <string>
#include <vector>

#include "domain/core/status.h"
#include "domain/series/edition.h"

namespace plenary {

inline constexpr int kMinWorkingGroups = 2;
inline constexpr int kMaxWorkingGroups = 4;
inline constexpr int kMaxWorkingGroupSize = 200;

struct WorkingGroupDraft {
  std::string name;
  std::string description;
  std::string min_size;
  std::string max_size;
  std::string questions;  // one per line
  bool IsBlank() const;
};

struct EditionDraft {
  std::string number;
  std::string title;
  std::string topics;         // one per line
  std::string hosts;          // one per line
  std::string co_organisers;  // one per line
  std::string city;
  std::string country;
  std::string venue;
  std::string mode = "in_person";
  std::string time_zone;
  std::string start_date;             // YYYY-MM-DD, local to the edition
  std::string end_date;               // YYYY-MM-DD
  std::string registration_deadline;  // YYYY-MM-DD HH:MM in the edition's zone
  std::string concept_note;
  std::vector<WorkingGroupDraft> working_groups;  // always kMaxWorkingGroups rows on a form
};

// Every problem is reported at once, each on its field ("working_groups[1].max_size").
// The result carries no id, series or version: the caller keeps those.
Result<Edition> ParseEditionDraft(const EditionDraft& draft);

// The inverse, to fill the edit form from a stored edition.
EditionDraft DraftFromEdition(const Edition& edition);

std::vector<std::string> SplitLines(std::string_view text);

}  // namespace plenary
