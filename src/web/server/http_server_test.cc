// The HTTP server under abuse and by the web's conventions, against a real `plenary serve` on
// loopback, spoken to byte by byte: malformed requests, unknown methods, HEAD, conditional
// GET and gzip, who gets a cookie and who may keep a copy, bodies that never end (the
// server's resident memory is read from /proc while 20 arrive at once), and 64 clients that
// send their header a line at a time while others are answered.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/InflatingStream.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "web/server/test_server.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using testing::Client;
using testing::SignedIn;
using testing::TestServer;

// One TCP connection, spoken to as raw bytes.
class Raw {
 public:
  explicit Raw(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  }
  ~Raw() { close(fd_); }
  bool connected() const { return connected_; }
  bool Send(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }
  bool Readable(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    return poll(&p, 1, timeout_ms) > 0;
  }
  // Everything until the server closes or `timeout_ms` passes without a byte.
  std::string ReadAll(int timeout_ms = 5000) {
    std::string out;
    char buffer[65536];
    while (Readable(timeout_ms)) {
      const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      out.append(buffer, static_cast<size_t>(n));
    }
    return out;
  }
  // Whether the server closed the connection (end of stream within `timeout_ms`, no byte).
  bool ClosedByServer(int timeout_ms) {
    char c;
    return Readable(timeout_ms) && recv(fd_, &c, 1, 0) == 0;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

std::string Get(int port, const std::string& path, const std::string& headers = "", const std::string& method = "GET",
                const std::string& body = "") {
  Raw raw(port);
  raw.Send(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "\r\n" + body);
  return raw.ReadAll();
}

std::string StatusLine(const std::string& response) { return response.substr(0, response.find("\r\n")); }
std::string Head(const std::string& response) { return response.substr(0, response.find("\r\n\r\n") + 2); }
std::string Body(const std::string& response) { return response.substr(response.find("\r\n\r\n") + 4); }
std::string Header(const std::string& response, const std::string& name) {
  const std::string head = Head(response);
  const size_t at = head.find("\r\n" + name + ": ");
  if (at == std::string::npos) return "";
  const size_t start = at + name.size() + 4;
  return head.substr(start, head.find("\r\n", start) - start);
}

long ResidentKb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

TEST(HttpServer, MalformedRequestsUnknownMethodsAndHead) {
  TestServer server("sqlite");
  auto r = Get(server.port(), "/%zz");
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 400 Bad Request");
  EXPECT_THAT(Body(r), HasSubstr("This address is not well-formed"));
  r = Get(server.port(), "/editions/24", "", "DELETE");
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 405 Method Not Allowed");
  EXPECT_EQ(Header(r, "Allow"), "GET, HEAD");
  r = Get(server.port(), "/sign-in/link/request", "", "GET");
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 405 Method Not Allowed");
  EXPECT_EQ(Header(r, "Allow"), "POST");
  EXPECT_EQ(StatusLine(Get(server.port(), "/no/such/page")), "HTTP/1.1 404 Not Found");
  const auto get = Get(server.port(), "/editions/24");
  const auto head = Get(server.port(), "/editions/24", "", "HEAD");
  EXPECT_EQ(StatusLine(head), "HTTP/1.1 200 OK");
  EXPECT_EQ(Header(head, "Content-Length"), std::to_string(Body(get).size()));
  EXPECT_EQ(Body(head), "");
  // A line that is not HTTP at all.
  Raw raw(server.port());
  raw.Send("HELLO\r\n\r\n");
  EXPECT_THAT(StatusLine(raw.ReadAll()), StartsWith("HTTP/1.1 400"));
}

TEST(HttpServer, TheCsrfTokenCountsOnlyInTheBody) {
  TestServer server("sqlite");
  Client c(server.port());
  c.Get("/sign-in");
  const std::string token = c.csrf();
  auto r = c.Post("/sign-in?csrf=" + token, {{"email", "secretariat@asef.example"}, {"password", "x"}}, false);
  EXPECT_EQ(r.status, 403);
  EXPECT_THAT(r.body, HasSubstr("This form has expired"));
  r = c.Post("/sign-in", {{"email", "secretariat@asef.example"}, {"password", "x"}});
  EXPECT_EQ(r.status, 401);
}

// Behind nginx (docs/DEPLOYMENT.md): the client is the last X-Forwarded-For entry, so the
// sign-in limit per address is per client, not shared by everyone behind the proxy.
TEST(HttpServer, BehindTheTrustedProxyTheLimitIsPerForwardedClient) {
  TestServer server("sqlite", {{"PLENARY_TRUSTED_PROXY", "127.0.0.1"}});
  const auto sign_in = Get(server.port(), "/sign-in");
  const std::string cookie = Header(sign_in, "Set-Cookie");
  const std::string token = cookie.substr(13, cookie.find(';') - 13);
  const auto attempt = [&](const std::string& forwarded, int n) {
    const std::string body = "csrf=" + token + "&email=person" + std::to_string(n) + "%40example.org&password=x";
    return StatusLine(Get(server.port(), "/sign-in",
                          "Cookie: plenary_csrf=" + token + "\r\nX-Forwarded-For: " + forwarded +
                              "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                              std::to_string(body.size()) + "\r\n",
                          "POST", body));
  };
  for (int i = 0; i < 20; ++i) EXPECT_EQ(attempt("203.0.113.9, 10.0.0.1", i), "HTTP/1.1 401 Unauthorized");
  EXPECT_EQ(attempt("198.51.100.1, 10.0.0.1", 20), "HTTP/1.1 429 Too Many Requests");  // the same last entry
  EXPECT_EQ(attempt("10.0.0.2", 21), "HTTP/1.1 401 Unauthorized");
}

TEST(HttpServer, PublicFeedsRevalidateCompressAndSetNoCookie) {
  TestServer server("sqlite");
  const auto ics = Get(server.port(), "/editions/24/programme.ics");
  EXPECT_EQ(StatusLine(ics), "HTTP/1.1 200 OK");
  const std::string tag = Header(ics, "ETag");
  EXPECT_EQ(tag.size(), 34u) << tag;
  EXPECT_NE(Header(ics, "Last-Modified"), "");
  EXPECT_EQ(Header(ics, "Cache-Control"), "no-cache");
  EXPECT_EQ(Header(ics, "Access-Control-Allow-Origin"), "*");
  EXPECT_THAT(Head(ics), Not(HasSubstr("Set-Cookie")));
  // Unchanged: 304 and no body, by tag or by date.
  const auto again = Get(server.port(), "/editions/24/programme.ics", "If-None-Match: " + tag + "\r\n");
  EXPECT_EQ(StatusLine(again), "HTTP/1.1 304 Not Modified");
  EXPECT_EQ(Body(again), "");
  const auto since = Get(server.port(), "/editions/24/programme.ics",
                         "If-Modified-Since: " + Header(ics, "Last-Modified") + "\r\n");
  EXPECT_EQ(StatusLine(since), "HTTP/1.1 304 Not Modified");
  // Compressed when asked, with a tag of its own that still revalidates.
  const auto gz = Get(server.port(), "/editions/24/programme.ics", "Accept-Encoding: gzip, deflate\r\n");
  EXPECT_EQ(Header(gz, "Content-Encoding"), "gzip");
  EXPECT_EQ(Header(gz, "Vary"), "Accept-Encoding");
  EXPECT_EQ(Header(gz, "ETag"), tag.substr(0, tag.size() - 1) + "-gzip\"");
  std::istringstream compressed(Body(gz));
  Poco::InflatingInputStream inflate(compressed, Poco::InflatingStreamBuf::STREAM_GZIP);
  std::string plain((std::istreambuf_iterator<char>(inflate)), std::istreambuf_iterator<char>());
  EXPECT_EQ(plain, Body(ics));
  EXPECT_LT(Body(gz).size(), Body(ics).size() / 2);
  EXPECT_EQ(StatusLine(Get(server.port(), "/editions/24/programme.ics",
                           "Accept-Encoding: gzip\r\nIf-None-Match: " + Header(gz, "ETag") + "\r\n")),
            "HTTP/1.1 304 Not Modified");
  // Static files and public pages: no cookie; a form's page sets its token and is not kept.
  const auto css = Get(server.port(), "/static/site.css");
  EXPECT_THAT(Head(css), Not(HasSubstr("Set-Cookie")));
  EXPECT_EQ(Header(css, "Cache-Control"), "public, max-age=3600");
  EXPECT_THAT(Head(Get(server.port(), "/")), Not(HasSubstr("Set-Cookie")));
  const auto sign_in = Get(server.port(), "/sign-in");
  EXPECT_THAT(Header(sign_in, "Set-Cookie"), StartsWith("plenary_csrf="));
  EXPECT_EQ(Header(sign_in, "Cache-Control"), "no-store");
}

TEST(HttpServer, PersonalPagesAreNotKeptAndPrivateFeedsAreNotShared) {
  TestServer server("sqlite");
  Client c = SignedIn(server, "participant@example.org");
  const auto me = c.Get("/me");
  EXPECT_EQ(me.status, 200);
  const auto home = c.Get("/");  // public, but it names who is signed in
  EXPECT_EQ(home.status, 200);
  const auto calendar = c.Post("/editions/24/my-programme/calendar", {});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(calendar.body, m, std::regex(R"((/calendar/[A-Za-z0-9_-]+\.ics))"))) << calendar.body;
  const auto feed = Get(server.port(), m[1].str());
  EXPECT_EQ(StatusLine(feed), "HTTP/1.1 200 OK");
  EXPECT_EQ(Header(feed, "Access-Control-Allow-Origin"), "");
  EXPECT_EQ(Header(feed, "Cache-Control"), "private, no-store");
  EXPECT_EQ(Header(feed, "ETag"), "");
  // Raw requests with the browser's cookies, to read the headers.
  std::string cookies;
  for (const auto& [k, v] : c.cookies()) cookies += (cookies.empty() ? "" : "; ") + k + "=" + v;
  for (const std::string path : {"/me", "/", "/editions/24/me"}) {
    const auto r = Get(server.port(), path, "Cookie: " + cookies + "\r\n");
    EXPECT_EQ(Header(r, "Cache-Control"), "no-store") << path;
    EXPECT_EQ(Header(r, "ETag"), "") << path;
  }
}

TEST(HttpServer, BodiesThatNeverEndGet413AndMemoryStaysBounded) {
  TestServer server("sqlite");
  const long before = ResidentKb(server.pid());
  ASSERT_GT(before, 0);
  std::atomic<long> peak = before;
  std::atomic<bool> done = false;
  std::thread sampler([&] {
    while (!done) {
      peak = std::max(peak.load(), ResidentKb(server.pid()));
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  std::vector<std::string> statuses(20);
  std::vector<std::thread> clients;
  for (int i = 0; i < 20; ++i) {
    clients.emplace_back([&, i] {
      Raw raw(server.port());
      // Chunked, so there is no Content-Length to refuse in advance; half the clients send one
      // endless urlencoded field, half an endless multipart field.
      const bool multipart = i % 2 == 1;
      std::string head = "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n";
      head += multipart ? "Content-Type: multipart/form-data; boundary=b\r\n\r\n"
                        : "Content-Type: application/x-www-form-urlencoded\r\n\r\n";
      raw.Send(head);
      std::string first = multipart ? "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n" : "email=";
      raw.Send([&] {
        std::ostringstream chunk;
        chunk << std::hex << first.size() << "\r\n" << first << "\r\n";
        return chunk.str();
      }());
      const std::string data(64 * 1024, 'a');
      std::ostringstream chunk;
      chunk << std::hex << data.size() << "\r\n" << data << "\r\n";
      const std::string piece = chunk.str();
      for (int sent = 0; sent < 1600 && !raw.Readable(0); ++sent) {  // at most 100 MB
        if (!raw.Send(piece)) break;
      }
      statuses[i] = StatusLine(raw.ReadAll(10000));
    });
  }
  for (auto& t : clients) t.join();
  done = true;
  sampler.join();
  for (int i = 0; i < 20; ++i) EXPECT_EQ(statuses[i], "HTTP/1.1 413 Request Entity Too Large") << "client " << i;
  // 20 bodies of up to 1 MB (a field) or 2 MB (a form) each; before, three took 1.1 GB.
  EXPECT_LT(peak - before, 150 * 1024) << "resident memory grew from " << before << " kB to " << peak << " kB";
  std::cout << "resident memory: " << before << " kB before, at most " << peak << " kB during 20 endless bodies\n";
  // The server still answers.
  EXPECT_EQ(StatusLine(Get(server.port(), "/")), "HTTP/1.1 200 OK");
}

TEST(HttpServer, SixtyFourSlowClientsDoNotStopTheServerAnsweringOthers) {
  TestServer server("sqlite");
  std::vector<std::unique_ptr<Raw>> slow;
  for (int i = 0; i < 64; ++i) {
    slow.push_back(std::make_unique<Raw>(server.port()));
    ASSERT_TRUE(slow.back()->connected());
    slow.back()->Send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");  // the header never ends
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (int round = 0; round < 3; ++round) {
    for (auto& s : slow) s->Send("X-Slow: " + std::to_string(round) + "\r\n");
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(StatusLine(Get(server.port(), "/editions/24")), "HTTP/1.1 200 OK");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  }
  // A header that takes too long loses its connection (the deadline is 15 s).
  std::this_thread::sleep_for(std::chrono::seconds(16));
  for (auto& s : slow) EXPECT_TRUE(s->ClosedByServer(2000));
}

}  // namespace
}  // namespace plenary::web
