// Expected failures travel as values (duckdb/leveldb manner): an Error says what was wrong and
// how to fix it; Result<T> is either a value or an Error. Exceptions are kept for failures that
// end a request (a lost database connection), never for user input.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace plenary {

// What went wrong, as the two places that map it see it: web/server/http_status.cc (HTTP) and
// cli/exit_code.cc (exit codes).
enum class ErrorCode {
  kInvalidInput,     // the user's input breaks a rule (a form field, a line of a file)
  kMalformed,        // what was sent cannot be read at all (a broken form encoding)
  kNotFound,         // the thing asked for does not exist (or is not visible to the asker)
  kGone,             // it existed and is no longer usable (a used or expired link)
  kConflict,         // the input clashes with what is stored (a duplicate number, a stale form)
  kInfeasible,       // a model has no solution (assignment, selection)
  kTooLarge,         // an upload over the configured limit
  kUnauthenticated,  // sign-in needed
  kForbidden,        // signed in, but the role does not allow it
  kRateLimited,      // too many attempts; try later
  kNotAllowed,       // the address exists but does not take this kind of request
  kUnavailable,      // not set up yet, or a dependency is down: try later
  kInternal,         // a bug
};

// One problem with one field of a form or one line of a file.
struct FieldError {
  std::string field;    // the form field or location ("deadline", "line 12")
  std::string message;  // what is wrong and how to fix it
  friend bool operator==(const FieldError&, const FieldError&) = default;
};

class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  Error(ErrorCode code, std::string message, std::vector<FieldError> fields)
      : code_(code), message_(std::move(message)), fields_(std::move(fields)) {}

  static Error Invalid(std::string message) { return {ErrorCode::kInvalidInput, std::move(message)}; }
  static Error Invalid(std::vector<FieldError> fields) {
    return {ErrorCode::kInvalidInput, "Some fields need correcting.", std::move(fields)};
  }
  static Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
  static Error Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message)}; }
  static Error Forbidden(std::string message) { return {ErrorCode::kForbidden, std::move(message)}; }
  static Error Gone(std::string message) { return {ErrorCode::kGone, std::move(message)}; }
  static Error RateLimited(std::string message) { return {ErrorCode::kRateLimited, std::move(message)}; }
  static Error Internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldError>& fields() const { return fields_; }

 private:
  ErrorCode code_;
  std::string message_;
  std::vector<FieldError> fields_;
};

// A value or an Error. Accessing the wrong alternative is a programming error (asserted).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;
inline Status OkStatus() { return Ok{}; }

}  // namespace plenary
