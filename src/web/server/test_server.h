// For tests only (header-only): a real `plenary serve` process on loopback against a fresh
// database (SQLite or the test PostgreSQL), loaded with the demo, and a small HTTP client
// that keeps cookies like a browser.
#pragma once

#include <gtest/gtest.h>

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/StreamCopier.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "store/core/scratch_database.h"

namespace plenary::web::testing {

// Runs a command to completion and returns its standard output.
inline std::string RunCommand(const std::vector<std::string>& argv, int* exit_code = nullptr) {
  std::string command;
  for (const auto& a : argv) command += "'" + a + "' ";
  command += "2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
  const int status = pclose(pipe);
  if (exit_code) *exit_code = WEXITSTATUS(status);
  return out;
}

// The base of web tests that run once on SQLite and once on the test PostgreSQL cluster; the
// PostgreSQL run is skipped when PLENARY_TEST_PG_URL is not set (outside ctest). A fixture
// with more to set up calls this SetUp first and returns when IsSkipped().
class ServerTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql" && !store::TestPostgresUrl()) GTEST_SKIP() << "PLENARY_TEST_PG_URL not set";
  }
};

class TestServer {
 public:
  TestServer(const std::string& dialect, const std::map<std::string, std::string>& env = {}) {
    db_url_ = store::ScratchDatabaseUrl(dialect);
    int code = 0;
    const std::string demo = RunCommand({PLENARY_BINARY, "demo", "--db", db_url_, "--registration-open"}, &code);
    if (code != 0) throw std::runtime_error("plenary demo failed: " + demo);
    Launch(env);
  }
  ~TestServer() { Stop(); }

  void Launch(const std::map<std::string, std::string>& env) {
    if (auto clock = env.find("PLENARY_CLOCK_NOW"); clock != env.end()) clock_now_ = clock->second;
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
      execl(PLENARY_BINARY, PLENARY_BINARY, "serve", "--db", db_url_.c_str(), "--listen", "127.0.0.1:0",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    FILE* stream = fdopen(out[0], "r");
    char line[1024];
    if (!fgets(line, sizeof line, stream)) throw std::runtime_error("plenary serve printed nothing");
    std::smatch m;
    const std::string text(line);
    if (!std::regex_search(text, m, std::regex(R"(http://127\.0\.0\.1:(\d+)/)"))) {
      throw std::runtime_error("unexpected first line from plenary serve: " + text);
    }
    port_ = std::stoi(m[1]);
    output_ = stream;
  }

  // SIGTERM and wait; `kill9` stops it as a crash would.
  void Stop(bool kill9 = false) {
    if (pid_ <= 0) return;
    kill(pid_, kill9 ? SIGKILL : SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    if (output_) fclose(output_);
    output_ = nullptr;
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& db_url() const { return db_url_; }

  // A link made on the server's clock (PLENARY_CLOCK_NOW when the test set one), so it has not
  // expired for the server that checks it.
  std::string SignInLink(const std::string& email) const {
    int code = 0;
    std::vector<std::string> argv = {PLENARY_BINARY, "sign-in-link", "--db", db_url_, "--email", email,
                                     "--base-url", "http://127.0.0.1:" + std::to_string(port_)};
    if (!clock_now_.empty()) argv.insert(argv.begin(), {"/usr/bin/env", "PLENARY_CLOCK_NOW=" + clock_now_});
    std::string out = RunCommand(argv, &code);
    if (code != 0) throw std::runtime_error("sign-in-link failed: " + out);
    return out.substr(0, out.find('\n'));
  }

 private:
  std::string db_url_;
  std::string clock_now_;
  pid_t pid_ = -1;
  int port_ = 0;
  FILE* output_ = nullptr;
};

struct HttpResult {
  int status = 0;
  std::string body;
  std::string location;
  std::vector<std::string> set_cookies;
};

struct FilePart {
  std::string field, filename, content_type, content;
};

// Keeps cookies and the last page's CSRF token, as a browser would.
class Client {
 public:
  explicit Client(int port) : port_(port) {}

  HttpResult Get(const std::string& path) { return Send(Poco::Net::HTTPRequest::HTTP_GET, path, nullptr); }

  HttpResult Post(const std::string& path, std::vector<std::pair<std::string, std::string>> fields,
                  bool add_csrf = true) {
    Poco::Net::HTMLForm form;
    if (add_csrf) form.set("csrf", csrf_);
    for (const auto& [k, v] : fields) form.add(k, v);
    return Send(Poco::Net::HTTPRequest::HTTP_POST, path, &form);
  }

  HttpResult PostMultipart(const std::string& path, std::vector<std::pair<std::string, std::string>> fields,
                           const std::vector<FilePart>& files) {
    Poco::Net::HTMLForm form(Poco::Net::HTMLForm::ENCODING_MULTIPART);
    form.set("csrf", csrf_);
    for (const auto& [k, v] : fields) form.add(k, v);
    for (const auto& f : files) {
      form.addPart(f.field, new Poco::Net::StringPartSource(f.content, f.content_type, f.filename));
    }
    return Send(Poco::Net::HTTPRequest::HTTP_POST, path, &form);
  }

  // Follows a sign-in link: GET shows the button, POST signs in.
  HttpResult SignInWith(const std::string& link) {
    const std::string path = link.substr(link.find("/sign-in/link"));
    Get(path);
    const std::string token = path.substr(path.find("token=") + 6);
    return Post("/sign-in/link", {{"token", token}});
  }

  const std::string& csrf() const { return csrf_; }
  void set_csrf(std::string token) { csrf_ = std::move(token); }
  std::map<std::string, std::string>& cookies() { return cookies_; }

 private:
  HttpResult Send(const std::string& method, const std::string& path, Poco::Net::HTMLForm* form) {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::NameValueCollection jar;
    for (const auto& [k, v] : cookies_) jar.add(k, v);
    if (!jar.empty()) request.setCookies(jar);
    if (form) {
      form->prepareSubmit(request);
      form->write(session.sendRequest(request));
    } else {
      session.sendRequest(request);
    }
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpResult result;
    result.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, result.body);
    result.location = response.get("Location", "");
    for (const auto& [k, v] : response) {
      if (Poco::icompare(k, "Set-Cookie") == 0) result.set_cookies.push_back(v);
    }
    std::vector<Poco::Net::HTTPCookie> cookies;
    response.getCookies(cookies);
    for (const auto& c : cookies) {
      if (c.getMaxAge() == 0) {
        cookies_.erase(c.getName());
      } else {
        cookies_[c.getName()] = c.getValue();
      }
    }
    std::smatch m;
    if (std::regex_search(result.body, m, std::regex(R"rx(name="csrf" value="([^"]+)")rx"))) csrf_ = m[1];
    return result;
  }

  int port_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_;
};

inline bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// How many times needle occurs in text (overlapping occurrences count).
inline int Count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// A client signed in as the account with this e-mail through a one-time link (and holding the
// CSRF token of /me).
inline Client SignedIn(TestServer& server, const std::string& email = "secretariat@asef.example") {
  Client c(server.port());
  EXPECT_EQ(c.SignInWith(server.SignInLink(email)).status, 303);
  c.Get("/me");
  return c;
}

}  // namespace plenary::web::testing
