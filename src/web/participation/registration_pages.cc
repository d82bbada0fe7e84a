#include "web/participation/registration_pages.h"

#include <variant>

#include "domain/core/text.h"
#include "web/account/credentials.h"
#include "web/account/sign_in_pages.h"
#include "web/participation/registration_form.h"
#include "web/public/public_pages.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

// The invitation named by {token} and its edition; the refusal page when it cannot be used.
struct OpenInvitation {
  Invitation invitation;
  Edition edition;
};

Response Refusal(RequestContext& ctx, int status, const std::string& heading, const std::string& message,
                 std::optional<int> sign_in_edition = std::nullopt) {
  return RenderPage(ctx, "invitation_refused.tpl", heading, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("HEADING", heading);
    d.SetValue("MESSAGE", message);
    if (sign_in_edition) d.AddSectionDictionary("SIGN_IN")->SetIntValue("NUMBER", *sign_in_edition);
  }, status);
}

std::variant<OpenInvitation, Response> Usable(RequestContext& ctx) {
  const auto invitation = ctx.services.invitations.FindByTokenHash(Sha256Hex(ctx.Param("token")));
  const auto edition = invitation ? ctx.services.editions.GetById(invitation->edition_id) : std::nullopt;
  if (!invitation || !edition) {
    return Refusal(ctx, 404, "Invitation not found",
                   "This invitation link is not valid. Check that you used the whole link from the e-mail, or ask "
                   "the secretariat for a new invitation.");
  }
  const auto now = store::NowUtc();
  switch (StateOf(*invitation, now)) {
    case InvitationState::kUsed:
      return Refusal(ctx, 410, "Invitation already used",
                     "This invitation has already been used to register. Sign in to change your registration.",
                     edition->number);
    case InvitationState::kRevoked:
      return Refusal(ctx, 410, "Invitation withdrawn",
                     "This invitation was withdrawn by the secretariat. Write to them if you think this is a "
                     "mistake.");
    case InvitationState::kExpired:
      return Refusal(ctx, 410, "Invitation expired",
                     "This invitation link expired on " + FormatInZone(invitation->expires_at, edition->time_zone) +
                         ". Ask the secretariat to send it again.");
    case InvitationState::kPending:
      break;
  }
  if (auto open = CheckRegistrationOpen(*edition, now); !open) {
    return Refusal(ctx, 410, "Registration closed", open.error().message());
  }
  return OpenInvitation{*invitation, *edition};
}

RegistrationDraft PrefilledFrom(const Invitation& invitation) {
  RegistrationDraft d;
  d.full_name = invitation.name;
  d.organisation = invitation.organisation;
  d.country = invitation.country;
  d.sector = ToString(invitation.sector);
  return d;
}

FormView InvitationView(RequestContext& ctx, const Edition& edition) {
  FormView view;
  view.action = "/invitations/" + UrlEncode(ctx.Param("token"));
  view.submit = "Register";
  view.intro = "You are invited to register for the " + Ordinal(edition.number) + " edition: " + edition.title + ".";
  return view;
}

FormView EditView(const Edition& edition, const Registration& r) {
  FormView view;
  view.action = "/editions/" + std::to_string(edition.number) + "/registration";
  view.submit = "Save my registration";
  view.intro = "Your registration for the " + Ordinal(edition.number) + " edition: " + edition.title + ".";
  view.version = r.version;
  return view;
}

constexpr const char* kStaleMessage =
    "Your registration was changed elsewhere (perhaps in another window) since you opened this form. What you "
    "typed is below: check it and save again to replace the other change, or reload the page to see the current "
    "version.";

// Keeps the consent times of an unchanged notice: an edit is not a new consent.
void KeepConsentTimes(Registration& parsed, const Registration& stored) {
  if (stored.privacy_version == parsed.privacy_version) parsed.consented_at = stored.consented_at;
  if (stored.chatham_acknowledged_at) parsed.chatham_acknowledged_at = stored.chatham_acknowledged_at;
}

}  // namespace

Response InvitationForm(RequestContext& ctx) {
  auto usable = Usable(ctx);
  if (auto* refused = std::get_if<Response>(&usable)) return std::move(*refused);
  const auto& open = std::get<OpenInvitation>(usable);
  return RenderRegistrationForm(ctx, open.edition, InvitationView(ctx, open.edition), PrefilledFrom(open.invitation), {},
                                200);
}

Response RegisterWithInvitation(RequestContext& ctx) {
  auto usable = Usable(ctx);
  if (auto* refused = std::get_if<Response>(&usable)) return std::move(*refused);
  const auto& open = std::get<OpenInvitation>(usable);
  const auto draft = DraftFromRequest(ctx.request, open.edition.working_groups.size());
  const auto now = store::NowUtc();
  auto parsed = ParseRegistration(draft, open.edition, PartnersOf(ctx.services), now);
  if (!parsed) {
    return RenderRegistrationForm(ctx, open.edition, InvitationView(ctx, open.edition), draft, parsed.error().fields(),
                                  422);
  }
  parsed->invitation_id = open.invitation.id;
  const auto mail = ConfirmationMail(ctx.services, open.edition, *parsed, open.invitation.email, "Registration received");
  auto created = ctx.services.registrations.Create(Sha256Hex(ctx.Param("token")), *parsed, mail, now);
  if (!created) {
    // Another submission of the same link won the race, or the e-mail already has one.
    return Refusal(ctx, 409, "Not registered", created.error().message(), open.edition.number);
  }
  Response r = Response::Redirect("/editions/" + std::to_string(open.edition.number) + "/registration?saved=1");
  StartSession(ctx, r, created->account_id);
  return r;
}

Response OwnRegistrationForm(RequestContext& ctx) {
  const auto edition = EditionOf(ctx);
  const auto registration = ctx.services.registrations.FindForAccount(edition->id, ctx.account->id);
  if (!registration || registration->erased_at) return NoRegistrationPage(ctx, *edition);
  FormView view = EditView(*edition, *registration);
  if (auto open = CheckRegistrationOpen(*edition, store::NowUtc()); !open) {
    view.closed_message = open.error().message();
  }
  if (ctx.request.Query("saved") == "1") view.saved_to = ctx.account->email;
  return RenderRegistrationForm(ctx, *edition, view, plenary::DraftOf(*registration), {}, 200, &*registration);
}

Response UpdateOwnRegistration(RequestContext& ctx) {
  const auto edition = EditionOf(ctx);
  const auto stored = ctx.services.registrations.FindForAccount(edition->id, ctx.account->id);
  if (!stored || stored->erased_at) return NoRegistrationPage(ctx, *edition, 404);
  const auto now = store::NowUtc();
  FormView view = EditView(*edition, *stored);
  if (auto open = CheckRegistrationOpen(*edition, now); !open) {
    view.closed_message = open.error().message();
    return RenderRegistrationForm(ctx, *edition, view, plenary::DraftOf(*stored), {}, 409, &*stored);
  }
  const auto draft = DraftFromRequest(ctx.request, edition->working_groups.size());
  const std::string typed_version = Trim(ctx.request.Field("version"));
  if (!typed_version.empty() && typed_version.find_first_not_of("0123456789") == std::string::npos &&
      typed_version.size() < 9) {
    view.version = std::stoi(typed_version);
  }
  if (view.version != stored->version) {
    // A stale form (another window saved since): keep what they typed, and carry the current
    // version so that saving these values again replaces the other change knowingly.
    view.version = stored->version;
    return RenderRegistrationForm(ctx, *edition, view, draft, {{"form", kStaleMessage}}, 409);
  }
  auto parsed = ParseRegistration(draft, *edition, PartnersOf(ctx.services), now);
  if (!parsed) return RenderRegistrationForm(ctx, *edition, view, draft, parsed.error().fields(), 422);
  Registration updated = *parsed;
  updated.id = stored->id;
  updated.edition_id = stored->edition_id;
  updated.invitation_id = stored->invitation_id;
  updated.account_id = stored->account_id;
  updated.version = *view.version;
  KeepConsentTimes(updated, *stored);
  const auto mail = ConfirmationMail(ctx.services, *edition, updated, ctx.account->email, "Registration updated");
  if (auto saved = ctx.services.registrations.Update(updated, mail); !saved) {
    const auto current = ctx.services.registrations.FindForAccount(edition->id, ctx.account->id);
    if (current) view.version = current->version;
    return RenderRegistrationForm(ctx, *edition, view, draft, {{"form", kStaleMessage}}, 409);
  }
  return Response::Redirect("/editions/" + std::to_string(edition->number) + "/registration?saved=1");
}

}  // namespace plenary::web
