#include "mail/smtp_sender.h"

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/StringPartSource.h>

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

}  // namespace

SendResult SendOverSmtp(const SmtpSettings& settings, const store::OutgoingMail& mail) {
  try {
    Poco::Net::SMTPClientSession session(settings.host, static_cast<Poco::UInt16>(settings.port));
    session.setTimeout(Poco::Timespan(settings.timeout_seconds, 0));
    session.login();
    Poco::Net::MailMessage message;
    message.setSender(settings.from);
    const std::string to = mail.to_name.empty()
                               ? mail.to_address
                               : Poco::Net::MailMessage::encodeWord(mail.to_name, "UTF-8") + " <" + mail.to_address + ">";
    message.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, mail.to_address, to));
    message.setSubject(Poco::Net::MailMessage::encodeWord(mail.subject, "UTF-8"));
    // A stable Message-ID lets receiving servers drop a duplicate if a crash forces a resend.
    message.set("Message-ID", "<plenary-outbox-" + std::to_string(mail.id) + "@" + settings.host + ">");
    message.setContentType("text/plain; charset=UTF-8");
    message.setContent(mail.body_text, Poco::Net::MailMessage::ENCODING_8BIT);
    session.sendMessage(message);
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
