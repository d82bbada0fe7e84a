#include "app/config.h"

#include <toml++/toml.h>

#include <cstdlib>

#include "domain/core/zoned_time.h"
#include "mail/message.h"

extern char** environ;

namespace plenary::app {
namespace {

std::optional<UtcSeconds> ParseClockNow(std::string_view text) {
  auto local = ParseLocalDateTime(text);
  if (!local) return std::nullopt;
  auto utc = ToUtc(*local, "UTC");
  if (!utc) return std::nullopt;
  return *utc;
}

Status ApplyToml(Config& c, const std::string& path) {
  toml::table t;
  try {
    t = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return Error::Invalid("configuration file " + path + ", line " +
                          std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
  }
  auto str = [&](std::string_view key, std::string& out) -> Status {
    auto node = t.at_path(key);
    if (!node) return OkStatus();
    if (!node.is_string()) return Error::Invalid("configuration file " + path + ": " + std::string(key) + " must be a string");
    out = *node.value<std::string>();
    return OkStatus();
  };
  auto integer = [&](std::string_view key, auto& out) -> Status {
    auto node = t.at_path(key);
    if (!node) return OkStatus();
    if (!node.is_integer()) return Error::Invalid("configuration file " + path + ": " + std::string(key) + " must be a whole number");
    out = static_cast<std::remove_reference_t<decltype(out)>>(*node.value<long long>());
    return OkStatus();
  };
  auto boolean = [&](std::string_view key, bool& out) -> Status {
    auto node = t.at_path(key);
    if (!node) return OkStatus();
    if (!node.is_boolean()) return Error::Invalid("configuration file " + path + ": " + std::string(key) + " must be true or false");
    out = *node.value<bool>();
    return OkStatus();
  };
  for (auto status : {str("database.url", c.db), str("server.listen", c.listen), str("server.base_url", c.base_url),
                      integer("server.threads", c.threads), boolean("server.secure_cookies", c.secure_cookies),
                      str("server.trusted_proxy", c.trusted_proxy),
                      integer("uploads.max_mb", c.max_upload_mb), integer("invitations.valid_days", c.invitation_days),
                      str("mail.smtp_host", c.smtp_host),
                      integer("mail.smtp_port", c.smtp_port), str("mail.from", c.mail_from),
                      str("mail.smtp_security", c.smtp_security), str("mail.smtp_ca_file", c.smtp_ca_file),
                      str("mail.smtp_user", c.smtp_user), str("mail.smtp_password", c.smtp_password),
                      str("mail.message_id_domain", c.message_id_domain),
                      boolean("mail.worker", c.mail_worker), integer("mail.retry_seconds", c.mail_retry_seconds),
                      integer("mail.poll_ms", c.mail_poll_ms),
                      integer("privacy.retention_days", c.privacy_retention_days),
                      str("clock.now", c.clock_now)}) {
    if (!status) return status;
  }
  return OkStatus();
}

Status ApplyEnv(Config& c, const std::map<std::string, std::string>& env) {
  auto get = [&](const char* name) -> const std::string* {
    auto it = env.find(name);
    return it == env.end() || it->second.empty() ? nullptr : &it->second;
  };
  auto number = [&](const char* name, auto& out) -> Status {
    if (const auto* v = get(name)) {
      try {
        size_t used = 0;
        long long n = std::stoll(*v, &used);
        if (used != v->size()) throw std::invalid_argument(*v);
        out = static_cast<std::remove_reference_t<decltype(out)>>(n);
      } catch (const std::exception&) {
        return Error::Invalid(std::string(name) + "='" + *v + "' must be a whole number");
      }
    }
    return OkStatus();
  };
  auto flag = [&](const char* name, bool& out) -> Status {
    if (const auto* v = get(name)) {
      if (*v != "true" && *v != "false" && *v != "1" && *v != "0") {
        return Error::Invalid(std::string(name) + "='" + *v + "' must be true or false");
      }
      out = *v == "true" || *v == "1";
    }
    return OkStatus();
  };
  if (const auto* v = get("PLENARY_DB")) c.db = *v;
  if (const auto* v = get("PLENARY_LISTEN")) c.listen = *v;
  if (const auto* v = get("PLENARY_BASE_URL")) c.base_url = *v;
  if (const auto* v = get("PLENARY_SMTP_HOST")) c.smtp_host = *v;
  if (const auto* v = get("PLENARY_TRUSTED_PROXY")) c.trusted_proxy = *v;
  if (const auto* v = get("PLENARY_MAIL_FROM")) c.mail_from = *v;
  if (const auto* v = get("PLENARY_SMTP_SECURITY")) c.smtp_security = *v;
  if (const auto* v = get("PLENARY_SMTP_CA_FILE")) c.smtp_ca_file = *v;
  if (const auto* v = get("PLENARY_SMTP_USER")) c.smtp_user = *v;
  if (const auto* v = get("PLENARY_SMTP_PASSWORD")) c.smtp_password = *v;
  if (const auto* v = get("PLENARY_MESSAGE_ID_DOMAIN")) c.message_id_domain = *v;
  if (const auto* v = get("PLENARY_CLOCK_NOW")) c.clock_now = *v;
  for (auto status : {number("PLENARY_THREADS", c.threads), number("PLENARY_MAX_UPLOAD_MB", c.max_upload_mb),
                      number("PLENARY_INVITATION_DAYS", c.invitation_days),
                      number("PLENARY_SMTP_PORT", c.smtp_port), flag("PLENARY_SECURE_COOKIES", c.secure_cookies),
                      flag("PLENARY_MAIL_WORKER", c.mail_worker), number("PLENARY_MAIL_RETRY_SECONDS", c.mail_retry_seconds),
                      number("PLENARY_MAIL_POLL_MS", c.mail_poll_ms),
                      number("PLENARY_PRIVACY_RETENTION_DAYS", c.privacy_retention_days)}) {
    if (!status) return status;
  }
  return OkStatus();
}

}  // namespace

Result<Config> LoadConfig(const std::optional<std::string>& toml_path, const std::map<std::string, std::string>& env) {
  Config c;
  std::optional<std::string> path = toml_path;
  if (!path) {
    auto it = env.find("PLENARY_CONFIG");
    if (it != env.end() && !it->second.empty()) path = it->second;
  }
  if (path) {
    if (auto s = ApplyToml(c, *path); !s) return s.error();
  }
  if (auto s = ApplyEnv(c, env); !s) return s.error();
  if (c.max_upload_mb < 1 || c.max_upload_mb > 1024) return Error::Invalid("uploads.max_mb must be between 1 and 1024");
  if (c.privacy_retention_days < 0 || c.privacy_retention_days > 36500) {
    return Error::Invalid("privacy.retention_days must be between 0 and 36500 (days after an edition ends)");
  }
  if (c.invitation_days < 1 || c.invitation_days > 365) return Error::Invalid("invitations.valid_days must be between 1 and 365");
  if (c.smtp_security != "none" && c.smtp_security != "starttls") {
    return Error::Invalid("mail.smtp_security '" + c.smtp_security + "' must be none or starttls");
  }
  std::string why;
  if (!mail::ParseMailbox(c.mail_from, &why)) {
    return Error::Invalid("mail.from '" + c.mail_from + "': " + why + " (write Name <address@domain>)");
  }
  if (c.threads < 2 || c.threads > 256) return Error::Invalid("server.threads must be between 2 and 256");
  if (!c.clock_now.empty() && !ParseClockNow(c.clock_now)) {
    return Error::Invalid("clock.now '" + c.clock_now + "' must be a UTC time such as 2027-06-01T09:30, or empty");
  }
  return c;
}

std::unique_ptr<Clock> ClockOf(const Config& config) {
  if (config.clock_now.empty()) return std::make_unique<SystemClock>();
  return std::make_unique<FixedClock>(*ParseClockNow(config.clock_now));
}

std::map<std::string, std::string> ProcessEnvironment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  return env;
}

}  // namespace plenary::app
