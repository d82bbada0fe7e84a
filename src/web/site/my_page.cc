#include "web/site/my_page.h"

#include <algorithm>
#include <functional>
#include <map>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/roles/appointment.h"
#include "domain/series/phase.h"
#include "store/core/credentials.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string ScopeName(const RequestContext& ctx, MyPageStores& stores, const RoleGrant& g) {
  switch (g.scope) {
    case ScopeKind::kSeries:
      return ctx.site ? ctx.site->name : "the series";
    case ScopeKind::kPartner: {
      auto partner = stores.partners.Get(g.scope_id);
      return partner ? partner->name : "a partner";
    }
    case ScopeKind::kEdition:
    case ScopeKind::kWorkingGroup: {
      const auto edition = stores.editions.GetById(g.edition_id);
      if (!edition) return "";
      const std::string which = Ordinal(edition->number) + " edition";
      if (g.scope == ScopeKind::kEdition) return which;
      const std::string group = WorkingGroupName(*edition, g.scope_id);
      return group.empty() ? "" : group + " (" + which + ")";
    }
  }
  return "";
}

constexpr size_t kMinPasswordLength = 12;

// One thing to do, with the link to where it is done.
struct Step {
  std::string text;
  std::string link;
  std::string url;
};

struct EditionSteps {
  Edition edition;
  std::vector<Step> steps;
};

// What the person must do next, per edition (newest first), for every role they hold.
std::vector<EditionSteps> NextSteps(const RequestContext& ctx, MyPageStores& stores) {
  std::map<int, EditionSteps, std::greater<int>> by_number;
  std::map<Id, Edition> editions;
  if (ctx.site) {
    for (const auto& e : stores.editions.List(ctx.site->series_id)) editions[e.id] = e;
  }
  const auto add = [&](const Edition& e, Step step) {
    auto& entry = by_number[e.number];
    entry.edition = e;
    entry.steps.push_back(std::move(step));
  };
  const auto open = [&](const Edition& e) { return e.phase != EditionPhase::kArchived; };
  const auto is_public = [&](const Edition& e) { return open(e) && IsPublic(e.phase); };
  const auto hub = [](const Edition& e) { return "/manage/editions/" + std::to_string(e.number); };
  const auto page = [](const Edition& e) { return "/editions/" + std::to_string(e.number); };
  const bool secretariat = Can(ctx.principal, Action::kEditEditions);
  const bool steering = std::any_of(ctx.principal.grants.begin(), ctx.principal.grants.end(),
                                    [](const RoleGrant& g) { return g.role == Role::kSteering; });
  std::map<Id, PhaseFacts> facts;
  const auto facts_of = [&](const Edition& e) -> const PhaseFacts& {
    auto it = facts.find(e.id);
    if (it == facts.end()) it = facts.emplace(e.id, stores.phase_facts(e)).first;
    return it->second;
  };
  for (const auto& [id, e] : editions) {
    if (!open(e)) continue;
    if (secretariat) {
      const auto& f = facts_of(e);
      const auto missing = MissingForNextPhase(e, f, ctx.Now());
      std::string text = "Next step: " + NextStepAction(e.phase);
      if (missing.empty()) {
        text += "; everything it needs is in place.";
      } else {
        text += "; still missing: ";
        for (size_t i = 0; i < missing.size(); ++i) text += (i ? "; " : "") + missing[i];
        text += ".";
      }
      add(e, {text, "The edition's hub", hub(e)});
      if (f.freed_places > 0) {
        add(e, {std::to_string(f.freed_places) + " place(s) given up after acceptance are free.",
                "Places given up and the waiting list", hub(e) + "/selection/replacements"});
      }
    }
    if (steering && !secretariat) {
      const auto& f = facts_of(e);
      if (f.accepted > 0 && !f.approval_current) {
        add(e, {"The accepted list (" + std::to_string(f.accepted) + " people) waits for your approval.",
                "Approve it or ask for changes", hub(e) + "/applications#approval"});
      }
    }
  }
  for (const auto& g : ctx.principal.grants) {
    if (g.role == Role::kFocalPoint) {
      const auto partner = stores.partners.Get(g.scope_id);
      for (const auto& [id, e] : editions) {
        if (!is_public(e) || !AcceptsRegistrations(e.phase) || !partner) continue;
        const int quota = stores.invitations.Quota(e.id, g.scope_id, Sector::kGovernment);
        const int nominated = static_cast<int>(stores.invitations.Nominations(e.id, g.scope_id).size());
        if (nominated >= quota) continue;
        add(e, {"Nominate " + std::to_string(quota - nominated) + " more official(s) of " + std::to_string(quota) +
                    " for " + partner->name + ".",
                "Nominations of " + partner->name, page(e) + "/nominations/" + std::to_string(g.scope_id)});
      }
    }
    if (g.role != Role::kApplicant || !editions.count(g.scope_id)) continue;
    const Edition& e = editions.at(g.scope_id);
    if (!is_public(e)) continue;
    const auto r = stores.registrations.FindForAccount(e.id, ctx.account->id);
    if (!r || r->erased_at) continue;
    if (r->status == RegistrationStatus::kApplied) {
      std::string text = "Your registration waits for the secretariat's decision.";
      if (e.registration_deadline && AcceptsRegistrations(e.phase)) {
        text += " You can change it until " + FormatInZone(*e.registration_deadline, e.time_zone) + ".";
      }
      add(e, {text, "Your registration", page(e) + "/me"});
    } else if (r->status == RegistrationStatus::kWaitlisted) {
      add(e, {"You are on the waiting list; the secretariat writes to you if a place becomes free.", "Your registration",
              page(e) + "/me"});
    } else if (r->status == RegistrationStatus::kAccepted) {
      if (stores.editions.DocumentInfoOf(e.id, "background_paper")) {
        add(e, {"Read the background paper before the seminar.", "The background paper", page(e) + "/background-paper"});
      }
      add(e, {"Your sessions, with the links to join those online, are in your programme.", "My programme",
              page(e) + "/my-programme"});
    }
  }
  std::map<Id, std::vector<ProgrammeSession>> sessions;
  for (const auto& a : stores.appointments.OfAccount(ctx.account->id)) {
    if (!editions.count(a.edition_id) || !open(editions.at(a.edition_id))) continue;
    const Edition& e = editions.at(a.edition_id);
    // The series' list leaves the groups out: the edition read whole, once per group role.
    const auto whole = a.working_group_id ? stores.editions.GetById(e.id) : std::nullopt;
    const std::string group = "the working group \"" + (whole ? WorkingGroupName(*whole, a.working_group_id) : "") + "\"";
    switch (a.kind) {
      case AppointmentKind::kModerator:
        add(e, {"Moderate " + group + "; its closed-door sessions are in your programme.", "My programme",
                page(e) + "/my-programme"});
        break;
      case AppointmentKind::kRapporteur: {
        const auto due = RapporteurDraftDue(e);
        add(e, {"Draft the first recommendations of " + group +
                    (due ? ": due " + FormatInZone(*due, e.time_zone) + "." : ", within one week after the seminar."),
                "My programme", page(e) + "/my-programme"});
        break;
      }
      case AppointmentKind::kNoteTaker:
        add(e, {"Take the notes of " + group + " under the Chatham House Rule: no names, no affiliations.",
                "My programme", page(e) + "/my-programme"});
        break;
      case AppointmentKind::kLeadRapporteur:
        if (!stores.editions.DocumentInfoOf(e.id, "background_paper")) {
          add(e, {"As Lead Rapporteur, write the background paper; the secretariat publishes it.", "The edition",
                  page(e)});
        } else {
          add(e, {"As Lead Rapporteur, bring the working groups' recommendations together after the seminar.",
                  "The edition", page(e)});
        }
        break;
      case AppointmentKind::kChair:
      case AppointmentKind::kSpeaker: {
        auto it = sessions.find(e.id);
        if (it == sessions.end()) it = sessions.emplace(e.id, stores.programme.ListPublished(e.id)).first;
        for (const auto& s : it->second) {
          if (s.id != a.session_id) continue;
          add(e, {std::string(a.kind == AppointmentKind::kChair ? "Chair" : "Speak in") + " the session \"" + s.title +
                      "\" on " + FormatInZone(s.start, e.time_zone) + ".",
                  "The programme", page(e) + "/programme"});
        }
        break;
      }
    }
  }
  std::vector<EditionSteps> out;
  for (auto& [number, entry] : by_number) out.push_back(std::move(entry));
  return out;
}

// A new password needs the current one, unless the person has none yet or signed in with a
// one-time link in the last few minutes (the way back for a forgotten password).
constexpr UtcSeconds kFreshLinkSeconds = 15 * 60;

bool NeedsCurrentPassword(const RequestContext& ctx) {
  if (!ctx.account->password_hash) return false;
  const bool fresh_link = ctx.session && ctx.session->by_link && ctx.session->created_at + kFreshLinkSeconds >= ctx.Now();
  return !fresh_link;
}

Response RenderMyPage(RequestContext& ctx, MyPageStores& stores, const FormState& form,
                      const std::string& typed_zone) {
  const auto& errors = form.errors;
  return RenderPage(ctx, "me.tpl", "My page", [&](ctemplate::TemplateDictionary& d) {
    SetFormField(d, "TIME_ZONE", typed_zone, errors, "time_zone", "time_zone");
    SetFormField(d, "PASSWORD", "", errors, "password", "password");
    SetFormField(d, "CONFIRM", "", errors, "confirm", "confirm");
    if (NeedsCurrentPassword(ctx)) {
      SetFormField(*d.AddSectionDictionary("CURRENT"), "CURRENT", "", errors, "current", "current");
      auto* forgot = d.AddSectionDictionary("FORGOT");
      forgot->SetIntValue("MINUTES", kFreshLinkSeconds / 60);
    }
    SetErrorSummary(d, errors, [](const std::string& f) { return f; });
    if (ctx.request.Query("saved") == "1") d.ShowSection("SAVED");
    d.ShowSection(ctx.account->password_hash ? "HAS_PASSWORD" : "NO_PASSWORD");
    d.SetValue("NAME", ctx.account->display_name);
    d.SetValue("EMAIL", ctx.account->email);
    for (const auto& g : ctx.principal.grants) {
      auto* row = d.AddSectionDictionary("ROLES");
      row->SetValue("ROLE", Label(g.role));
      row->SetValue("SCOPE", ScopeName(ctx, stores, g));
      if (g.role == Role::kFocalPoint) row->AddSectionDictionary("PARTNER_LINK")->SetIntValue("ID", g.scope_id);
      if (g.scope == ScopeKind::kWorkingGroup) {
        if (const auto edition = stores.editions.GetById(g.edition_id)) {
          auto* link = row->AddSectionDictionary("GROUP_LINK");
          link->SetIntValue("NUMBER", edition->number);
          link->SetIntValue("ID", g.scope_id);
        }
      }
      if (g.role == Role::kApplicant && stores.registrations.FindForAccount(g.scope_id, ctx.account->id)) {
        if (const auto edition = stores.editions.GetById(g.scope_id)) {
          row->AddSectionDictionary("PARTICIPANT_LINK")->SetIntValue("NUMBER", edition->number);
        }
      }
    }
    if (ctx.principal.grants.empty()) d.ShowSection("NO_ROLES");
    const auto next = NextSteps(ctx, stores);
    if (next.empty()) d.ShowSection("NOTHING_NEXT");
    for (const auto& entry : next) {
      auto* edition = d.AddSectionDictionary("NEXT_EDITION");
      edition->SetValue("EDITION", Ordinal(entry.edition.number) + " edition: " + entry.edition.title);
      for (const auto& step : entry.steps) {
        auto* row = edition->AddSectionDictionary("STEP");
        row->SetValue("TEXT", step.text);
        row->SetValue("LINK", step.link);
        row->SetValue("URL", step.url);
      }
    }
  }, form.status);
}

Response MyPage(RequestContext& ctx, MyPageStores& stores) {
  return RenderMyPage(ctx, stores, FormState::Fresh(), ctx.account->time_zone);
}

Response SetTimeZone(RequestContext& ctx, MyPageStores& stores) {
  const std::string zone = Trim(ctx.request.Field("time_zone"));
  if (!zone.empty() && !IsKnownTimeZone(zone)) {
    return RenderMyPage(ctx, stores,
                        FormState::OnField("time_zone", Error::Invalid("\"" + zone + "\" is not a time zone we know; use an IANA name such as "
                                                                        "Europe/Copenhagen or Asia/Ulaanbaatar, or leave it empty.")),
                        zone);
  }
  stores.accounts.SetTimeZone(ctx.account->id, zone);
  return Response::Redirect("/me?saved=1");
}

Response SetPassword(RequestContext& ctx, MyPageStores& stores) {
  const std::string password = ctx.request.Field("password");
  std::vector<FieldError> errors;
  if (NeedsCurrentPassword(ctx) &&
      !store::VerifyPassword(ctx.request.Field("current"), *ctx.account->password_hash)) {
    errors.push_back({"current", "That is not your current password. If you forgot it, sign out and ask for a "
                                 "sign-in link by e-mail; right after using it you may set a new one."});
  }
  if (password.size() < kMinPasswordLength) {
    errors.push_back({"password", "Choose a password of at least " + std::to_string(kMinPasswordLength) +
                                      " characters; a few unrelated words make a good one."});
  } else if (ctx.request.Field("confirm") != password) {
    errors.push_back({"confirm", "The two passwords differ; type the same password twice."});
  }
  if (!errors.empty()) {
    return RenderMyPage(ctx, stores, FormState::Refused(Error::Invalid(errors)), ctx.account->time_zone);
  }
  stores.accounts.SetPasswordHash(ctx.account->id, store::HashPassword(password), ctx.ActorId());
  // Whoever knew the old password is signed out everywhere but here.
  stores.accounts.EndOtherSessions(ctx.account->id, ctx.session_hash);
  return Response::Redirect("/me?saved=1");
}

}  // namespace

std::vector<Route> MyPageRoutes(MyPageStores& stores) {
  using enum Method;
  return {
      PlainRoute(kGet, "/me", Action::kViewOwnAccount, stores, MyPage),
      PlainRoute(kPost, "/me/password", Action::kViewOwnAccount, stores, SetPassword),
      PlainRoute(kPost, "/me/time-zone", Action::kViewOwnAccount, stores, SetTimeZone),
  };
}

}  // namespace plenary::web
