// Sends one message over SMTP with Poco's client: EHLO, STARTTLS and AUTH when configured (a
// secretariat sends through its organisation's relay), then the envelope and the message that
// mail/message.h renders. The answer says whether a failure is worth retrying (connection
// trouble, 4xx) or final (5xx: the server refused the message).
#pragma once

#include <string>

#include "mail/message.h"
#include "store/core/outbox_store.h"

namespace plenary::mail {

enum class SmtpSecurity { kNone, kStartTls };

struct SmtpSettings {
  std::string host = "127.0.0.1";
  int port = 25;
  std::string from = "Plenary <no-reply@plenary.invalid>";
  int timeout_seconds = 20;
  SmtpSecurity security = SmtpSecurity::kNone;  // kStartTls: refuse to send without TLS
  std::string ca_file;  // certificates to trust beside the system's (a private relay's CA)
  std::string user;     // AUTH (PLAIN or LOGIN, whichever the relay offers) when not empty
  std::string password;
  std::string message_id_domain;  // default: the domain of `from`
};

enum class SendOutcome { kSent, kTemporaryFailure, kPermanentFailure };

struct SendResult {
  SendOutcome outcome;
  std::string detail;  // the server's answer or the connection error
};

// The outbox row as a message from the configured sender. `now` dates it.
Message MessageOf(const SmtpSettings& settings, const store::OutgoingMail& mail, UtcSeconds now);

SendResult SendOverSmtp(const SmtpSettings& settings, const Message& message);

}  // namespace plenary::mail
