#include "web/server/http_server.h"

#include <Poco/DeflatingStream.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/ThreadPool.h>
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

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <sstream>
#include <thread>

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

// The request body, read through a limit: past `limit` bytes it ends (and says so), so no field
// of a chunked body without Content-Length can grow the server's memory past the limit.
class LimitedBody : public std::streambuf {
 public:
  LimitedBody(std::istream& source, long long limit) : source_(source), left_(limit) {}
  bool exceeded() const { return exceeded_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (left_ <= 0) {
      // One byte more tells a body that ends exactly at the limit from one that goes on.
      if (source_.peek() != traits_type::eof()) exceeded_ = true;
      return traits_type::eof();
    }
    source_.read(buffer_, static_cast<std::streamsize>(std::min<long long>(sizeof buffer_, left_)));
    const auto n = source_.gcount();
    if (n <= 0) return traits_type::eof();
    left_ -= n;
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::istream& source_;
  long long left_;
  bool exceeded_ = false;
  char buffer_[16 * 1024];
};

// Forms without files are small; a field's value is bounded in both kinds of body.
constexpr long long kMostUrlencodedBytes = 2 * 1024 * 1024;
constexpr int kMostFieldBytes = 1024 * 1024;

Method MethodOf(const std::string& method) {
  if (method == "GET" || method == "HEAD") return Method::kGet;
  if (method == "POST") return Method::kPost;
  return Method::kOther;
}

Request ToRequest(Poco::Net::HTTPServerRequest& in, const WebConfig& config) {
  Request r;
  r.method = MethodOf(in.getMethod());
  r.client_address = in.clientAddress().host().toString();
  r.secure = in.secure() || config.secure_cookies;
  if (!config.trusted_proxy.empty() && r.client_address == config.trusted_proxy) {
    // nginx appends the address it saw: the last entry is the one no client can forge.
    const std::string forwarded = in.get("X-Forwarded-For", "");
    std::string last = forwarded.substr(forwarded.rfind(',') == std::string::npos ? 0 : forwarded.rfind(',') + 1);
    while (!last.empty() && last.front() == ' ') last.erase(0, 1);
    while (!last.empty() && last.back() == ' ') last.pop_back();
    if (!last.empty()) r.client_address = last;
    if (in.get("X-Forwarded-Proto", "") == "https") r.secure = true;
  }
  r.if_none_match = in.get("If-None-Match", "");
  r.if_modified_since = in.get("If-Modified-Since", "");
  try {
    Poco::URI uri(in.getURI());
    r.path = uri.getPath().empty() ? "/" : uri.getPath();
    for (const auto& [k, v] : uri.getQueryParameters()) r.query.emplace(k, v);
  } catch (const Poco::Exception&) {
    // "/%zz": not an address at all. The path stays as sent, so an /api/ address is answered
    // in JSON.
    const std::string raw = in.getURI();
    r.path = raw.substr(0, raw.find('?'));
    r.body_error = BodyProblem::kBadAddress;
    return r;
  }
  Poco::Net::NameValueCollection cookies;
  in.getCookies(cookies);
  for (const auto& [k, v] : cookies) r.cookies[k] = v;
  if (r.method != Method::kPost) return r;
  const bool multipart = in.getContentType().rfind("multipart/", 0) == 0;
  const long long limit = multipart ? config.max_upload_bytes + 64 * 1024  // room for the other fields
                                    : kMostUrlencodedBytes;
  if (in.hasContentLength() && in.getContentLength64() > limit) {
    r.body_error = BodyProblem::kTooLarge;
    return r;
  }
  LimitedBody limited(in.stream(), limit);
  std::istream body(&limited);
  try {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(200);
    form.setValueLengthLimit(kMostFieldBytes);
    FileCollector files(r.files, limit);
    // The form is read from the body alone: a value in the query string is not a form field
    // (a CSRF token in a link must not count).
    Poco::Net::HTTPRequest bare(in.getMethod(), "/", in.getVersion());
    bare.setContentType(in.getContentType());
    form.load(bare, body, files);
    for (const auto& [k, v] : form) r.form.emplace(k, v);
    if (!DrainRest(body)) r.body_error = BodyProblem::kMalformed;
    if (files.too_large()) r.body_error = BodyProblem::kTooLarge;
  } catch (const Poco::Net::HTMLFormException& e) {
    // "Field value too long", "Too many form fields": the form is bigger than we take.
    const bool size = e.message().find("too long") != std::string::npos || e.message().find("Too many") != std::string::npos;
    r.body_error = size ? BodyProblem::kTooLarge : BodyProblem::kMalformed;
  } catch (const std::exception&) {
    r.body_error = BodyProblem::kMalformed;
  }
  if (limited.exceeded()) r.body_error = BodyProblem::kTooLarge;
  if (r.body_error != BodyProblem::kNone) {
    r.files.clear();
    r.form.clear();
  }
  return r;
}

std::string CookieHeader(const Cookie& c, bool secure) {
  std::string h = c.name + "=" + c.value + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) h += "; Secure";
  if (c.max_age_seconds >= 0) h += "; Max-Age=" + std::to_string(c.max_age_seconds);
  return h;
}

bool Compressible(const std::string& content_type) {
  for (const char* prefix : {"text/", "application/json", "application/xml", "image/svg+xml"}) {
    if (content_type.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

// "gzip" named in Accept-Encoding and not refused with q=0.
bool AcceptsGzip(const std::string& accept_encoding) {
  std::string lower;
  for (char c : accept_encoding) {
    if (c != ' ') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  size_t at = 0;
  while ((at = lower.find("gzip", at)) != std::string::npos) {
    const size_t end = lower.find(',', at);
    const std::string item = lower.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (item != "gzip;q=0" && item != "gzip;q=0.0" && item != "gzip;q=0.00" && item != "gzip;q=0.000") return true;
    at += 4;
  }
  return false;
}

std::string Gzip(const std::string& body) {
  std::ostringstream out;
  Poco::DeflatingOutputStream deflate(out, Poco::DeflatingStreamBuf::STREAM_GZIP, 6);
  deflate.write(body.data(), static_cast<std::streamsize>(body.size()));
  deflate.close();
  return out.str();
}

// Deadlines for reading a request: a client that sends its header a line at a time, or its
// body a byte at a time, loses the connection when its time is up, so slow clients cannot keep
// the workers. A thread that waits for a request (or reads its body) is armed; a handler at
// work is not. One watchdog thread shuts the sockets whose deadline passed.
class ReadDeadlines {
 public:
  struct Entry {
    Poco::Net::StreamSocket socket;
    std::chrono::steady_clock::time_point deadline;
    bool armed = true;
  };

  ReadDeadlines() : watchdog_([this] { Watch(); }) {}
  ~ReadDeadlines() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    watchdog_.join();
  }

  Entry* Add(const Poco::Net::StreamSocket& socket, std::chrono::seconds within) {
    std::lock_guard lock(mutex_);
    entries_.push_back(std::make_unique<Entry>(Entry{socket, std::chrono::steady_clock::now() + within, true}));
    return entries_.back().get();
  }
  void Remove(Entry* entry) {
    std::lock_guard lock(mutex_);
    std::erase_if(entries_, [entry](const auto& e) { return e.get() == entry; });
  }
  void Arm(Entry* entry, std::chrono::seconds within) {
    std::lock_guard lock(mutex_);
    entry->deadline = std::chrono::steady_clock::now() + within;
    entry->armed = true;
  }
  void Disarm(Entry* entry) {
    std::lock_guard lock(mutex_);
    entry->armed = false;
  }
  // Ends every connection (the server stops).
  void ShutdownAll() {
    std::lock_guard lock(mutex_);
    for (auto& e : entries_) Shutdown(e->socket);
  }

 private:
  static void Shutdown(Poco::Net::StreamSocket& socket) {
    try {
      socket.shutdown();
    } catch (const Poco::Exception&) {
      // already closed by the client
    }
  }
  void Watch() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      wake_.wait_for(lock, std::chrono::milliseconds(500));
      const auto now = std::chrono::steady_clock::now();
      for (auto& e : entries_) {
        if (e->armed && e->deadline < now) {
          e->armed = false;
          Shutdown(e->socket);
        }
      }
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::unique_ptr<Entry>> entries_;
  bool stopping_ = false;
  std::thread watchdog_;
};

// After refusing a body it did not read: the answer is flushed and the sending side closed,
// then what the client still sends is read and dropped for a moment (at most 8 MB, 3 s), so
// the kernel does not answer it with a reset that would destroy the answer before the client
// reads it.
void CloseGently(std::ostream& response, std::istream& rest);

// How long a client has to send a request's header (from the connection, or from the previous
// response while it keeps the connection alive), and to send a body.
constexpr std::chrono::seconds kHeaderSeconds{15};
constexpr std::chrono::seconds kBodySeconds{120};
thread_local ReadDeadlines::Entry* current_connection = nullptr;

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(const Router& router, ReadDeadlines& deadlines) : router_(router), deadlines_(deadlines) {}
  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    if (current_connection) deadlines_.Arm(current_connection, kBodySeconds);
    const Request request = ToRequest(in, router_.config());
    if (current_connection) deadlines_.Disarm(current_connection);
    Response response = router_.Dispatch(request);
    out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    out.setContentType(response.content_type);
    const bool compressible = Compressible(response.content_type);
    if (compressible && response.body.size() >= 1024 && AcceptsGzip(in.get("Accept-Encoding", ""))) {
      response.body = Gzip(response.body);
      out.set("Content-Encoding", "gzip");
      // The compressed variant has a tag of its own (RFC 9110 8.8.3).
      for (auto& [k, v] : response.headers) {
        if (k == "ETag" && v.size() > 2) v.insert(v.size() - 1, "-gzip");
      }
    }
    if (compressible) out.set("Vary", "Accept-Encoding");
    for (const auto& [k, v] : response.headers) out.add(k, v);
    for (const auto& c : response.cookies) out.add("Set-Cookie", CookieHeader(c, request.secure));
    if (request.body_error != BodyProblem::kNone) out.setKeepAlive(false);  // the body was not read
    if (response.status == 304) {
      out.send();
      return;
    }
    out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
    auto& stream = out.send();
    if (in.getMethod() != "HEAD") stream.write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
    if (request.body_error != BodyProblem::kNone && request.body_error != BodyProblem::kBadAddress) {
      CloseGently(stream, in.stream());
      return;
    }
    if (current_connection) deadlines_.Arm(current_connection, kHeaderSeconds);
  }

 private:
  const Router& router_;
  ReadDeadlines& deadlines_;
};

void CloseGently(std::ostream& response, std::istream& rest) {
  response.flush();
  if (!current_connection) return;
  try {
    rest.clear();
    current_connection->socket.shutdownSend();
    current_connection->socket.setReceiveTimeout(Poco::Timespan(1, 0));
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    char buffer[16 * 1024];
    long long left = 8 * 1024 * 1024;
    while (left > 0 && std::chrono::steady_clock::now() < until &&
           (rest.read(buffer, sizeof buffer) || rest.gcount() > 0)) {
      left -= rest.gcount();
    }
  } catch (const std::exception&) {
    // the client went away: nothing left to protect
  }
}

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  HandlerFactory(const Router& router, ReadDeadlines& deadlines) : router_(router), deadlines_(deadlines) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    // The header has arrived: the handler reads the body under its own deadline.
    if (current_connection) deadlines_.Disarm(current_connection);
    return new Handler(router_, deadlines_);
  }

 private:
  const Router& router_;
  ReadDeadlines& deadlines_;
};

// Poco's HTTP connection, run under a header deadline.
class GuardedConnection : public Poco::Net::TCPServerConnection {
 public:
  GuardedConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                    Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ReadDeadlines& deadlines)
      : TCPServerConnection(socket), params_(params), factory_(factory), deadlines_(deadlines) {}
  void run() override {
    ReadDeadlines::Entry* entry = deadlines_.Add(socket(), kHeaderSeconds);
    current_connection = entry;
    Poco::Net::HTTPServerConnection http(socket(), params_, factory_);
    try {
      http.run();
    } catch (...) {
      // a connection's failure ends that connection only
    }
    current_connection = nullptr;
    deadlines_.Remove(entry);
  }

 private:
  Poco::Net::HTTPServerParams::Ptr params_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory_;
  ReadDeadlines& deadlines_;
};

class GuardedConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  GuardedConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                           ReadDeadlines& deadlines)
      : params_(params), factory_(factory), deadlines_(deadlines) {}
  Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
    return new GuardedConnection(socket, params_, factory_, deadlines_);
  }

 private:
  Poco::Net::HTTPServerParams::Ptr params_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory_;
  ReadDeadlines& deadlines_;
};

}  // namespace

struct HttpServer::Impl {
  ReadDeadlines deadlines;
  std::unique_ptr<Poco::ThreadPool> pool;
  std::unique_ptr<Poco::Net::TCPServer> server;
};

HttpServer::HttpServer() : impl_(std::make_unique<Impl>()) {}

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
    const int capacity = threads + kWaitingConnections;
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams();
    params->setMaxThreads(capacity);
    params->setMaxQueued(256);  // beyond that, new connections are closed at once
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(10, 0));
    params->setMaxKeepAliveRequests(1000);
    params->setTimeout(Poco::Timespan(10, 0));  // each read and write
    server->port_ = socket.address().port();
    server->impl_->pool = std::make_unique<Poco::ThreadPool>(2, capacity, 60);
    Poco::Net::HTTPRequestHandlerFactory::Ptr handlers = new HandlerFactory(router, server->impl_->deadlines);
    server->impl_->server = std::make_unique<Poco::Net::TCPServer>(
        new GuardedConnectionFactory(params, handlers, server->impl_->deadlines), *server->impl_->pool, socket, params);
  } catch (const std::exception& e) {
    return Error(ErrorCode::kInternal, "cannot listen on " + std::string(listen) + ": " + e.what());
  }
  return server;
}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Start() { impl_->server->start(); }

void HttpServer::Stop() {
  if (impl_->server) {
    impl_->server->stop();
    impl_->deadlines.ShutdownAll();
    impl_->pool->joinAll();
    impl_->server.reset();
  }
}

}  // namespace plenary::web
