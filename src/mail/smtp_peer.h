// For tests only (header-only): a real SMTP server on loopback (tests/mail/recording_smtpd.py,
// aiosmtpd) that records every message it accepts to a file and refuses "reject*" recipients.
#pragma once

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace plenary::mail::testing {

inline int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

class SmtpPeer {
 public:
  explicit SmtpPeer(int port = FreePort()) : port_(port) {
    path_ = (std::filesystem::temp_directory_path() / ("plenary-smtp-" + std::to_string(port_) + "-" +
                                                       std::to_string(getpid()) + ".jsonl")).string();
    std::filesystem::remove(path_);
  }
  ~SmtpPeer() { Stop(); }

  void Start() {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      const std::string script = std::string(PLENARY_SOURCE_DIR) + "/tests/mail/recording_smtpd.py";
      const std::string port = std::to_string(port_);
      execl("/usr/bin/python3", "/usr/bin/python3", script.c_str(), port.c_str(), path_.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    // Read the whole "ready\n" line: closing the pipe before the newline is written would
    // kill the peer with SIGPIPE.
    char c = 0;
    std::string line;
    while (read(out[0], &c, 1) == 1 && c != '\n') line.push_back(c);
    close(out[0]);
    if (line != "ready") throw std::runtime_error("the SMTP peer did not start: " + line);
  }

  void Stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

  int port() const { return port_; }

  // Every message accepted so far, one raw JSON line each.
  std::vector<std::string> Messages() const {
    std::vector<std::string> out;
    std::ifstream in(path_);
    std::string line;
    while (std::getline(in, line)) out.push_back(line);
    return out;
  }

  // A recorded message's text as a mail reader shows it (decoded from quoted-printable).
  static std::string TextOf(const std::string& line) { return nlohmann::json::parse(line).at("text"); }
  static std::string SubjectOf(const std::string& line) { return nlohmann::json::parse(line).at("subject"); }
  static std::string ToHeaderOf(const std::string& line) { return nlohmann::json::parse(line).at("to_header"); }

  // Waits up to `seconds` until at least `count` messages arrived.
  std::vector<std::string> WaitFor(size_t count, int seconds = 15) const {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
      auto m = Messages();
      if (m.size() >= count) return m;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return Messages();
  }

 private:
  int port_;
  std::string path_;
  pid_t pid_ = -1;
};

}  // namespace plenary::mail::testing
