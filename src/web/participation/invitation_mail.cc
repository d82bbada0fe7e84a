#include "web/participation/invitation_mail.h"

#include <algorithm>

#include "domain/core/zoned_time.h"
#include "domain/series/phase.h"
#include "mail/letters.h"
#include "store/core/credentials.h"

namespace plenary::web {

UtcSeconds InvitationExpiry(const WebConfig& config, const Edition& edition, UtcSeconds now) {
  const UtcSeconds after_days = now + config.invitation_days * 86400LL;
  if (edition.registration_deadline) return std::min(after_days, *edition.registration_deadline);
  return after_days;
}

Status CheckInvitationsOpen(const Edition& edition, UtcSeconds now) {
  if (!AcceptsRegistrations(edition.phase)) {
    return Error::Invalid("Invitations go out while registration is open, and the edition is in the phase \u201c" +
                          Label(edition.phase) + "\u201d: an invitation's link could not be used. Take the step "
                          "\u201cOpen registration\u201d on the edition's page first.");
  }
  if (edition.registration_deadline && now >= *edition.registration_deadline) {
    return Error::Invalid("Registration closed on " + FormatInZone(*edition.registration_deadline, edition.time_zone) +
                          ", so an invitation would arrive already expired. Move the registration deadline on the "
                          "edition's page first.");
  }
  return OkStatus();
}

ComposedInvitation ComposeInvitation(const WebConfig& config, const Edition& edition, std::string_view series_name,
                                     Invitation invitation, UtcSeconds now) {
  ComposedInvitation out;
  out.token = store::RandomToken();
  out.link = config.base_url + "/invitations/" + out.token;
  invitation.edition_id = edition.id;
  invitation.expires_at = InvitationExpiry(config, edition, now);
  mail::InvitationLetter letter;
  letter.name = invitation.name;
  letter.edition = EditionForPeople(edition, series_name);
  letter.title = edition.title.empty() ? Ordinal(edition.number) + " edition" : edition.title;
  letter.dates = DisplayDates(edition);
  if (invitation.kind == InvitationKind::kNominated) letter.nominated_by = invitation.country;
  letter.link = out.link;
  letter.expires = FormatInZone(invitation.expires_at, edition.time_zone);
  if (edition.registration_deadline) letter.closes = FormatInZone(*edition.registration_deadline, edition.time_zone);
  store::OutgoingMail m = mail::Addressed(mail::Compose(letter), invitation.email, invitation.name, "invitation",
                                                    edition.id);
  out.stored.token_hash = store::Sha256Hex(out.token);
  out.stored.mail = m;
  out.stored.invitation = std::move(invitation);
  return out;
}

}  // namespace plenary::web
