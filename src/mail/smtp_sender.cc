#include "mail/smtp_sender.h"

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureSMTPClientSession.h>

#include <mutex>
#include <sstream>

#include "store/core/credentials.h"

namespace plenary::mail {
namespace {

// Poco reports the server's reply in the exception message ("... 550 5.1.1 unknown user").
SendOutcome Classify(const std::string& reply) {
  for (size_t i = 0; i + 2 < reply.size(); ++i) {
    const bool at_word = i == 0 || reply[i - 1] == ' ' || reply[i - 1] == ':';
    if (at_word && (reply[i] == '4' || reply[i] == '5') && std::isdigit(static_cast<unsigned char>(reply[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(reply[i + 2]))) {
      return reply[i] == '5' ? SendOutcome::kPermanentFailure : SendOutcome::kTemporaryFailure;
    }
  }
  return SendOutcome::kTemporaryFailure;
}

// The relay's certificate is checked against the system's CAs (and `ca_file`), and its name
// against the configured host; a certificate that fails is refused, never asked about.
Poco::Net::Context::Ptr TlsContext(const SmtpSettings& settings) {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> reject = new Poco::Net::RejectCertificateHandler(false);
    Poco::Net::Context::Ptr unused = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "");
    Poco::Net::SSLManager::instance().initializeClient(nullptr, reject, unused);
  });
  return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", settings.ca_file,
                                Poco::Net::Context::VERIFY_RELAXED, 9, true);
}

std::string DomainOf(const std::string& address) {
  const size_t at = address.rfind('@');
  return at == std::string::npos ? "plenary.invalid" : address.substr(at + 1);
}

// The relay's answer to EHLO names the extensions it offers, one per line after the first.
bool Offers(const std::string& ehlo_reply, std::string_view extension) {
  std::istringstream lines(ehlo_reply);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() < 4) continue;
    std::string word = line.substr(4, line.find_first_of(" \r", 4) - 4);
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (word == extension) return true;
  }
  return false;
}

}  // namespace

Message MessageOf(const SmtpSettings& settings, const store::OutgoingMail& mail, UtcSeconds now) {
  Message message;
  if (auto from = ParseMailbox(settings.from)) message.from = *from;
  message.to = {mail.to_name, mail.to_address};
  message.subject = mail.subject;
  message.body_text = mail.body_text;
  message.date = now;
  const std::string domain =
      settings.message_id_domain.empty() ? DomainOf(message.from.address) : settings.message_id_domain;
  // The token is drawn when the message is queued, so every attempt carries the same id.
  const std::string token = mail.message_token.empty() ? store::RandomToken() : mail.message_token;
  message.message_id = token + "@" + domain;
  return message;
}

SendResult SendOverSmtp(const SmtpSettings& settings, const Message& message) {
  std::string why;
  if (!ParseMailbox(message.to.address, &why)) return {SendOutcome::kPermanentFailure, "recipient: " + why};
  if (!ParseMailbox(message.from.address, &why)) return {SendOutcome::kPermanentFailure, "mail.from: " + why};
  try {
    Poco::Net::SecureSMTPClientSession session(settings.host, static_cast<Poco::UInt16>(settings.port));
    session.setTimeout(Poco::Timespan(settings.timeout_seconds, 0));
    session.open();
    std::string reply;
    const std::string ehlo = "EHLO " + DomainOf(message.from.address);
    if (session.sendCommand(ehlo, reply) / 100 != 2) return {SendOutcome::kTemporaryFailure, reply};
    if (settings.security == SmtpSecurity::kStartTls) {
      if (!Offers(reply, "STARTTLS")) {
        return {SendOutcome::kTemporaryFailure, "the relay does not offer STARTTLS, and mail.smtp_security requires it"};
      }
      if (!session.startTLS(TlsContext(settings))) return {SendOutcome::kTemporaryFailure, "STARTTLS was refused"};
      if (session.sendCommand(ehlo, reply) / 100 != 2) return {SendOutcome::kTemporaryFailure, reply};
    }
    if (!settings.user.empty()) {
      if (!Offers(reply, "AUTH")) {
        return {SendOutcome::kTemporaryFailure, "the relay offers no AUTH, and mail.smtp_user is set"};
      }
      // PLAIN and LOGIN both carry the password itself: only over TLS or loopback.
      const auto method = reply.find("PLAIN") != std::string::npos ? Poco::Net::SMTPClientSession::AUTH_PLAIN
                                                                     : Poco::Net::SMTPClientSession::AUTH_LOGIN;
      session.login(method, settings.user, settings.password);
    }
    // Rendered messages are 7-bit, so the envelope declares no BODY and needs no SMTPUTF8.
    session.sendAddresses(message.from.address, {message.to.address});
    session.sendData();
    std::istringstream data(Render(message, store::RandomToken()));
    session.sendMessage(data);
    session.close();
    return {SendOutcome::kSent, ""};
  } catch (const Poco::Net::SMTPException& e) {
    return {Classify(e.message()), e.displayText()};
  } catch (const Poco::Exception& e) {
    return {SendOutcome::kTemporaryFailure, e.displayText()};
  } catch (const std::exception& e) {
    return {SendOutcome::kTemporaryFailure, e.what()};
  }
}

}  // namespace plenary::mail
