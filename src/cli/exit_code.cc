#include "cli/exit_code.h"

namespace plenary::cli {

int ExitCodeFor(const Error& error) {
  switch (error.code()) {
    case ErrorCode::kInvalidInput:
    case ErrorCode::kMalformed:
    case ErrorCode::kInfeasible:
    case ErrorCode::kNotFound:
    case ErrorCode::kGone:
    case ErrorCode::kConflict:
    case ErrorCode::kTooLarge:
    case ErrorCode::kNotAllowed:
      return kExitBadInput;
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kForbidden:
    case ErrorCode::kRateLimited:
    case ErrorCode::kUnavailable:
      return kExitUnavailable;
    case ErrorCode::kInternal:
      return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace plenary::cli
