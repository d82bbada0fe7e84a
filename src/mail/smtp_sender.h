// Sends one message over SMTP with Poco's client. The answer says whether the failure is
// worth retrying (connection trouble, 4xx) or final (5xx: the server refused the message).
#pragma once

#include <string>

#include "store/core/outbox_store.h"

namespace plenary::mail {

struct SmtpSettings {
  std::string host = "127.0.0.1";
  int port = 25;
  std::string from = "Plenary <no-reply@plenary.invalid>";
  int timeout_seconds = 20;
};

enum class SendOutcome { kSent, kTemporaryFailure, kPermanentFailure };

struct SendResult {
  SendOutcome outcome;
  std::string detail;  // the server's answer or the connection error
};

SendResult SendOverSmtp(const SmtpSettings& settings, const store::OutgoingMail& mail);

}  // namespace plenary::mail
