#include "app/config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace plenary::app {
namespace {

using ::testing::HasSubstr;

std::string WriteFile(const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("plenary-config-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(path) << text;
  return path.string();
}

TEST(Config, DefaultsThenFileThenEnvironment) {
  const auto path = WriteFile("[database]\nurl = \"sqlite:/tmp/a.sqlite\"\n[server]\nlisten = \"0.0.0.0:9000\"\n"
                              "[uploads]\nmax_mb = 5\n");
  auto c = LoadConfig(path, {{"PLENARY_LISTEN", "127.0.0.1:9100"}});
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->db, "sqlite:/tmp/a.sqlite");
  EXPECT_EQ(c->listen, "127.0.0.1:9100");
  EXPECT_EQ(c->max_upload_mb, 5);
  EXPECT_EQ(c->BaseUrl(), "http://127.0.0.1:9100");
  EXPECT_EQ(c->smtp_port, 25);
}

TEST(Config, NamesTheKeyOrLineThatIsWrong) {
  auto wrong_type = LoadConfig(WriteFile("[mail]\nsmtp_port = \"twenty-five\"\n"), {});
  ASSERT_FALSE(wrong_type.ok());
  EXPECT_THAT(wrong_type.error().message(), HasSubstr("mail.smtp_port must be a whole number"));
  auto syntax = LoadConfig(WriteFile("[server\nlisten = 1\n"), {});
  ASSERT_FALSE(syntax.ok());
  EXPECT_THAT(syntax.error().message(), HasSubstr(", line 1: "));
  auto env = LoadConfig(std::nullopt, {{"PLENARY_SMTP_PORT", "25x"}});
  ASSERT_FALSE(env.ok());
  EXPECT_EQ(env.error().message(), "PLENARY_SMTP_PORT='25x' must be a whole number");
}

TEST(Config, TheRetentionPeriodComesFromTheFileOrTheEnvironment) {
  EXPECT_EQ(LoadConfig(std::nullopt, {})->privacy_retention_days, 365);
  EXPECT_EQ(LoadConfig(WriteFile("[privacy]\nretention_days = 90\n"), {})->privacy_retention_days, 90);
  EXPECT_EQ(LoadConfig(std::nullopt, {{"PLENARY_PRIVACY_RETENTION_DAYS", "30"}})->privacy_retention_days, 30);
  auto negative = LoadConfig(std::nullopt, {{"PLENARY_PRIVACY_RETENTION_DAYS", "-1"}});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().message(),
            "privacy.retention_days must be between 0 and 36500 (days after an edition ends)");
}

TEST(Config, TheRelayConnectionAndTheSenderAreChecked) {
  auto c = LoadConfig(WriteFile("[mail]\nsmtp_security = \"starttls\"\nsmtp_user = \"seminar\"\n"
                                "from = \"Séminaire ASEF <seminar@asef.example>\"\n"),
                      {{"PLENARY_SMTP_PASSWORD", "s3cret"}});
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->smtp_security, "starttls");
  EXPECT_EQ(c->smtp_user, "seminar");
  EXPECT_EQ(c->smtp_password, "s3cret");
  auto tls = LoadConfig(std::nullopt, {{"PLENARY_SMTP_SECURITY", "ssl"}});
  ASSERT_FALSE(tls.ok());
  EXPECT_EQ(tls.error().message(), "mail.smtp_security 'ssl' must be none or starttls");
  auto from = LoadConfig(std::nullopt, {{"PLENARY_MAIL_FROM", "Seminar <seminar>"}});
  ASSERT_FALSE(from.ok());
  EXPECT_EQ(from.error().message(), "mail.from 'Seminar <seminar>': 'seminar' is not an address of the form "
                                    "name@domain (write Name <address@domain>)");
}

TEST(Config, TheClockIsTheMachinesUnlessSetToAMinute) {
  auto machine = LoadConfig(std::nullopt, {});
  ASSERT_TRUE(machine.ok());
  EXPECT_NE(dynamic_cast<SystemClock*>(ClockOf(*machine).get()), nullptr);
  auto set = LoadConfig(WriteFile("[clock]\nnow = \"2027-06-01T09:30\"\n"), {});
  ASSERT_TRUE(set.ok()) << set.error().message();
  EXPECT_EQ(ClockOf(*set)->Now(), 1811842200);  // 2027-06-01 09:30 UTC
  auto env = LoadConfig(std::nullopt, {{"PLENARY_CLOCK_NOW", "2027-06-01 09:31"}});
  ASSERT_TRUE(env.ok());
  EXPECT_EQ(ClockOf(*env)->Now(), 1811842260);
  auto wrong = LoadConfig(std::nullopt, {{"PLENARY_CLOCK_NOW", "tomorrow"}});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().message(), "clock.now 'tomorrow' must be a UTC time such as 2027-06-01T09:30, or empty");
}

}  // namespace
}  // namespace plenary::app
