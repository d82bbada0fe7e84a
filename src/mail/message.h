// One Internet message as every server accepts it (RFC 5322, MIME RFC 2045-2047 and 2231):
// 7-bit only, so it needs no 8BITMIME or SMTPUTF8 from the relay; CRLF line ends and no line
// over 78 octets; names and subjects in RFC 2047 encoded-words that never split a character;
// the text in quoted-printable; attachments (the Key Messages PDF) in multipart/mixed.
// Whatever reaches a header is stripped of control characters here, whatever was typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/clock.h"

namespace plenary::mail {

struct Mailbox {
  std::string name;     // a display name in any script; may be empty
  std::string address;  // ASCII local@domain
};

struct Attachment {
  std::string filename;      // in any script (sent per RFC 2231)
  std::string content_type;  // "application/pdf"
  std::string bytes;
};

struct Message {
  Mailbox from;
  Mailbox to;
  std::string subject;
  std::string body_text;  // UTF-8; line ends of any kind
  std::vector<Attachment> attachments;
  std::string message_id;  // "token@domain", without the angle brackets
  UtcSeconds date = 0;
  bool auto_submitted = true;  // a notification, not a person writing: RFC 3834
};

// The message's bytes, ready for SMTP DATA (the caller's transport adds dot-stuffing; no line
// here starts with a dot). `boundary_token` makes the multipart boundary (ASCII letters,
// digits, '-' or '_'); unused without attachments.
std::string Render(const Message& message, std::string_view boundary_token);

// "Name <local@domain>" or a bare "local@domain" (the configured sender). nullopt: not an
// address Plenary can send from (say why in `why`).
std::optional<Mailbox> ParseMailbox(std::string_view text, std::string* why = nullptr);

// The pieces, for the tests.
// Every control character (CR and LF included) becomes a space; runs of spaces stay.
std::string HeaderSafe(std::string_view text);
// RFC 2047 "B" encoded-words of at most 75 characters, each holding whole UTF-8 characters.
std::vector<std::string> EncodedWords(std::string_view utf8);
// Quoted-printable (RFC 2045 6.7) with CRLF line ends, lines of at most 76 characters.
std::string QuotedPrintable(std::string_view text);
// RFC 5322 date with a numeric zone: "Thu, 03 Dec 2026 19:30:39 +0000".
std::string MailDate(UtcSeconds at);

}  // namespace plenary::mail
