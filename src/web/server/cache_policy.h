// Who may keep a copy of a response, and for how long: public pages and feeds are revalidated
// with an ETag (and Last-Modified where known) and answered 304 when unchanged, so calendar
// clients polling a feed download it only when it changed; anything that may carry personal
// data or a form's token is "no-store". One rule for every route, applied by the router.
#pragma once

#include <string>
#include <string_view>

#include "web/server/http.h"

namespace plenary::web {

// `anonymous_token`: the CSRF token drawn for a signed-out reader, or "" (signed in, or the
// reader already has one). A response that carries it (a form) is personal; one that does not
// needs no cookie. Returns whether the token's cookie must be set.
bool ApplyCachePolicy(const Request& request, bool signed_in, std::string_view anonymous_token,
                      Response& response);

// The strong ETag of a body: "\"<32 hex digits of SHA-256>\"".
std::string EntityTag(std::string_view body);
// Whether an If-None-Match list ("\"a\", W/\"b\"", or "*") names `tag` (weak comparison; a
// tag the server adapter marked as the gzip variant, "\"a-gzip\"", names "\"a\"" too).
bool NoneMatchNames(std::string_view if_none_match, std::string_view tag);
// RFC 9110 IMF-fixdate ("Thu, 03 Dec 2026 19:30:39 GMT") and back; -1 when not a date.
std::string HttpDate(long long utc_seconds);
long long ParseHttpDate(std::string_view text);

}  // namespace plenary::web
