#include "web/server/http_status.h"

namespace plenary::web {

int HttpStatusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return 422;
    case ErrorCode::kMalformed: return 400;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kGone: return 410;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kInfeasible: return 422;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kNotAllowed: return 405;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

std::string_view ErrorTitleOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return "This needs correcting";
    case ErrorCode::kMalformed: return "The form could not be read";
    case ErrorCode::kNotFound: return "Page not found";
    case ErrorCode::kGone: return "No longer available";
    case ErrorCode::kConflict: return "This was changed meanwhile";
    case ErrorCode::kInfeasible: return "No solution";
    case ErrorCode::kTooLarge: return "File too large";
    case ErrorCode::kUnauthenticated: return "Please sign in";
    case ErrorCode::kForbidden: return "Not available to you";
    case ErrorCode::kRateLimited: return "Too many attempts";
    case ErrorCode::kNotAllowed: return "Not allowed";
    case ErrorCode::kUnavailable: return "Not available yet";
    case ErrorCode::kInternal: return "Something went wrong";
  }
  return "Something went wrong";
}

std::string_view ErrorWordOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return "invalid_input";
    case ErrorCode::kMalformed: return "bad_request";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kGone: return "gone";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kInfeasible: return "infeasible";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kRateLimited: return "rate_limited";
    case ErrorCode::kNotAllowed: return "method_not_allowed";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace plenary::web
