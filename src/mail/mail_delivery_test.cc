// Every kind of message, to names in twelve scripts and a 300-character name, delivered through
// a real Postfix on loopback (bare newlines refused, 8-bit data refused without MIME labels)
// into a Maildir, then read by Python's email package under policy.strict
// (tests/mail/strict_check.py). And the relay a secretariat really uses: STARTTLS with a
// verified certificate and SMTP AUTH, against an aiosmtpd peer that refuses both otherwise.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "mail/letters.h"
#include "mail/smtp_peer.h"
#include "mail/smtp_sender.h"

namespace plenary::mail {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// Runs a command and returns what it printed (stdout); `code` gets its exit status.
std::string RunCommand(const std::string& command, int* code) {
  std::array<char, 4096> buffer;
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  *code = WEXITSTATUS(pclose(pipe));
  return out;
}

std::vector<std::string> Names() {
  std::string long_name;
  while (long_name.size() < 900) long_name += "สมชาย";  // 300 characters, 900 octets
  return {"Bērziņa Ērika",      "Батсүхийн Батбаяр", "ᠪᠠᠲᠤ ᠪᠣᠯᠣᠳ",        "唐英霞",
          "佐藤 花子",           "김민준",             "สมชาย ใจดี",          "សុខ ចាន់ថា",
          "Nguyễn Thị Lan",     "عمران علی",          "Γιώργος Παπαδόπουλος", "अनिल कुमार",
          long_name};
}

// One letter of every kind, addressed to `name`.
std::vector<Letter> EveryKind(const std::string& name) {
  const std::string edition = "the 24th Informal ASEM Seminar on Human Rights, Улаанбаатар";
  const std::string link = "https://seminar.example.org/x?token=abc&b=1";
  std::vector<Letter> out;
  out.push_back(Compose(SignInLinkLetter{name, link, 24}));
  out.push_back(Compose(InvitationLetter{name, edition, "人権とデジタル市民空間 · สิทธิมนุษยชน", "8-10 June 2027",
                                         "Mongolia", link, "1 March 2027", "30 November 2026"}));
  out.push_back(Compose(NominationRequestLetter{name, "Mongolia", "1 government official", edition, "Digital",
                                                "8-10 June 2027", "30 November 2026", link, 24}));
  RegistrationLetter registration;
  registration.name = name;
  registration.edition = edition;
  registration.ranking = {"Свобода выражения", "プライバシー"};
  registration.link = link;
  out.push_back(Compose(registration));
  out.push_back(Compose(DecisionLetter{DecisionLetter::Decision::kAccepted, name, edition, link}));
  out.push_back(Compose(ErasureNoticeLetter{42, edition, link}));
  out.push_back(Compose(JoinLinkLetter{name, "เปิดการประชุม", "8 June 2027, 09:00 (Asia/Bangkok)", link}));
  out.push_back(Compose(WorkingGroupLetter{name, edition, "8-10 June 2027", "Quyền riêng tư", "Privacy online."}));
  out.push_back(Compose(AppointmentLetter{name, "rapporteur", "the working group \"Privacy\"", edition,
                                          "8-10 June 2027", "Record the key points.", link}));
  out.push_back(Compose(ProgrammeChangeLetter{name, edition, {"\"Opening\" now starts at 10:00"}, link}));
  out.push_back(Compose(FactRequestLetter{name, edition, "Country: Denmark → Germany", true, link}));
  return out;
}

SmtpSettings Relay(int port) {
  SmtpSettings settings;
  settings.host = "127.0.0.1";
  settings.port = port;
  settings.from = "Séminaire ASEM · ASEM 人权研讨会 <humanrights.seminar@asef.example>";
  settings.timeout_seconds = 10;
  return settings;
}

std::string TempDir(const std::string& what) {
  auto dir = std::filesystem::temp_directory_path() / ("plenary-" + what + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

size_t CountFiles(const std::string& dir, std::string_view suffix = "") {
  if (!std::filesystem::exists(dir)) return 0;
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (suffix.empty() || (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)) ++n;
  }
  return n;
}

void WaitForFiles(const std::string& dir, size_t count, std::string_view suffix = "") {
  for (int i = 0; i < 600 && CountFiles(dir, suffix) < count; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

TEST(MailDelivery, EveryKindToEveryScriptPassesPostfixAndPythonsStrictParser) {
  const int port = testing::FreePort();
  const std::string maildir = TempDir("maildir");
  testing::PythonPeer postfix;
  postfix.Start("postfix_instance.py", {"run", "--port", std::to_string(port), "--maildir-out", maildir});
  const SmtpSettings settings = Relay(port);
  std::multiset<std::string> expected_names;
  int sent = 0;
  const auto names = Names();
  for (size_t n = 0; n < names.size(); ++n) {
    for (const auto& letter : EveryKind(names[n])) {
      auto mail = Addressed(letter, "p" + std::to_string(n) + "@mfa.example.org", names[n], "test", std::nullopt);
      mail.message_token = "m" + std::to_string(sent);
      const auto result = SendOverSmtp(settings, MessageOf(settings, mail, 1796326239));
      ASSERT_EQ(result.outcome, SendOutcome::kSent) << result.detail << "\n" << letter.subject;
      expected_names.insert(names[n] + " <p" + std::to_string(n) + "@mfa.example.org>");
      ++sent;
    }
  }
  // The Key Messages will go out as a PDF attachment: multipart/mixed through the same relay.
  {
    auto mail = Addressed(EveryKind(names[3])[1], "pdf@mfa.example.org", names[3], "test", std::nullopt);
    auto message = MessageOf(settings, mail, 1796326239);
    message.attachments.push_back({"Key Messages 要点.pdf", "application/pdf", "%PDF-1.7\n" + std::string(5000, '\x9c')});
    const auto result = SendOverSmtp(settings, message);
    ASSERT_EQ(result.outcome, SendOutcome::kSent) << result.detail;
    expected_names.insert(names[3] + " <pdf@mfa.example.org>");
    ++sent;
  }
  EXPECT_EQ(sent, 13 * 11 + 1);
  WaitForFiles(maildir + "/new", sent);
  ASSERT_EQ(CountFiles(maildir + "/new"), static_cast<size_t>(sent));
  int code = -1;
  const std::string report =
      RunCommand("/usr/bin/python3 " + std::string(PLENARY_SOURCE_DIR) + "/tests/mail/strict_check.py " + maildir, &code);
  EXPECT_EQ(code, 0) << report.substr(0, 4000);
  std::multiset<std::string> delivered_names;
  std::istringstream lines(report);
  std::string line;
  while (std::getline(lines, line)) {
    const auto checked = nlohmann::json::parse(line);
    EXPECT_THAT(checked.at("problems"), IsEmpty()) << line.substr(0, 2000);
    EXPECT_EQ(checked.at("auto_submitted"), "auto-generated");
    EXPECT_EQ(checked.at("from_decoded"), "Séminaire ASEM · ASEM 人权研讨会 <humanrights.seminar@asef.example>");
    // Read as RFC 2047 says (email.header); Python's address parser also gets every character
    // whole, with a space where a long name was folded.
    delivered_names.insert(checked.at("to_decoded").get<std::string>());
    std::string python_name = checked.at("to")[0], original = checked.at("to_decoded");
    std::erase(python_name, ' ');
    std::erase(original, ' ');
    EXPECT_EQ(python_name, original.substr(0, original.find('<')));
  }
  EXPECT_EQ(delivered_names, expected_names);
  postfix.Stop();
  std::filesystem::remove_all(maildir);
}

TEST(MailDelivery, LineBreaksInNamesAndSubjectsAddNoHeaderAndNoBody) {
  const int port = testing::FreePort();
  const std::string maildir = TempDir("maildir-inject");
  testing::PythonPeer postfix;
  postfix.Start("postfix_instance.py", {"run", "--port", std::to_string(port), "--maildir-out", maildir});
  SmtpSettings settings = Relay(port);
  const std::string name = "Ann Lee\r\nReply-To: attacker@example.net\r\n\r\nPlease send a copy of your passport.";
  auto mail = Addressed(Compose(InvitationLetter{name, "the 24th seminar\r\nBcc: all@example.net", "Digital",
                                                 "8-10 June 2027", "", "https://x.example/y", "1 March", ""}),
                        "ann@example.org", name, "test", std::nullopt);
  ASSERT_EQ(SendOverSmtp(settings, MessageOf(settings, mail, 1796326239)).outcome, SendOutcome::kSent);
  WaitForFiles(maildir + "/new", 1);
  ASSERT_EQ(CountFiles(maildir + "/new"), 1u);
  int code = -1;
  const std::string report =
      RunCommand("/usr/bin/python3 " + std::string(PLENARY_SOURCE_DIR) + "/tests/mail/strict_check.py " + maildir, &code);
  EXPECT_EQ(code, 0) << report;
  const auto checked = nlohmann::json::parse(report);
  EXPECT_EQ(checked.at("to_decoded"),
            "Ann Lee  Reply-To: attacker@example.net    Please send a copy of your passport. <ann@example.org>");
  EXPECT_EQ(checked.at("to_addresses")[0], "ann@example.org");
  for (const auto& entry : std::filesystem::directory_iterator(maildir + "/new")) {
    std::ifstream in(entry.path());
    std::string header_line;
    while (std::getline(in, header_line) && !header_line.empty()) {
      EXPECT_THAT(header_line, Not(HasSubstr("Reply-To:"))) << header_line;
      EXPECT_NE(header_line.rfind("Bcc:", 0), 0u) << header_line;
    }
  }
  postfix.Stop();
  std::filesystem::remove_all(maildir);
}

class TlsRelay : public ::testing::Test {
 protected:
  void StartPeer(std::vector<std::string> extra = {}) {
    port_ = testing::FreePort();
    out_ = TempDir("tls-peer");
    cert_ = out_ + "-cert.pem";
    std::vector<std::string> args = {"--port", std::to_string(port_), "--out-dir", out_, "--user", "mailer",
                                     "--password", "s3cret pass", "--cert-out", cert_};
    args.insert(args.end(), extra.begin(), extra.end());
    peer_.Start("tls_smtpd.py", args);
  }
  SmtpSettings Settings() const {
    SmtpSettings settings = Relay(port_);
    settings.host = "localhost";  // the name on the peer's certificate
    settings.security = SmtpSecurity::kStartTls;
    settings.ca_file = cert_;
    settings.user = "mailer";
    settings.password = "s3cret pass";
    return settings;
  }
  void TearDown() override {
    peer_.Stop();
    std::filesystem::remove_all(out_);
    std::filesystem::remove(cert_);
  }

  int port_ = 0;
  std::string out_, cert_;
  testing::PythonPeer peer_;
};

store::OutgoingMail LongThaiInvitation() {
  const std::string name = Names().back();
  std::string title;
  while (title.size() < 3000) title += "สิทธิมนุษยชนและพื้นที่พลเมืองดิจิทัล ";
  return Addressed(Compose(InvitationLetter{name, "the 24th seminar", title, "8-10 June 2027", "", "https://x.example/y",
                                            "1 March 2027", ""}),
                   "somchai@example.org", name, "invitation", std::nullopt);
}

TEST_F(TlsRelay, StartTlsThenAuthThenA7BitMessageWithoutBody8BitMime) {
  StartPeer({"--no-8bitmime"});
  const auto settings = Settings();
  const auto result = SendOverSmtp(settings, MessageOf(settings, LongThaiInvitation(), 1796326239));
  ASSERT_EQ(result.outcome, SendOutcome::kSent) << result.detail;
  WaitForFiles(out_, 1, ".eml");
  ASSERT_EQ(CountFiles(out_, ".eml"), 1u);
  std::ifstream envelope_file(out_ + "/0001.json");
  const auto envelope = nlohmann::json::parse(envelope_file);
  EXPECT_EQ(envelope.at("auth").at("login"), "mailer");
  EXPECT_THAT(envelope.at("tls").at("version").get<std::string>(), HasSubstr("TLSv1."));
  EXPECT_EQ(envelope.at("mail_from"), "humanrights.seminar@asef.example");
  for (const auto& option : envelope.at("mail_options")) {
    EXPECT_NE(option.get<std::string>().rfind("BODY=", 0), 0u) << option;
  }
  int code = -1;
  // The raw SMTP data: CRLF only, no line over 998 octets, and the rest of the strict checks.
  const std::string report = RunCommand("/usr/bin/python3 " + std::string(PLENARY_SOURCE_DIR) +
                                     "/tests/mail/strict_check.py --line-ends crlf " + out_ + "/0001.eml",
                                 &code);
  EXPECT_EQ(code, 0) << report;
  EXPECT_EQ(nlohmann::json::parse(report).at("to_decoded"), Names().back() + " <somchai@example.org>");
}

TEST_F(TlsRelay, AWrongPasswordIsFinalAndAMissingStartTlsIsNeverBypassed) {
  StartPeer();
  auto settings = Settings();
  settings.password = "wrong";
  const auto refused = SendOverSmtp(settings, MessageOf(settings, LongThaiInvitation(), 1796326239));
  EXPECT_EQ(refused.outcome, SendOutcome::kPermanentFailure);
  EXPECT_THAT(refused.detail, HasSubstr("535"));
  // A relay that offers no STARTTLS (the recording peer) gets nothing when TLS is required.
  testing::SmtpPeer plain;
  plain.Start();
  settings = Settings();
  settings.host = "127.0.0.1";
  settings.port = plain.port();
  const auto no_tls = SendOverSmtp(settings, MessageOf(settings, LongThaiInvitation(), 1796326239));
  EXPECT_EQ(no_tls.outcome, SendOutcome::kTemporaryFailure);
  EXPECT_EQ(no_tls.detail, "the relay does not offer STARTTLS, and mail.smtp_security requires it");
  EXPECT_THAT(plain.Messages(), IsEmpty());
  // A certificate that does not verify is refused, never accepted with a warning.
  settings = Settings();
  settings.ca_file = "";
  const auto untrusted = SendOverSmtp(settings, MessageOf(settings, LongThaiInvitation(), 1796326239));
  EXPECT_EQ(untrusted.outcome, SendOutcome::kTemporaryFailure) << untrusted.detail;
  EXPECT_EQ(CountFiles(out_, ".eml"), 0u);
}

}  // namespace
}  // namespace plenary::mail
