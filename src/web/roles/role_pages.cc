#include "web/roles/role_pages.h"

#include <algorithm>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/roles/appointment.h"
#include "domain/series/partner.h"
#include "mail/letters.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string RolesUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/roles"; }

// The form's "role" value: "<kind>:<place id>" (0 for the Lead Rapporteur).
std::string RoleValue(AppointmentKind kind, Id place) { return ToString(kind) + ":" + std::to_string(place); }

// Where a role is held, as the page and the letter say it.
std::string PlaceText(const Edition& e, const std::vector<ProgrammeSession>& sessions, const Appointment& a) {
  switch (PlaceOf(a.kind)) {
    case AppointmentPlace::kWorkingGroup: return "the working group \"" + WorkingGroupName(e, a.working_group_id) + "\"";
    case AppointmentPlace::kSession:
      for (const auto& s : sessions) {
        if (s.id == a.session_id) return "the session \"" + s.title + "\" (" + FormatInZone(s.start, e.time_zone) + ")";
      }
      return "a session";
    case AppointmentPlace::kEdition: break;
  }
  return "the seminar";
}

struct RoleChoice {
  std::string value, label;
  Appointment place;  // kind and place filled
};

// Every role the form offers, in the page's order: per working group its three roles, the Lead
// Rapporteur, per plenary session its chair and speakers.
std::vector<RoleChoice> Choices(const Edition& e, const std::vector<ProgrammeSession>& sessions) {
  std::vector<RoleChoice> out;
  for (const auto& g : e.working_groups) {
    for (auto kind : {AppointmentKind::kModerator, AppointmentKind::kRapporteur, AppointmentKind::kNoteTaker}) {
      Appointment a{kind, e.id, g.id, std::nullopt, 0, "", ""};
      out.push_back({RoleValue(kind, g.id), Label(kind) + " – " + g.name, a});
    }
  }
  out.push_back({RoleValue(AppointmentKind::kLeadRapporteur, 0), "Lead Rapporteur – the whole seminar",
                 {AppointmentKind::kLeadRapporteur, e.id, std::nullopt, std::nullopt, 0, "", ""}});
  for (const auto& s : sessions) {
    if (s.kind != SessionKind::kPlenary) continue;
    for (auto kind : {AppointmentKind::kChair, AppointmentKind::kSpeaker}) {
      Appointment a{kind, e.id, std::nullopt, s.id, 0, "", ""};
      out.push_back({RoleValue(kind, s.id), Label(kind) + " – " + s.title + " (" + FormatInZone(s.start, e.time_zone) + ")", a});
    }
  }
  return out;
}

struct AppointForm {
  std::string role, person, email, name;
};

// The people who can be chosen: accepted, not erased, with an account; by name.
std::vector<const Registration*> Candidates(const std::vector<Registration>& registrations) {
  std::vector<const Registration*> out;
  for (const auto& r : registrations) {
    if (r.status == RegistrationStatus::kAccepted && !r.erased_at && r.account_id) out.push_back(&r);
  }
  std::sort(out.begin(), out.end(), [](const Registration* a, const Registration* b) { return a->full_name < b->full_name; });
  return out;
}

Response Render(RequestContext& ctx, const Edition& e, RoleStores& stores, const AppointForm& form,
                const FormState& state) {
  const auto sessions = stores.programme.List(e.id);
  const auto held = stores.appointments.List(e.id);
  const auto registrations = stores.registrations.List(e.id);
  const bool contact = Can(ctx.principal, Action::kViewContactDetails);
  const bool can_appoint = Can(ctx.principal, Action::kManageParticipants);
  return RenderPage(ctx, "roles.tpl", "Roles – " + Ordinal(e.number) + " edition", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    if (ctx.request.Query("appointed") == "1") d.ShowSection("APPOINTED");
    if (ctx.request.Query("removed") == "1") d.ShowSection("REMOVED");
    const auto choices = Choices(e, sessions);
    // What is still to appoint: each group's moderator and rapporteur, the Lead Rapporteur and
    // each plenary session's chair. Note-takers and speakers are optional.
    for (const auto& c : choices) {
      const auto kind = c.place.kind;
      if (kind == AppointmentKind::kNoteTaker || kind == AppointmentKind::kSpeaker) continue;
      const bool filled = std::any_of(held.begin(), held.end(), [&](const Appointment& a) {
        return a.kind == kind && a.working_group_id == c.place.working_group_id && a.session_id == c.place.session_id;
      });
      if (!filled) d.AddSectionDictionary("MISSING")->SetValue("TEXT", c.label);
    }
    if (held.empty()) d.ShowSection("NONE_HELD");
    else {
      auto* table = d.AddSectionDictionary("HELD_TABLE");
      if (contact) table->ShowSection("CONTACT_HEAD");
      if (can_appoint) table->ShowSection("ACTION_HEAD");
      for (const auto& a : held) {
        auto* row = table->AddSectionDictionary("HELD");
        row->SetValue("ROLE", Label(a.kind));
        row->SetValue("PLACE", PlaceText(e, sessions, a));
        row->SetValue("NAME", a.name);
        if (contact) row->AddSectionDictionary("CONTACT")->SetValue("EMAIL", a.email);
        if (!can_appoint) continue;
        auto* remove = row->AddSectionDictionary("CAN_REMOVE");
        remove->SetValue("ROLE_VALUE", RoleValue(a.kind, a.working_group_id.value_or(a.session_id.value_or(0))));
        remove->SetIntValue("ACCOUNT", a.account_id);
        remove->SetValue("LABEL", "End " + a.name + "'s role as " + InSentence(a.kind) + " of " + PlaceText(e, sessions, a));
      }
    }
    if (!can_appoint) return;
    auto* f = d.AddSectionDictionary("CAN_APPOINT");
    const auto& errors = state.errors;
    SetFormField(*f, "ROLE", form.role, errors, "role", "appoint-role");
    SetFormField(*f, "PERSON", form.person, errors, "person", "appoint-person");
    SetFormField(*f, "EMAIL", form.email, errors, "email", "appoint-email");
    SetFormField(*f, "NAME", form.name, errors, "name", "appoint-name");
    for (const auto& c : choices) {
      auto* o = f->AddSectionDictionary("ROLE_OPTIONS");
      o->SetValue("VALUE", c.value);
      o->SetValue("LABEL", c.label);
      if (c.value == form.role) o->ShowSection("SELECTED");
    }
    for (const Registration* r : Candidates(registrations)) {
      auto* o = f->AddSectionDictionary("PEOPLE");
      o->SetIntValue("VALUE", r->id);
      o->SetValue("LABEL", r->full_name + " (" + r->country + ")");
      if (std::to_string(r->id) == form.person) o->ShowSection("SELECTED");
    }
    SetErrorSummary(d, errors, [](const std::string& field) { return "appoint-" + field; });
  }, state.status);
}

Response RolesPage(RequestContext& ctx, const Edition& e, RoleStores& stores) {
  return Render(ctx, e, stores, {}, FormState::Fresh());
}

// The role and place a form value names, when it is one the page offers.
std::optional<Appointment> ChosenRole(const Edition& e, const std::vector<ProgrammeSession>& sessions,
                                      const std::string& value) {
  for (const auto& c : Choices(e, sessions)) {
    if (c.value == value) return c.place;
  }
  return std::nullopt;
}

Response Appoint(RequestContext& ctx, const Edition& e, RoleStores& stores) {
  AppointForm form{ctx.request.Field("role"), ctx.request.Field("person"), Trim(ctx.request.Field("email")),
                   Trim(ctx.request.Field("name"))};
  std::vector<FieldError> errors;
  const auto sessions = stores.programme.List(e.id);
  auto chosen = ChosenRole(e, sessions, form.role);
  if (!chosen) errors.push_back({"role", "Choose the role and where it is held."});
  std::string email = form.email, name = form.name;
  if (!form.person.empty()) {
    const auto id = ParseId(form.person);
    const auto r = id ? stores.registrations.Get(e.id, *id) : std::nullopt;
    const auto invitation = r ? stores.invitations.Get(e.id, r->invitation_id) : std::nullopt;
    if (!r || !invitation || r->status != RegistrationStatus::kAccepted || r->erased_at) {
      errors.push_back({"person", "Choose one of the accepted participants in the list."});
    } else if (!form.email.empty()) {
      errors.push_back({"email", "Choose an accepted participant or give an e-mail address, not both."});
    } else {
      email = invitation->email;
      name = r->full_name;
    }
  } else if (form.email.empty()) {
    errors.push_back({"person", "Choose an accepted participant, or give the e-mail address of someone else."});
  } else if (!LooksLikeEmail(form.email)) {
    errors.push_back({"email", "\"" + form.email + "\" is not an e-mail address; write it as name@example.org."});
  } else if (form.name.empty()) {
    errors.push_back({"name", "Give the name of the person you appoint by e-mail, as it should appear in the letter."});
  }
  if (!errors.empty()) return Render(ctx, e, stores, form, FormState::Refused(Error::Invalid(errors)));
  mail::AppointmentLetter letter{name, InSentence(chosen->kind), PlaceText(e, sessions, *chosen),
                                 EditionForPeople(e, ctx.site ? ctx.site->name : ""), DisplayDates(e),
                                 DutiesOf(chosen->kind), ctx.config.base_url + "/me"};
  auto message = mail::Addressed(mail::Compose(letter), email, name, "appointment", e.id);
  if (auto done = stores.appointments.Appoint(*chosen, email, name, message, ctx.ActorId(), ctx.Now()); !done) {
    return Render(ctx, e, stores, form, FormState::OnField("role", done.error()));
  }
  return Response::Redirect(RolesUrl(e) + "?appointed=1");
}

Response Remove(RequestContext& ctx, const Edition& e, RoleStores& stores) {
  auto chosen = ChosenRole(e, stores.programme.List(e.id), ctx.request.Field("role"));
  const auto account = ParseId(ctx.request.Field("account"));
  if (!chosen || !account) return ErrorPage(ctx, Error::NotFound("There is no such role in this edition; reload the roles page."));
  chosen->account_id = *account;
  if (auto done = stores.appointments.Remove(*chosen, ctx.ActorId(), ctx.Now()); !done) return ErrorPage(ctx, done.error());
  return Response::Redirect(RolesUrl(e) + "?removed=1");
}

}  // namespace

std::vector<Route> RoleRoutes(RoleStores& stores) {
  using enum Method;
  return {
      EditionRoute(kGet, "/manage/editions/{number}/roles", Action::kViewManagement, stores, RolesPage),
      EditionRoute(kPost, "/manage/editions/{number}/roles", Action::kManageParticipants, stores, Appoint),
      EditionRoute(kPost, "/manage/editions/{number}/roles/remove", Action::kManageParticipants, stores, Remove),
  };
}

}  // namespace plenary::web
