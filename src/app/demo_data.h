// The demo series: the Informal ASEM Seminar on Human Rights with its archive (seed 001),
// its 53 partners, the 24th edition in Mongolia, and one demo account per role.
#pragma once

#include <string>

#include "domain/core/status.h"
#include "store/core/database.h"

namespace plenary::app {

inline constexpr const char* kDemoSecretariatEmail = "secretariat@asef.example";

struct DemoResult {
  bool loaded = false;  // false: the series was already there and nothing changed
  int editions = 0;
  int partners = 0;
};

struct DemoOptions {
  // The 24th edition stays open for registration (its deadline 30 April 2027); otherwise it is
  // in the phase "registration closed", its deadline passed, its applications waiting.
  bool registration_open = false;
};

// Idempotent: loads only into a database that has no series yet. Either way the 24th edition
// has its roles appointed (a moderator, rapporteur and note-taker in the first working group, a
// Lead Rapporteur, a chair of the opening plenary) and one bounced message in its outbox.
Result<DemoResult> LoadDemo(store::Database& db, const DemoOptions& options = {});

}  // namespace plenary::app
