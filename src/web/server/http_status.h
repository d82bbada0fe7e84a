// The one place that maps an Error to an HTTP status (cli/exit_code.cc is its twin for exit
// codes): handlers return or render Errors, never literal statuses.
#pragma once

#include <string_view>

#include "domain/core/status.h"

namespace plenary::web {

int HttpStatusOf(ErrorCode code);
// The heading of an error page when the handler has no more specific one ("Page not found").
std::string_view ErrorTitleOf(ErrorCode code);
// The stable word for the error in /api answers ("not_found"): programs compare it.
std::string_view ErrorWordOf(ErrorCode code);

}  // namespace plenary::web
