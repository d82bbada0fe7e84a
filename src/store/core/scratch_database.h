// For tests only (header-only, included by *_test.cc): a fresh, migrated database per test,
// on SQLite (a temporary file) or on the throwaway PostgreSQL cluster that ctest starts
// (PLENARY_TEST_PG_URL; a new database per test so parallel test binaries never collide).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include <soci/soci.h>
#include <soci/postgresql/soci-postgresql.h>

#include "store/core/database.h"

namespace plenary::store {

inline const char* TestPostgresUrl() { return std::getenv("PLENARY_TEST_PG_URL"); }

inline std::string UniqueSuffix() {
  static std::mt19937_64 rng{std::random_device{}()};
  return std::to_string(rng() % 1000000000000ULL);
}

// Returns the URL of a new empty database of the dialect ("sqlite" or "postgresql").
inline std::string ScratchDatabaseUrl(const std::string& dialect) {
  if (dialect == "sqlite") {
    auto dir = std::filesystem::temp_directory_path() / ("plenary-test-" + UniqueSuffix());
    std::filesystem::create_directories(dir);
    return "sqlite:" + (dir / "test.sqlite").string();
  }
  const std::string admin_url = TestPostgresUrl();
  const std::string name = "plenary_t" + UniqueSuffix();
  auto parsed = ParseDatabaseUrl(admin_url);
  soci::session admin(soci::postgresql, parsed->connect);
  admin << "CREATE DATABASE " + name;
  return admin_url.substr(0, admin_url.rfind('/') + 1) + name;
}

}  // namespace plenary::store
