#include "store/core/write_transaction.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace plenary::store {
namespace {

bool IsSqlite(soci::session& session) { return session.get_backend_name() == "sqlite3"; }

}  // namespace

WriteTransaction::WriteTransaction(soci::session& session) : session_(session) {
  if (IsSqlite(session_)) {
    session_ << "BEGIN IMMEDIATE";
  } else {
    session_.begin();
  }
}

WriteTransaction::~WriteTransaction() {
  if (!open_) return;
  try {
    session_.rollback();
  } catch (...) {
    // The connection is gone; the database rolled the transaction back itself.
  }
}

void WriteTransaction::Commit() {
  session_.commit();
  open_ = false;
}

bool IsUniqueViolation(const std::exception& error) {
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
    return pg->sqlstate() == "23505";
  }
  if (dynamic_cast<const soci::sqlite3_soci_error*>(&error)) {
    const std::string_view message = error.what();
    return message.find("UNIQUE constraint failed") != std::string_view::npos ||
           message.find("PRIMARY KEY must be unique") != std::string_view::npos;
  }
  return false;
}

}  // namespace plenary::store
