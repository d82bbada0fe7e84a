// The HTTP server: Poco's multi-threaded server with a thin adapter that turns each request
// into a web::Request, asks the Router and writes the web::Response back. It holds under abuse:
// bodies are bounded while they stream (413), a request's header and body must arrive within a
// deadline, and slow clients wait in threads of their own while others are answered; malformed
// requests get 400, unknown methods 405; HEAD, gzip and conditional GET are served.
#pragma once

#include <memory>
#include <string>

#include "domain/core/status.h"
#include "web/server/router.h"

namespace plenary::web {

class HttpServer {
 public:
  // Binds to "HOST:PORT" (port 0 picks a free one) without serving yet, so the caller can
  // learn the port and finish its configuration before the first request.
  // The router must outlive the server.
  // `threads` handle requests at once (the database pool has as many connections, and two
  // more); connections waiting for a slow client's header or body have `kWaitingConnections`
  // threads more.
  static Result<std::unique_ptr<HttpServer>> Bind(std::string_view listen, const Router& router, int threads = 16);
  static constexpr int kWaitingConnections = 128;
  ~HttpServer();
  int port() const { return port_; }
  void Start();
  void Stop();

 private:
  struct Impl;
  HttpServer();
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace plenary::web
