// The one way the store writes: a transaction that takes the write lock before it reads.
//
// SQLite starts a plain BEGIN as a reader; a transaction that reads and then writes is refused
// at once ("database is locked", whatever the busy timeout) when another connection wrote in
// between. A WriteTransaction begins with BEGIN IMMEDIATE instead, so it waits its turn (up to
// the busy timeout) and then cannot be refused. PostgreSQL takes row locks as statements run,
// so there it is a plain BEGIN; a count-then-insert that must not race locks a row itself.
//
// Two people saving the same thing at the same moment both pass a "does it exist?" check; the
// database's UNIQUE constraint refuses the second. Write() turns that refusal into a kConflict
// error on both databases, so it reaches the user as a clear message, never as a server error.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

#include <soci/soci.h>

#include "domain/core/status.h"

namespace plenary::store {

class WriteTransaction {
 public:
  explicit WriteTransaction(soci::session& session);
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  // Rolls back what was not committed (an early return, an error value, an exception).
  ~WriteTransaction();

  void Commit();

 private:
  soci::session& session_;
  bool open_ = true;
};

// True when the database refused a row because it repeats a UNIQUE key (SQLite's "UNIQUE
// constraint failed", PostgreSQL's SQLSTATE 23505).
bool IsUniqueViolation(const std::exception& error);

// Runs `body(session)` in one WriteTransaction on a session of `pool`. `body` returns a Result
// (or Status); the transaction commits when it is ok and rolls back when it is an Error or
// `body` throws. A unique-key violation comes back as `on_duplicate` (a kConflict error that says
// what was there already and what to do, on the form field it concerns).
template <typename Body>
auto Write(soci::connection_pool& pool, const Error& on_duplicate, Body&& body)
    -> decltype(body(std::declval<soci::session&>())) {
  try {
    soci::session session(pool);
    WriteTransaction tx(session);
    auto result = body(session);
    if (result.ok()) tx.Commit();
    return result;
  } catch (const soci::soci_error& e) {
    if (!IsUniqueViolation(e)) throw;
    return on_duplicate;
  }
}

// Runs `body(session)` in one WriteTransaction on a session of `pool` and commits; an exception
// rolls back and propagates. For writes that refuse nothing a person typed (a mail marked
// sent, a job's progress).
template <typename Body>
auto Write(soci::connection_pool& pool, Body&& body) -> decltype(body(std::declval<soci::session&>())) {
  soci::session session(pool);
  WriteTransaction tx(session);
  if constexpr (std::is_void_v<decltype(body(session))>) {
    body(session);
    tx.Commit();
  } else {
    auto result = body(session);
    tx.Commit();
    return result;
  }
}

}  // namespace plenary::store
