#include "web/participation/invitation_mail.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/core/zoned_time.h"
#include "store/core/credentials.h"

namespace plenary::web {
namespace {

using ::testing::HasSubstr;

UtcSeconds At(const char* local, const char* zone) { return *ToUtc(*ParseLocalDateTime(local), zone); }

Edition Ulaanbaatar() {
  Edition e;
  e.id = 7;
  e.number = 24;
  e.title = "Human Rights & Digital Civic Space";
  e.city = "Ulaanbaatar";
  e.country = "Mongolia";
  e.time_zone = "Asia/Ulaanbaatar";
  e.year = 2027;
  e.month = 6;
  e.start_date = LocalDate{2027, 6, 8};
  e.end_date = LocalDate{2027, 6, 10};
  e.registration_deadline = At("2027-04-30 23:59", "Asia/Ulaanbaatar");
  e.phase = EditionPhase::kRegistrationOpen;
  return e;
}

TEST(InvitationMail, ExpiresAfterTheConfiguredDaysButNeverAfterTheDeadline) {
  WebConfig config;
  Edition e = Ulaanbaatar();
  const UtcSeconds early = At("2027-01-10 12:00", "UTC");
  EXPECT_EQ(InvitationExpiry(config, e, early), early + 30 * 86400);
  const UtcSeconds late = At("2027-04-20 12:00", "UTC");
  EXPECT_EQ(InvitationExpiry(config, e, late), *e.registration_deadline);
  config.invitation_days = 3;
  EXPECT_EQ(InvitationExpiry(config, e, late), late + 3 * 86400);
  e.registration_deadline.reset();
  EXPECT_EQ(InvitationExpiry(config, e, late), late + 3 * 86400);
}

TEST(InvitationMail, RefusedAfterTheDeadlineStatingItInTheEditionsZone) {
  const Edition e = Ulaanbaatar();
  EXPECT_TRUE(CheckInvitationsOpen(e, *e.registration_deadline - 1).ok());
  const auto closed = CheckInvitationsOpen(e, *e.registration_deadline);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().message(), "Registration closed on " + FormatInZone(*e.registration_deadline, e.time_zone) +
                                          ", so an invitation would arrive already expired. Move the registration "
                                          "deadline on the edition's page first.");
  // Before registration opens, an invitation's link could not be used.
  Edition announced = e;
  announced.phase = EditionPhase::kAnnounced;
  const auto early = CheckInvitationsOpen(announced, *e.registration_deadline - 1);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().message(), "Invitations go out while registration is open, and the edition is in the phase "
                                     "\u201cAnnounced\u201d: an invitation's link could not be used. Take the step "
                                     "\u201cOpen registration\u201d on the edition's page first.");
}

TEST(InvitationMail, TheLinkCarriesATokenOnlyItsHashIsStoredAndTheMailSaysItWorksOnce) {
  WebConfig config;
  config.base_url = "https://plenary.example.org";
  Invitation i;
  i.email = "ana@example.org";
  i.name = "Ana Lee";
  const UtcSeconds now = At("2027-01-10 12:00", "UTC");
  const auto a = ComposeInvitation(config, Ulaanbaatar(), "Informal ASEM Seminar on Human Rights", i, now);
  const auto b = ComposeInvitation(config, Ulaanbaatar(), "Informal ASEM Seminar on Human Rights", i, now);
  EXPECT_EQ(a.token.size(), 43u);  // 32 bytes, base64url without padding
  EXPECT_NE(a.token, b.token);
  EXPECT_EQ(a.link, "https://plenary.example.org/invitations/" + a.token);
  EXPECT_EQ(a.stored.token_hash, store::Sha256Hex(a.token));
  EXPECT_EQ(a.stored.invitation.edition_id, 7);
  EXPECT_EQ(a.stored.invitation.expires_at, now + 30 * 86400);
  ASSERT_TRUE(a.stored.mail.has_value());
  const auto& m = *a.stored.mail;
  EXPECT_EQ(m.subject, "Invitation: Human Rights & Digital Civic Space");
  EXPECT_EQ(m.to_address, "ana@example.org");
  EXPECT_EQ(m.purpose, "invitation");
  EXPECT_THAT(m.body_text, HasSubstr("Dear Ana Lee,"));
  EXPECT_THAT(m.body_text, HasSubstr("You are invited to take part in the 24th Informal ASEM Seminar on Human "
                                     "Rights, Ulaanbaatar, 8-10 June 2027, on \"Human Rights & Digital Civic "
                                     "Space\".\n"));
  EXPECT_THAT(m.body_text, HasSubstr("\n" + a.link + "\n"));
  EXPECT_THAT(m.body_text, HasSubstr("works once"));
  EXPECT_THAT(m.body_text, HasSubstr("Registration closes on " + FormatInZone(*Ulaanbaatar().registration_deadline,
                                                                               "Asia/Ulaanbaatar")));
}

}  // namespace
}  // namespace plenary::web
