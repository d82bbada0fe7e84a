// Configuration: defaults, then a TOML file (--config PATH or PLENARY_CONFIG), then
// environment variables, then command-line options; later sources win. docs/CONFIGURATION.md
// lists every key.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "domain/core/clock.h"
#include "domain/core/status.h"

namespace plenary::app {

struct Config {
  std::string db = "sqlite:data/plenary.sqlite";
  std::string listen = "127.0.0.1:8080";
  std::string base_url;  // default: http://LISTEN
  int threads = 16;
  bool secure_cookies = false;
  std::string trusted_proxy;  // the load balancer's address (docs/DEPLOYMENT.md)
  long long max_upload_mb = 20;
  int invitation_days = 30;
  std::string smtp_host = "127.0.0.1";
  int smtp_port = 25;
  std::string mail_from = "Plenary <no-reply@plenary.invalid>";
  std::string smtp_security = "none";  // "starttls": never send without TLS
  std::string smtp_ca_file;
  std::string smtp_user;
  std::string smtp_password;
  std::string message_id_domain;  // default: the domain of mail_from
  bool mail_worker = true;
  int mail_retry_seconds = 30;  // the first retry delay; doubled after each failure
  int mail_poll_ms = 1000;
  int privacy_retention_days = 365;  // personal data is anonymised this long after an edition ends
  // "2027-06-01T09:30" (UTC): the server's clock stands at that minute, for tests and for
  // rehearsing a date (deadlines, reminders, the purge); empty: the machine's clock.
  std::string clock_now;

  std::string BaseUrl() const { return base_url.empty() ? "http://" + listen : base_url; }
};

// `env` maps variable names to values (the process environment in production, a map in tests).
// The error names the file, the key and what is wrong.
Result<Config> LoadConfig(const std::optional<std::string>& toml_path,
                          const std::map<std::string, std::string>& env);
std::map<std::string, std::string> ProcessEnvironment();

// The clock every command hands down: the machine's, or one standing at `clock_now`.
std::unique_ptr<Clock> ClockOf(const Config& config);

}  // namespace plenary::app
