#include "cli/exit_code.h"

namespace plenary::cli {

int ExitCodeFor(const Error& error) {
  switch (error.code()) {
    case ErrorCode::kInvalidInput:
    case ErrorCode::kInfeasible:
    case ErrorCode::kNotFound:
    case ErrorCode::kConflict:
      return kExitBadInput;
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kForbidden:
    case ErrorCode::kRateLimited:
      return kExitUnavailable;
    case ErrorCode::kInternal:
      return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace plenary::cli
