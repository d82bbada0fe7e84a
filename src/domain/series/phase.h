// The steps of an edition's life (issue 12 item 1). The secretariat moves an edition one phase
// at a time; each step checks its preconditions and names, in words, what is missing. The
// facts come from every feature's pages (gathered by web/lifecycle); the rules live here.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/zoned_time.h"
#include "domain/series/edition.h"

namespace plenary {

// What the steps look at, beyond the edition itself.
struct PhaseFacts {
  int applications = 0;           // registrations not erased
  int accepted = 0;
  bool approval_recorded = false;   // the steering committee approved an accepted list
  bool approval_current = false;    // ... and it is the list accepted now
  int programme_sessions = 0;
  int programme_clashes = 0;        // in the draft, unless published with a reason as it stands
  bool programme_published = false;
  int programme_unpublished = 0;    // changes in the draft not yet published
  bool assignment_published = false;
  int accepted_without_group = 0;
  int freed_places = 0;  // places given up after acceptance that no one has taken yet
};

// Where the facts come from: the site gathers them across features (web/lifecycle) and hands
// this to the edition's hub, which ranks below those features.
using PhaseFactsOf = std::function<PhaseFacts(const Edition&)>;

// The phase after `phase`; none after archived.
std::optional<EditionPhase> NextPhase(EditionPhase phase);
// The secretariat's action that leaves `phase`: "Announce the edition", "Open registration", ...
std::string NextStepAction(EditionPhase phase);
// What keeps the edition from its next phase at `now`; empty: the step may be taken.
std::vector<std::string> MissingForNextPhase(const Edition& edition, const PhaseFacts& facts, UtcSeconds now);

// A draft is the secretariat's alone: not on the public pages, not in the feeds.
bool IsPublic(EditionPhase phase);
// People register (and change their registration) only while registration is open, and
// invitations (whose link is for registering) go out only then.
bool AcceptsRegistrations(EditionPhase phase);

}  // namespace plenary
