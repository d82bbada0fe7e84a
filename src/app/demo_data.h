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

// Idempotent: loads only into a database that has no series yet.
Result<DemoResult> LoadDemo(store::Database& db);

}  // namespace plenary::app
