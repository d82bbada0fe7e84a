// The web layer's own view of a request and a response, independent of Poco, so handlers
// are plain functions that tests can call and the server adapter stays thin.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plenary::web {

// HEAD is answered as GET without the body (the server adapter drops it); any other method is
// kOther, which no route takes: 405 with Allow where the address exists.
enum class Method { kGet, kPost, kOther };
// What the server adapter could not accept of a request's body; the router answers with a page
// that says so.
enum class BodyProblem { kNone, kTooLarge, kMalformed, kBadAddress };

struct UploadedFile {
  std::string field;
  std::string filename;
  std::string content_type;  // as the browser claimed it; never trusted
  std::string content;
};

struct Request {
  Method method = Method::kGet;
  std::string path;                              // without the query string
  std::multimap<std::string, std::string> query;
  std::multimap<std::string, std::string> form;  // urlencoded or multipart fields
  std::vector<UploadedFile> files;
  std::map<std::string, std::string> cookies;
  std::string client_address;
  bool secure = false;  // TLS, directly or via X-Forwarded-Proto from the load balancer
  BodyProblem body_error = BodyProblem::kNone;
  // Conditional GET (RFC 9110 13.1): the validators the client holds.
  std::string if_none_match;
  std::string if_modified_since;

  // The first value of a form field, or "" when absent.
  std::string Field(const std::string& name) const;
  std::string Query(const std::string& name) const;
  const UploadedFile* File(const std::string& field) const;
};

struct Cookie {
  std::string name;
  std::string value;
  int max_age_seconds = -1;  // -1: session cookie; 0: delete
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::vector<Cookie> cookies;
  // The same for every signed-out reader (public pages, feeds, static files): the router gives
  // it an ETag, answers conditional requests with 304 and sets no cookie (web/server/
  // cache_policy.h). Everything else is "Cache-Control: no-store".
  bool shared = false;
  std::optional<long long> last_modified;  // UTC seconds, when known (a feed's publication)

  static Response Redirect(std::string location);  // 303 See Other
};

}  // namespace plenary::web
