#include "web/server/cache_policy.h"

#include <ctime>

#include "store/core/credentials.h"

namespace plenary::web {
namespace {

bool HasHeader(const Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key.size() == name.size() && std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      return true;
    }
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string EntityTag(std::string_view body) { return "\"" + store::Sha256Hex(body).substr(0, 32) + "\""; }

bool NoneMatchNames(std::string_view list, std::string_view tag) {
  if (Trim(list) == "*") return true;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view one = Trim(list.substr(start, end - start));
    if (one.substr(0, 2) == "W/") one.remove_prefix(2);
    if (one == tag) return true;
    // The gzip variant's tag ("\"abc-gzip\"") names the same content.
    if (one.size() == tag.size() + 5 && one.substr(0, tag.size() - 1) == tag.substr(0, tag.size() - 1) &&
        one.substr(tag.size() - 1) == "-gzip\"") {
      return true;
    }
    start = end + 1;
  }
  return false;
}

std::string HttpDate(long long utc_seconds) {
  const std::time_t t = static_cast<std::time_t>(utc_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buffer;
}

long long ParseHttpDate(std::string_view text) {
  std::tm tm{};
  const std::string copy(text);
  const char* end = strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr || *end != '\0') return -1;
  return static_cast<long long>(timegm(&tm));
}

bool ApplyCachePolicy(const Request& request, bool signed_in, std::string_view anonymous_token,
                      Response& response) {
  const bool carries_token = !anonymous_token.empty() && response.body.find(anonymous_token) != std::string::npos;
  // An HTML page shows who is signed in; a feed or a file is the same for everyone.
  const bool html = response.content_type.rfind("text/html", 0) == 0;
  const bool shared = response.shared && !carries_token && !(signed_in && html) &&
                      request.method == Method::kGet && response.status == 200;
  if (!shared) {
    if (!HasHeader(response, "Cache-Control")) response.headers.emplace_back("Cache-Control", "no-store");
    return carries_token;
  }
  if (!HasHeader(response, "Cache-Control")) response.headers.emplace_back("Cache-Control", "no-cache");
  const std::string tag = EntityTag(response.body);
  response.headers.emplace_back("ETag", tag);
  if (response.last_modified) response.headers.emplace_back("Last-Modified", HttpDate(*response.last_modified));
  bool unchanged = false;
  if (!request.if_none_match.empty()) {
    unchanged = NoneMatchNames(request.if_none_match, tag);
  } else if (response.last_modified && !request.if_modified_since.empty()) {
    const long long since = ParseHttpDate(request.if_modified_since);
    unchanged = since >= 0 && *response.last_modified <= since;
  }
  if (unchanged) {
    response.status = 304;
    response.body.clear();
  }
  return false;
}

}  // namespace plenary::web
