#include "web/participation/invitation_mail.h"

#include <algorithm>

#include "domain/core/zoned_time.h"
#include "store/core/credentials.h"

namespace plenary::web {

UtcSeconds InvitationExpiry(const WebConfig& config, const Edition& edition, UtcSeconds now) {
  const UtcSeconds after_days = now + config.invitation_days * 86400LL;
  if (edition.registration_deadline) return std::min(after_days, *edition.registration_deadline);
  return after_days;
}

Status CheckInvitationsOpen(const Edition& edition, UtcSeconds now) {
  if (edition.registration_deadline && now >= *edition.registration_deadline) {
    return Error::Invalid("Registration closed on " + FormatInZone(*edition.registration_deadline, edition.time_zone) +
                          ", so an invitation would arrive already expired. Move the registration deadline on the "
                          "edition's page first.");
  }
  return OkStatus();
}

ComposedInvitation ComposeInvitation(const WebConfig& config, const Edition& edition, Invitation invitation,
                                     UtcSeconds now) {
  ComposedInvitation out;
  out.token = store::RandomToken();
  out.link = config.base_url + "/invitations/" + out.token;
  invitation.edition_id = edition.id;
  invitation.expires_at = InvitationExpiry(config, edition, now);
  const std::string title = edition.title.empty() ? Ordinal(edition.number) + " edition" : edition.title;
  store::OutgoingMail m;
  m.to_address = invitation.email;
  m.to_name = invitation.name;
  m.subject = "Invitation: " + title;
  std::string body = "Dear " + invitation.name + ",\n\n";
  if (invitation.kind == InvitationKind::kNominated) {
    body += "You have been nominated by " + invitation.country + " to take part in the " + Ordinal(edition.number) +
            " edition of the seminar, \"" + title + "\"";
  } else {
    body += "You are invited to take part in the " + Ordinal(edition.number) + " edition of the seminar, \"" + title +
            "\"";
  }
  body += ", " + DisplayDates(edition) + ", " + DisplayPlace(edition) + ".\n\n";
  body += "Register with this link:\n\n" + out.link + "\n\n";
  body += "The link is personal and works once: it is used up when you register. ";
  body += "It expires on " + FormatInZone(invitation.expires_at, edition.time_zone) + ".";
  if (edition.registration_deadline) {
    body += " Registration closes on " + FormatInZone(*edition.registration_deadline, edition.time_zone) + ".";
  }
  body += "\n\nIf you did not expect this message, you can ignore it.\n";
  m.body_text = body;
  m.purpose = "invitation";
  out.stored.token_hash = store::Sha256Hex(out.token);
  out.stored.mail = m;
  out.stored.invitation = std::move(invitation);
  return out;
}

}  // namespace plenary::web
