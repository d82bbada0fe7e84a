#include "web/server/http_server.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sstream>

#include "web/server/router.h"

namespace plenary::web {
namespace {

// Collects uploaded files, reading no more than `limit` bytes in all: a chunked body has no
// Content-Length to check in advance, so the limit is kept while streaming.
class FileCollector : public Poco::Net::PartHandler {
 public:
  FileCollector(std::vector<UploadedFile>& files, long long limit) : files_(files), left_(limit) {}
  bool too_large() const { return too_large_; }
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    UploadedFile file;
    file.content_type = header.get("Content-Type", "application/octet-stream");
    std::string disposition;
    Poco::Net::NameValueCollection params;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, params);
    file.field = params.get("name", "");
    file.filename = params.get("filename", "");
    char buffer[64 * 1024];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
      const auto n = stream.gcount();
      left_ -= n;
      if (left_ < 0) too_large_ = true;
      if (!too_large_) file.content.append(buffer, static_cast<size_t>(n));
    }
    if (!too_large_ && (!file.filename.empty() || !file.content.empty())) files_.push_back(std::move(file));
  }

 private:
  std::vector<UploadedFile>& files_;
  long long left_;
  bool too_large_ = false;
};

// Reads what the form parser left of the body (a multipart message's epilogue, a final line
// break). Unread input makes the kernel reset the connection when the server closes it, and a
// reset discards the part of a long response still in flight: a large error page arrived cut
// off. False when more than a little is left: then the body was not a form.
bool DrainRest(std::istream& body) {
  constexpr std::streamsize kMostLeft = 64 * 1024;
  char buffer[4096];
  std::streamsize left = kMostLeft;
  while (body.read(buffer, sizeof buffer) || body.gcount() > 0) {
    left -= body.gcount();
    if (left < 0) return false;
  }
  return true;
}

Request ToRequest(Poco::Net::HTTPServerRequest& in, const WebConfig& config) {
  Request r;
  r.method = in.getMethod() == "POST" ? Method::kPost : Method::kGet;
  Poco::URI uri(in.getURI());
  r.path = uri.getPath().empty() ? "/" : uri.getPath();
  for (const auto& [k, v] : uri.getQueryParameters()) r.query.emplace(k, v);
  Poco::Net::NameValueCollection cookies;
  in.getCookies(cookies);
  for (const auto& [k, v] : cookies) r.cookies[k] = v;
  r.client_address = in.clientAddress().host().toString();
  r.secure = in.secure() || config.secure_cookies;
  if (r.method != Method::kPost) return r;
  const long long limit = config.max_upload_bytes + 64 * 1024;  // room for the other fields
  if (in.hasContentLength() && in.getContentLength64() > limit) {
    r.body_error = BodyProblem::kTooLarge;
    return r;
  }
  try {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(200);
    form.setValueLengthLimit(static_cast<int>(std::min<long long>(limit, 1 << 30)));
    FileCollector files(r.files, limit);
    form.load(in, in.stream(), files);
    for (const auto& [k, v] : form) r.form.emplace(k, v);
    if (!DrainRest(in.stream())) r.body_error = BodyProblem::kMalformed;
    if (files.too_large()) {
      r.body_error = BodyProblem::kTooLarge;
      r.files.clear();
    }
  } catch (const std::exception&) {
    r.body_error = BodyProblem::kMalformed;
  }
  return r;
}

std::string CookieHeader(const Cookie& c, bool secure) {
  std::string h = c.name + "=" + c.value + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) h += "; Secure";
  if (c.max_age_seconds >= 0) h += "; Max-Age=" + std::to_string(c.max_age_seconds);
  return h;
}

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Handler(const Router& router) : router_(router) {}
  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    const Request request = ToRequest(in, router_.config());
    const Response response = router_.Dispatch(request);
    out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    out.setContentType(response.content_type);
    for (const auto& [k, v] : response.headers) out.add(k, v);
    for (const auto& c : response.cookies) out.add("Set-Cookie", CookieHeader(c, request.secure));
    if (request.body_error != BodyProblem::kNone) out.setKeepAlive(false);  // the body was not read
    out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
    out.send().write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
  }

 private:
  const Router& router_;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit HandlerFactory(const Router& router) : router_(router) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(router_);
  }

 private:
  const Router& router_;
};

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Bind(std::string_view listen, const Router& router, int threads) {
  const auto colon = listen.rfind(':');
  if (colon == std::string_view::npos) {
    return Error::Invalid("--listen '" + std::string(listen) + "' needs HOST:PORT, e.g. 127.0.0.1:8080");
  }
  const std::string host(listen.substr(0, colon));
  int port = 0;
  try {
    port = std::stoi(std::string(listen.substr(colon + 1)));
  } catch (const std::exception&) {
    return Error::Invalid("--listen '" + std::string(listen) + "': the port must be a number");
  }
  std::unique_ptr<HttpServer> server(new HttpServer());
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(host, static_cast<Poco::UInt16>(port)), 256);
    auto* params = new Poco::Net::HTTPServerParams();
    params->setMaxThreads(threads);
    params->setMaxQueued(512);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(30, 0));
    server->port_ = socket.address().port();
    server->server_ = std::make_unique<Poco::Net::HTTPServer>(new HandlerFactory(router), socket, params);
  } catch (const std::exception& e) {
    return Error(ErrorCode::kInternal, "cannot listen on " + std::string(listen) + ": " + e.what());
  }
  return server;
}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Start() { server_->start(); }

void HttpServer::Stop() {
  if (server_) {
    server_->stopAll(true);
    server_.reset();
  }
}

}  // namespace plenary::web
