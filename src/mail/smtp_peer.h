// For tests only (header-only): real SMTP servers on loopback, run from tests/mail: an aiosmtpd
// peer that records every message it accepts and refuses "reject*" recipients (SmtpPeer), and
// the Python helpers behind a private Postfix and a STARTTLS+AUTH peer (PythonPeer).
#pragma once

#include <fcntl.h>
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

// A Python helper under tests/mail run as a child: it prints "ready" when it listens and stops
// when its stdin closes (or on SIGTERM).
class PythonPeer {
 public:
  PythonPeer() = default;
  PythonPeer(const PythonPeer&) = delete;
  PythonPeer& operator=(const PythonPeer&) = delete;
  ~PythonPeer() { Stop(); }

  void Start(const std::string& script, const std::vector<std::string>& args) {
    int out[2], in[2];
    // Close-on-exec: no other child may hold these pipes open.
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(in, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
    const std::string path = std::string(PLENARY_SOURCE_DIR) + "/tests/mail/" + script;
    std::vector<std::string> argv_strings = {"/usr/bin/python3", path};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_strings) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      dup2(in[0], STDIN_FILENO);
      execv("/usr/bin/python3", argv.data());
      _exit(127);
    }
    close(out[1]);
    close(in[0]);
    stdin_ = in[1];
    // Read the whole "ready\n" line: closing the pipe before the newline is written would
    // kill the peer with SIGPIPE.
    char c = 0;
    std::string line;
    while (read(out[0], &c, 1) == 1 && c != '\n') line.push_back(c);
    close(out[0]);
    if (line != "ready") throw std::runtime_error(script + " did not start: " + line);
  }

  void Stop() {
    if (pid_ <= 0) return;
    close(stdin_);
    for (int i = 0; i < 100; ++i) {  // up to 5 s to stop cleanly (Postfix takes a moment)
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
  int stdin_ = -1;
};

// tests/mail/recording_smtpd.py: aiosmtpd that records every message to a JSON-lines file.
class SmtpPeer {
 public:
  explicit SmtpPeer(int port = FreePort()) : port_(port) {
    path_ = (std::filesystem::temp_directory_path() / ("plenary-smtp-" + std::to_string(port_) + "-" +
                                                       std::to_string(getpid()) + ".jsonl")).string();
    std::filesystem::remove(path_);
  }

  void Start() { process_.Start("recording_smtpd.py", {std::to_string(port_), path_}); }
  void Stop() { process_.Stop(); }

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
  PythonPeer process_;
};

}  // namespace plenary::mail::testing
