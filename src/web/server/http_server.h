// The HTTP server: Poco's multi-threaded server with a thin adapter that turns each request
// into a web::Request, asks the Router and writes the web::Response back.
#pragma once

#include <memory>
#include <string>

#include "domain/core/status.h"
#include "web/server/router.h"

namespace Poco::Net {
class HTTPServer;
}

namespace plenary::web {

class HttpServer {
 public:
  // Binds to "HOST:PORT" (port 0 picks a free one) without serving yet, so the caller can
  // learn the port and finish its configuration before the first request.
  // The router must outlive the server.
  static Result<std::unique_ptr<HttpServer>> Bind(std::string_view listen, const Router& router, int threads = 16);
  ~HttpServer();
  int port() const { return port_; }
  void Start();
  void Stop();

 private:
  HttpServer() = default;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  int port_ = 0;
};

}  // namespace plenary::web
