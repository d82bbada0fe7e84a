#include "web/participation/registration_pages.h"

#include <variant>

#include "domain/core/text.h"
#include "store/core/credentials.h"
#include "web/account/sign_in_pages.h"
#include "web/participation/registration_form.h"
#include "web/series/edition_route.h"
#include "web/server/form_state.h"
#include "web/server/http_status.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

// The invitation named by {token} and its edition; the refusal page when it cannot be used.
struct OpenInvitation {
  Invitation invitation;
  Edition edition;
};

// The page saying why the link cannot be used, answered with the status of `error`.
Response Refusal(RequestContext& ctx, const std::string& heading, const Error& error,
                 std::optional<int> sign_in_edition = std::nullopt) {
  return RenderPage(ctx, "invitation_refused.tpl", heading, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("HEADING", heading);
    d.SetValue("MESSAGE", error.message());
    if (sign_in_edition) d.AddSectionDictionary("SIGN_IN")->SetIntValue("NUMBER", *sign_in_edition);
  }, HttpStatusOf(error.code()));
}

std::variant<OpenInvitation, Response> Usable(RequestContext& ctx, ParticipationStores& stores) {
  const auto invitation = stores.invitations.FindByTokenHash(store::Sha256Hex(ctx.Param("token")));
  const auto edition = invitation ? stores.editions.GetById(invitation->edition_id) : std::nullopt;
  if (!invitation || !edition) {
    return Refusal(ctx, "Invitation not found",
                   Error::NotFound("This invitation link is not valid. Check that you used the whole link from the "
                                   "e-mail, or ask the secretariat for a new invitation."));
  }
  const auto now = ctx.Now();
  switch (StateOf(*invitation, now)) {
    case InvitationState::kUsed:
      return Refusal(ctx, "Invitation already used",
                     Error::Gone("This invitation has already been used to register. Sign in to change your "
                                 "registration."),
                     edition->number);
    case InvitationState::kRevoked:
      return Refusal(ctx, "Invitation withdrawn",
                     Error::Gone("This invitation was withdrawn by the secretariat. Write to them if you think this "
                                 "is a mistake."));
    case InvitationState::kExpired:
      return Refusal(ctx, "Invitation expired",
                     Error::Gone("This invitation link expired on " +
                                 FormatInZone(invitation->expires_at, edition->time_zone) +
                                 ". Ask the secretariat to send it again."));
    case InvitationState::kPending:
      break;
  }
  if (auto open = CheckRegistrationOpen(*edition, now); !open) {
    return Refusal(ctx, "Registration closed", Error::Gone(open.error().message()));
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

// A stale form: what was typed comes back with the message on the whole form.
FormState Stale() { return FormState::OnField("form", Error::Conflict(kStaleMessage)); }

// The person's requests to change a locked fact that wait for the secretariat, described.
std::vector<std::string> PendingRequests(ParticipationStores& stores, const Registration& r) {
  std::vector<std::string> out;
  for (const auto& q : stores.registrations.FactRequests(r.edition_id)) {
    if (q.registration_id == r.id && q.state == RequestState::kPending) out.push_back(Describe(q.change));
  }
  return out;
}

// Keeps the consent times of an unchanged notice: an edit is not a new consent.
void KeepConsentTimes(Registration& parsed, const Registration& stored) {
  if (stored.privacy_version == parsed.privacy_version) parsed.consented_at = stored.consented_at;
  if (stored.chatham_acknowledged_at) parsed.chatham_acknowledged_at = stored.chatham_acknowledged_at;
}

Response InvitationForm(RequestContext& ctx, ParticipationStores& stores) {
  auto usable = Usable(ctx, stores);
  if (auto* refused = std::get_if<Response>(&usable)) return std::move(*refused);
  const auto& open = std::get<OpenInvitation>(usable);
  return RenderRegistrationForm(ctx, open.edition, stores.partners, InvitationView(ctx, open.edition),
                                PrefilledFrom(open.invitation), FormState::Fresh());
}

Response RegisterWithInvitation(RequestContext& ctx, ParticipationStores& stores) {
  auto usable = Usable(ctx, stores);
  if (auto* refused = std::get_if<Response>(&usable)) return std::move(*refused);
  const auto& open = std::get<OpenInvitation>(usable);
  const auto draft = DraftFromRequest(ctx.request, open.edition.working_groups.size());
  const auto now = ctx.Now();
  auto parsed = ParseRegistration(draft, open.edition, PartnersOf(stores.partners, open.edition.series_id), now);
  if (!parsed) {
    return RenderRegistrationForm(ctx, open.edition, stores.partners, InvitationView(ctx, open.edition), draft,
                                  FormState::Refused(Error::Invalid(parsed.error().fields())));
  }
  if (const auto refused = CheckSectorOfInvitation(parsed->sector, open.invitation.kind)) {
    return RenderRegistrationForm(ctx, open.edition, stores.partners, InvitationView(ctx, open.edition), draft,
                                  FormState::Refused(Error::Invalid(std::vector<FieldError>{*refused})));
  }
  parsed->invitation_id = open.invitation.id;
  const auto confirmation = ConfirmationMail(ctx.config.base_url, open.edition, ctx.site->name, *parsed,
                                             open.invitation.email, mail::RegistrationLetter::Kind::kReceived);
  auto created = stores.registrations.Create(store::Sha256Hex(ctx.Param("token")), *parsed, confirmation, now);
  if (!created) {
    // Another submission of the same link won the race, or the e-mail already has one.
    return Refusal(ctx, "Not registered", Error::Conflict(created.error().message()), open.edition.number);
  }
  Response r = Response::Redirect("/editions/" + std::to_string(open.edition.number) + "/registration?saved=1");
  StartSession(ctx, r, stores.accounts, created->account_id, true);
  return r;
}

Response OwnRegistrationForm(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto registration = stores.registrations.FindForAccount(edition.id, ctx.account->id);
  if (!registration || registration->erased_at) return NoRegistrationPage(ctx, edition);
  FormView view = EditView(edition, *registration);
  if (auto open = CheckRegistrationOpen(edition, ctx.Now()); !open) {
    view.closed_message = open.error().message();
  }
  if (ctx.request.Query("saved") == "1") view.saved_to = ctx.account->email;
  view.requested = ctx.request.Query("requested") == "1";
  view.pending = PendingRequests(stores, *registration);
  return RenderRegistrationForm(ctx, edition, stores.partners, view, plenary::DraftOf(*registration),
                                FormState::Fresh(), &*registration);
}

Response UpdateOwnRegistration(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto stored = stores.registrations.FindForAccount(edition.id, ctx.account->id);
  if (!stored || stored->erased_at) return NoRegistrationPage(ctx, edition, HttpStatusOf(ErrorCode::kNotFound));
  const auto now = ctx.Now();
  FormView view = EditView(edition, *stored);
  if (auto open = CheckRegistrationOpen(edition, now); !open) {
    // Shown read-only with the reason: the form's own message would repeat it.
    view.closed_message = open.error().message();
    return RenderRegistrationForm(ctx, edition, stores.partners, view, plenary::DraftOf(*stored),
                                  FormState{.status = HttpStatusOf(ErrorCode::kConflict)}, &*stored);
  }
  const auto draft = DraftFromRequest(ctx.request, edition.working_groups.size());
  const std::string typed_version = Trim(ctx.request.Field("version"));
  if (!typed_version.empty() && typed_version.find_first_not_of("0123456789") == std::string::npos &&
      typed_version.size() < 9) {
    view.version = std::stoi(typed_version);
  }
  if (view.version != stored->version) {
    // A stale form (another window saved since): keep what they typed, and carry the current
    // version so that saving these values again replaces the other change knowingly.
    view.version = stored->version;
    return RenderRegistrationForm(ctx, edition, stores.partners, view, draft, Stale());
  }
  auto parsed = ParseRegistration(draft, edition, PartnersOf(stores.partners, edition.series_id), now);
  if (!parsed) {
    return RenderRegistrationForm(ctx, edition, stores.partners, view, draft,
                                  FormState::Refused(Error::Invalid(parsed.error().fields())));
  }
  const auto invitation = stores.invitations.Get(edition.id, stored->invitation_id);
  const auto kind = invitation ? invitation->kind : InvitationKind::kInvited;
  if (const auto refused = CheckSectorOfInvitation(parsed->sector, kind); refused && parsed->sector != stored->sector) {
    return RenderRegistrationForm(ctx, edition, stores.partners, view, draft,
                                  FormState::Refused(Error::Invalid(std::vector<FieldError>{*refused})));
  }
  // Facts selection used are locked once accepted: their change becomes a request.
  const auto locked = LockedFactChanges(*stored, *parsed);
  std::vector<FactChangeRequest> requests;
  for (const auto& change : locked) {
    FactChangeRequest q;
    q.change = change;
    if (change.field == "country") q.to_region = parsed->region;
    requests.push_back(std::move(q));
  }
  Registration updated = locked.empty() ? *parsed : WithLockedFacts(*parsed, *stored);
  updated.id = stored->id;
  updated.edition_id = stored->edition_id;
  updated.invitation_id = stored->invitation_id;
  updated.account_id = stored->account_id;
  updated.version = *view.version;
  KeepConsentTimes(updated, *stored);
  const auto confirmation = ConfirmationMail(ctx.config.base_url, edition, ctx.site->name, updated,
                                             ctx.account->email, mail::RegistrationLetter::Kind::kUpdated);
  if (auto saved = stores.registrations.Update(updated, confirmation, requests); !saved) {
    const auto current = stores.registrations.FindForAccount(edition.id, ctx.account->id);
    if (current) view.version = current->version;
    return RenderRegistrationForm(ctx, edition, stores.partners, view, draft, Stale());
  }
  return Response::Redirect("/editions/" + std::to_string(edition.number) + "/registration?saved=1" +
                            (requests.empty() ? "" : "&requested=1"));
}

}  // namespace

std::vector<Route> RegistrationRoutes(ParticipationStores& stores) {
  using enum Method;
  return {
      PlainRoute(kGet, "/invitations/{token}", Action::kViewPublic, stores, InvitationForm),
      PlainRoute(kPost, "/invitations/{token}", Action::kViewPublic, stores, RegisterWithInvitation),
      EditionRoute(kGet, "/editions/{number}/registration", Action::kEditOwnRegistration, stores, OwnRegistrationForm),
      EditionRoute(kPost, "/editions/{number}/registration", Action::kEditOwnRegistration, stores,
                   UpdateOwnRegistration),
  };
}

}  // namespace plenary::web
