// The message as every server accepts it. The independent check (Python's strict parser after
// a real Postfix) is in mail_delivery_test.cc; these pin the rules one by one.
#include "mail/message.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "store/core/credentials.h"

namespace plenary::mail {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

std::string DecodeWord(const std::string& word) {
  EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u) << word;
  EXPECT_EQ(word.substr(word.size() - 2), "?=");
  auto bytes = store::FromBase64(word.substr(10, word.size() - 12));
  EXPECT_TRUE(bytes.has_value()) << word;
  return bytes.value_or("");
}

std::string DecodeQuotedPrintable(const std::string& qp) {
  std::string out;
  for (size_t i = 0; i < qp.size(); ++i) {
    if (qp[i] == '=' && qp.compare(i, 3, "=\r\n") == 0) {
      i += 2;
    } else if (qp[i] == '=') {
      out += static_cast<char>(std::stoi(qp.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += qp[i];
    }
  }
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t at; (at = text.find("\r\n", start)) != std::string::npos; start = at + 2) {
    lines.push_back(text.substr(start, at - start));
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

TEST(EncodedWords, NeverSplitACharacterAndStayWithin75) {
  // 300 characters of Thai (3 bytes each) and Mongolian Cyrillic (2) with spaces and Latin.
  std::string name;
  while (name.size() < 900) name += "สมชาย ใจดี Батсүх Dorj 唐英霞 ";
  std::string joined;
  const auto words = EncodedWords(name);
  ASSERT_GT(words.size(), 10u);
  for (const auto& word : words) {
    EXPECT_LE(word.size(), 75u) << word;
    const std::string text = DecodeWord(word);
    EXPECT_TRUE(ValidUtf8(text)) << word;
    joined += text;
  }
  EXPECT_EQ(joined, name);
}

TEST(EncodedWords, FourByteCharactersStayWhole) {
  const std::string emoji = "𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋";  // 13 x 4 bytes: 9 fit in 39 bytes
  const auto words = EncodedWords(emoji);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(DecodeWord(words[0]), "𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋");
  EXPECT_EQ(DecodeWord(words[1]), "𠀋𠀋𠀋𠀋");
}

TEST(HeaderSafe, ControlCharactersBecomeSpaces) {
  EXPECT_EQ(HeaderSafe("Ann\r\nReply-To: attacker@example.net\tx\x7f"), "Ann  Reply-To: attacker@example.net x ");
}

TEST(QuotedPrintable, LinesWithin76CrlfOnlyAndItDecodesBack) {
  std::string body = "Dear สมชาย,\n";
  for (int i = 0; i < 60; ++i) body += "ภาษาไทย ";  // one line of 1,440 octets
  body += "\r\n.a line starting with a dot\rtrailing space \nlast= line without end";
  const std::string qp = QuotedPrintable(body);
  for (size_t i = 0; i < qp.size(); ++i) {
    if (qp[i] == '\n') {
      EXPECT_EQ(qp[i - 1], '\r') << "bare LF at " << i;
    }
    if (qp[i] == '\r') {
      EXPECT_EQ(qp[i + 1], '\n') << "bare CR at " << i;
    }
    EXPECT_LT(static_cast<unsigned char>(qp[i]), 0x80u);
  }
  for (const auto& line : Lines(qp)) {
    EXPECT_LE(line.size(), 76u) << line;
    EXPECT_NE(line.front(), '.') << line;
    EXPECT_NE(line.back(), ' ') << line;
  }
  EXPECT_EQ(DecodeQuotedPrintable(qp),
            "Dear สมชาย,\r\n" + body.substr(body.find('\n') + 1, 60 * 22) +
                "\r\n.a line starting with a dot\r\ntrailing space \r\nlast= line without end\r\n");
}

TEST(MailDate, NumericZone) { EXPECT_EQ(MailDate(1796326239), "Thu, 03 Dec 2026 19:30:39 +0000"); }

TEST(ParseMailbox, NameAndAddressOrAddressAlone) {
  auto box = ParseMailbox("ASEM Seminar on Human Rights <humanrights.seminar@example.org>");
  ASSERT_TRUE(box);
  EXPECT_EQ(box->name, "ASEM Seminar on Human Rights");
  EXPECT_EQ(box->address, "humanrights.seminar@example.org");
  box = ParseMailbox("\"Séminaire, ASEF\" <a@b.example>");
  ASSERT_TRUE(box);
  EXPECT_EQ(box->name, "Séminaire, ASEF");
  box = ParseMailbox("a@b.example");
  ASSERT_TRUE(box);
  EXPECT_EQ(box->name, "");
  std::string why;
  EXPECT_FALSE(ParseMailbox("Plenary <no-reply>", &why));
  EXPECT_EQ(why, "'no-reply' is not an address of the form name@domain");
  EXPECT_FALSE(ParseMailbox("Plenary <a b@c.example>", &why));
  EXPECT_EQ(why, "'a b@c.example' has a character an address cannot carry (only ASCII, no spaces)");
  EXPECT_FALSE(ParseMailbox("Plenary <ü@c.example>", &why));
}

Message Sample() {
  Message m;
  m.from = {"Séminaire ASEF", "seminar@asef.example"};
  m.to = {"Ann Lee", "ann@example.org"};
  m.subject = "Your invitation";
  m.body_text = "Dear Ann,\nwelcome.\n";
  m.message_id = "tok3n@asef.example";
  m.date = 1796326239;
  return m;
}

TEST(Render, AnAsciiMessageExactly) {
  EXPECT_EQ(Render(Sample(), "b"),
            "Date: Thu, 03 Dec 2026 19:30:39 +0000\r\n"
            "From: =?UTF-8?B?U8OpbWluYWlyZSBBU0VG?= <seminar@asef.example>\r\n"
            "To: Ann Lee <ann@example.org>\r\n"
            "Subject: Your invitation\r\n"
            "Message-ID: <tok3n@asef.example>\r\n"
            "MIME-Version: 1.0\r\n"
            "Auto-Submitted: auto-generated\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Dear Ann,\r\n"
            "welcome.\r\n");
}

TEST(Render, QuotesNamesWithSpecials) {
  Message m = Sample();
  m.to.name = "Lee, Ann \"A.\"";
  EXPECT_THAT(Render(m, "b"), HasSubstr("\r\nTo: \"Lee, Ann \\\"A.\\\"\" <ann@example.org>\r\n"));
}

TEST(Render, LineBreaksInNamesAndSubjectsInjectNothing) {
  Message m = Sample();
  m.to.name = "Ann\r\nReply-To: attacker@example.net\r\n\r\nPlease send your passport";
  m.subject = "Invitation\nBcc: all@example.net";
  m.from.name = "ASEF\r\nX-Evil: 1";
  const std::string rendered = Render(m, "b");
  const auto lines = Lines(rendered.substr(0, rendered.find("\r\n\r\n")));
  const std::set<std::string> fields = {"Date",         "From",           "To",
                                        "Subject",      "Message-ID",     "MIME-Version",
                                        "Auto-Submitted", "Content-Type", "Content-Transfer-Encoding"};
  std::set<std::string> seen;
  for (const auto& line : lines) {
    if (line.front() == ' ') continue;  // a folded continuation
    const std::string field = line.substr(0, line.find(':'));
    EXPECT_TRUE(fields.count(field)) << line;
    seen.insert(field);
  }
  EXPECT_EQ(seen, fields);
  EXPECT_THAT(rendered, HasSubstr("\r\nSubject: Invitation Bcc: all@example.net\r\n"));
  for (const auto& line : lines) {
    EXPECT_THAT(line, Not(StartsWith("Reply-To:")));
    EXPECT_THAT(line, Not(StartsWith("Bcc:")));
    EXPECT_THAT(line, Not(StartsWith("X-Evil:")));
  }
  EXPECT_EQ(rendered.substr(rendered.find("\r\n\r\n")), "\r\n\r\nDear Ann,\r\nwelcome.\r\n");
}

TEST(Render, LongNamesFoldIntoShortLinesAndKeepTheAddress) {
  Message m = Sample();
  m.to.name = std::string(300, 'a');
  m.subject = "";
  for (int i = 0; i < 30; ++i) m.subject += "ยินดีต้อนรับ ";
  const std::string rendered = Render(m, "b");
  for (const auto& line : Lines(rendered)) EXPECT_LE(line.size(), 76u) << line;
  EXPECT_THAT(rendered, HasSubstr("?= <ann@example.org>\r\n"));
  // One encoded-word that leaves no room for the address on its line: the address moves down.
  m.to.name = "Séminaire Séminaire Séminaire";
  EXPECT_THAT(Render(m, "b"), HasSubstr("\r\nTo: =?UTF-8?B?U8OpbWluYWlyZSBTw6ltaW5haXJlIFPDqW1pbmFpcmU=?=\r\n <ann@example.org>\r\n"));
}

TEST(Render, AttachmentsMakeMultipartMixed) {
  Message m = Sample();
  m.attachments.push_back({"Key Messages 要点.pdf", "application/pdf", std::string(100, '\x01') + "%PDF"});
  const std::string rendered = Render(m, "XYZ");
  EXPECT_THAT(rendered, HasSubstr("Content-Type: multipart/mixed;\r\n boundary=\"=_plenary_XYZ\"\r\n"));
  EXPECT_THAT(rendered, HasSubstr("\r\n--=_plenary_XYZ\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
  EXPECT_THAT(rendered, HasSubstr("Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                                  "Content-Disposition: attachment;\r\n"
                                  " filename*=UTF-8''Key%20Messages%20%E8%A6%81%E7%82%B9.pdf\r\n\r\n"));
  m.attachments[0].filename = "Key Messages.pdf";
  EXPECT_THAT(Render(m, "XYZ"), HasSubstr("Content-Disposition: attachment;\r\n filename=\"Key Messages.pdf\"\r\n\r\n"));
  EXPECT_EQ(rendered.substr(rendered.size() - 21), "\r\n--=_plenary_XYZ--\r\n");
  for (const auto& line : Lines(rendered)) EXPECT_LE(line.size(), 76u) << line;
}

}  // namespace
}  // namespace plenary::mail
