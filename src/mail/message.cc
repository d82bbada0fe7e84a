#include "mail/message.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

#include "store/core/credentials.h"

namespace plenary::mail {
namespace {

constexpr std::string_view kCrlf = "\r\n";
// 39 bytes of text make 52 base64 characters: "=?UTF-8?B?" + 52 + "?=" is 64, so even after
// "Subject: " a header line stays within the 78 characters RFC 5322 asks for.
constexpr size_t kWordBytes = 39;
constexpr size_t kPlainHeaderLimit = 78;

bool IsAtext(char c) {
  if (std::isalnum(static_cast<unsigned char>(c))) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool IsPrintableAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) return false;
  }
  return true;
}

// The length of the UTF-8 sequence `lead` starts (1 for a stray byte: it is kept, never split).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xf0 && lead < 0xf8) return 4;
  if (lead >= 0xe0) return lead < 0xf0 ? 3 : 1;
  if (lead >= 0xc0) return 2;
  return 1;
}

// A header's value folded as encoded-words, one per line after the first.
std::string FoldedWords(std::string_view text) {
  std::string out;
  for (const auto& word : EncodedWords(text)) {
    if (!out.empty()) out += "\r\n ";
    out += word;
  }
  return out;
}

// A display name as a phrase: plain atoms, a quoted string, or encoded-words.
std::string Phrase(std::string_view name, size_t room) {
  const std::string safe = HeaderSafe(name);
  if (safe.find("=?") == std::string::npos && IsPrintableAscii(safe) && safe.size() + 2 <= room) {
    bool atoms = true;
    for (char c : safe) atoms = atoms && (IsAtext(c) || c == ' ');
    if (atoms && safe.front() != ' ' && safe.back() != ' ') return safe;
    std::string quoted = "\"";
    for (char c : safe) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return quoted + "\"";
  }
  return FoldedWords(safe);
}

std::string MailboxHeader(std::string_view field, const Mailbox& box) {
  const std::string address = HeaderSafe(box.address);
  std::string line(field);
  line += ": ";
  const std::string name = HeaderSafe(box.name);
  if (name.find_first_not_of(' ') == std::string::npos) return line + address;
  const size_t room = kPlainHeaderLimit > line.size() + address.size() + 3
                          ? kPlainHeaderLimit - line.size() - address.size() - 3
                          : 0;
  const std::string phrase = Phrase(name, room);
  line += phrase;
  // The address goes on a line of its own when it would make the last line longer than 76
  // characters (RFC 2047 section 2 limits lines that carry encoded-words to 76).
  const size_t last_line = line.size() - (line.rfind('\n') == std::string::npos ? 0 : line.rfind('\n') + 1);
  line += last_line + address.size() + 3 > 76 ? "\r\n <" : " <";
  return line + address + ">";
}

std::string SubjectHeader(std::string_view subject) {
  const std::string safe = HeaderSafe(subject);
  if (safe.find("=?") == std::string::npos && IsPrintableAscii(safe) && safe.size() + 9 <= kPlainHeaderLimit) {
    return "Subject: " + safe;
  }
  return "Subject: " + FoldedWords(safe);
}

std::string WrappedBase64(std::string_view bytes) {
  const std::string flat = store::ToBase64(bytes);
  std::string out;
  for (size_t i = 0; i < flat.size(); i += 76) {
    out += flat.substr(i, 76);
    out += kCrlf;
  }
  return out;
}

// An ASCII name as a quoted filename; a name in any other script per RFC 2231 alone
// (filename*=UTF-8''%E6%96%87): both at once repeat the parameter, which strict parsers refuse.
std::string Disposition(std::string_view filename) {
  const std::string safe = HeaderSafe(filename);
  bool ascii = true;
  for (unsigned char c : safe) ascii = ascii && c < 0x7f && c != '"' && c != '\\';
  if (ascii) return "Content-Disposition: attachment;\r\n filename=\"" + safe + "\"";
  std::string extended = "UTF-8''";
  for (unsigned char c : safe) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      extended += static_cast<char>(c);
    } else {
      static const char* kHex = "0123456789ABCDEF";
      extended += '%';
      extended += kHex[c >> 4];
      extended += kHex[c & 15];
    }
  }
  return "Content-Disposition: attachment;\r\n filename*=" + extended;
}

}  // namespace

std::string HeaderSafe(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

std::vector<std::string> EncodedWords(std::string_view utf8) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < utf8.size()) {
    size_t end = start;
    while (end < utf8.size()) {
      const size_t next = end + SequenceLength(static_cast<unsigned char>(utf8[end]));
      if (next - start > kWordBytes) break;
      end = next;
    }
    if (end == start) end = std::min(utf8.size(), start + SequenceLength(static_cast<unsigned char>(utf8[start])));
    words.push_back("=?UTF-8?B?" + store::ToBase64(utf8.substr(start, end - start)) + "?=");
    start = end;
  }
  return words;
}

std::string QuotedPrintable(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r' && text[i] != '\n') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  std::string out;
  for (const std::string_view line : lines) {
    size_t width = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      const bool at_end = i + 1 == line.size();
      std::string piece;
      if ((c == ' ' || c == '\t') && !at_end) {
        piece = static_cast<char>(c);
      } else if (c > 32 && c < 127 && c != '=' && !(c == '.' && width == 0)) {
        piece = static_cast<char>(c);
      } else {
        piece = {'=', kHex[c >> 4], kHex[c & 15]};
      }
      // A soft break ("=") keeps every line within 76 characters; escapes are never cut, and
      // no line starts with a dot (SMTP would need to stuff it).
      if (width + piece.size() > 75) {
        out += "=\r\n";
        width = 0;
        if (piece == ".") piece = "=2E";
      }
      out += piece;
      width += piece.size();
    }
    out += kCrlf;
  }
  return out;
}

std::string MailDate(UtcSeconds at) {
  const std::time_t t = static_cast<std::time_t>(at);
  std::tm tm{};
  gmtime_r(&t, &tm);
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday], tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buffer;
}

std::optional<Mailbox> ParseMailbox(std::string_view text, std::string* why) {
  auto fail = [&](const std::string& reason) -> std::optional<Mailbox> {
    if (why) *why = reason;
    return std::nullopt;
  };
  Mailbox box;
  std::string_view address = text;
  const size_t open = text.rfind('<');
  if (open != std::string_view::npos) {
    const size_t close = text.find('>', open);
    if (close == std::string_view::npos || close + 1 != text.size()) return fail("the address lacks its closing '>'");
    address = text.substr(open + 1, close - open - 1);
    std::string name(text.substr(0, open));
    while (!name.empty() && name.back() == ' ') name.pop_back();
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    box.name = name;
  }
  const size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size() ||
      address.find('@', at + 1) != std::string_view::npos) {
    return fail("'" + std::string(address) + "' is not an address of the form name@domain");
  }
  for (char c : address) {
    if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f || c == '<' || c == '>' ||
        c == '"' || c == ',' || c == ';') {
      return fail("'" + std::string(address) + "' has a character an address cannot carry (only ASCII, no spaces)");
    }
  }
  if (box.name.find_first_of("\r\n") != std::string::npos) return fail("the name has a line break");
  box.address = std::string(address);
  return box;
}

std::string Render(const Message& message, std::string_view boundary_token) {
  std::string out;
  auto header = [&](const std::string& line) {
    out += line;
    out += kCrlf;
  };
  header("Date: " + MailDate(message.date));
  header(MailboxHeader("From", message.from));
  header(MailboxHeader("To", message.to));
  header(SubjectHeader(message.subject));
  header("Message-ID: <" + HeaderSafe(message.message_id) + ">");
  header("MIME-Version: 1.0");
  if (message.auto_submitted) header("Auto-Submitted: auto-generated");
  const std::string text = QuotedPrintable(message.body_text);
  if (message.attachments.empty()) {
    header("Content-Type: text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding: quoted-printable");
    out += kCrlf;
    out += text;
    return out;
  }
  const std::string boundary = "=_plenary_" + HeaderSafe(boundary_token);
  header("Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"");
  out += kCrlf;
  header("This is a message in MIME format.");
  header("--" + boundary);
  header("Content-Type: text/plain; charset=UTF-8");
  header("Content-Transfer-Encoding: quoted-printable");
  out += kCrlf;
  out += text;
  for (const auto& attachment : message.attachments) {
    header("--" + boundary);
    header("Content-Type: " + HeaderSafe(attachment.content_type));
    header("Content-Transfer-Encoding: base64");
    header(Disposition(attachment.filename));
    out += kCrlf;
    out += WrappedBase64(attachment.bytes);
  }
  header("--" + boundary + "--");
  return out;
}

}  // namespace plenary::mail
