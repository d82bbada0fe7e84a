// The one seam to the database: opens a SOCI session for a URL and applies the numbered
// migrations. "sqlite:PATH" (default, embedded, WAL with synchronous=FULL so an acknowledged
// write survives a crash) or "postgresql://..." (several app servers behind a load balancer).
//
// Thread-safety: a Database hands out one soci::session per caller through a pool; sessions
// are not shared between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <soci/soci.h>

#include "domain/core/status.h"

namespace plenary::store {

enum class Dialect { kSqlite, kPostgres };

struct DatabaseUrl {
  Dialect dialect;
  std::string connect;  // path for SQLite, libpq connection URI for PostgreSQL
};

// Parses "sqlite:PATH" or "postgresql://..."; the error names the accepted forms.
Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);

class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(std::string_view url, size_t pool_size = 8);
  ~Database();

  Dialect dialect() const { return url_.dialect; }
  soci::connection_pool& pool() { return *pool_; }

  // Applies every migration under src/store/core/migrations not yet recorded; returns how many ran.
  Result<int> Migrate();

 private:
  Database(DatabaseUrl url, std::unique_ptr<soci::connection_pool> pool)
      : url_(std::move(url)), pool_(std::move(pool)) {}
  DatabaseUrl url_;
  std::unique_ptr<soci::connection_pool> pool_;
};

}  // namespace plenary::store
