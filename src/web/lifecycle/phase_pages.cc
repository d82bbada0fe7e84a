#include "web/lifecycle/phase_pages.h"

#include "domain/programme/programme.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/http_status.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string HubUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number); }

// What taking the step does, for the confirmation.
std::vector<std::string> EffectsOf(EditionPhase from) {
  switch (from) {
    case EditionPhase::kDraft:
      return {"The edition appears on the public home page and its public pages and feeds can be read by anyone.",
              "Nobody can register yet: that is the next step."};
    case EditionPhase::kAnnounced:
      return {"People with an invitation can register until the deadline."};
    case EditionPhase::kRegistrationOpen:
      return {"Registrations and changes to registrations are refused from now on."};
    case EditionPhase::kRegistrationClosed:
      return {"The secretariat decides on the applications; the steering committee approves the accepted list."};
    case EditionPhase::kSelection:
      return {"The accepted list is final for the assignment: the working groups are formed next."};
    case EditionPhase::kAssignment:
      return {"The seminar's phase begins: the programme and the groups are what participants follow."};
    case EditionPhase::kSeminar:
      return {"The working groups' rapporteurs write their reports."};
    case EditionPhase::kReporting:
      return {"The edition's outputs are marked as published."};
    case EditionPhase::kOutputsPublished:
      return {"The follow-up of the recommendations begins."};
    case EditionPhase::kFollowUp:
      return {"The edition moves to the public archive."};
    case EditionPhase::kArchived:
      return {};
  }
  return {};
}

// Without confirm=yes: what the step will do (or what it still needs); with it: the step.
Response NextPhase(RequestContext& ctx, const Edition& e, LifecycleStores& stores) {
  const auto from = EditionPhaseFrom(ctx.request.Field("from"));
  const auto to = NextPhase(e.phase);
  if (!from || *from != e.phase || !to) {
    return ErrorPage(ctx, "The phase was not changed",
                     Error::Conflict("The edition is in the phase \u201c" + Label(e.phase) +
                                     "\u201d now, not the one this page showed. Reload the edition's page."));
  }
  const auto missing = MissingForNextPhase(e, GatherPhaseFacts(stores, e), ctx.Now());
  const bool confirmed = ctx.request.Field("confirm") == "yes";
  if (confirmed && missing.empty()) {
    if (auto moved = stores.editions.SetPhase(e.id, e.phase, *to, ctx.ActorId(), ctx.Now()); !moved) {
      return ErrorPage(ctx, "The phase was not changed", moved.error());
    }
    return Response::Redirect(HubUrl(e) + "?phase=1");
  }
  return RenderPage(ctx, "phase_step.tpl", NextStepAction(e.phase), [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetValue("ACTION", NextStepAction(e.phase));
    d.SetValue("FROM", Label(e.phase));
    d.SetValue("FROM_VALUE", ToString(e.phase));
    d.SetValue("TO", Label(*to));
    if (!missing.empty()) {
      auto* blocked = d.AddSectionDictionary("MISSING");
      for (const auto& m : missing) blocked->AddSectionDictionary("ITEMS")->SetValue("TEXT", m);
      return;
    }
    auto* ready = d.AddSectionDictionary("READY");
    for (const auto& effect : EffectsOf(e.phase)) ready->AddSectionDictionary("EFFECTS")->SetValue("TEXT", effect);
  }, missing.empty() ? 200 : HttpStatusOf(ErrorCode::kConflict));
}

}  // namespace

PhaseFacts GatherPhaseFacts(LifecycleStores& stores, const Edition& e) {
  PhaseFacts f;
  for (const auto& r : stores.registrations.List(e.id)) {
    if (r.erased_at) continue;
    ++f.applications;
    if (r.status != RegistrationStatus::kAccepted) continue;
    ++f.accepted;
    if (r.working_group_id) {
      f.assignment_published = true;
    } else {
      ++f.accepted_without_group;
    }
  }
  f.freed_places = static_cast<int>(stores.registrations.FreedPlaces(e.id).size());
  if (const auto approval = stores.approvals.Latest(e.id)) {
    f.approval_recorded = true;
    f.approval_current = !store::DriftSince(*approval, stores.approvals.AcceptedIds(e.id)).stale();
  }
  const auto sessions = stores.programme.List(e.id);
  f.programme_sessions = static_cast<int>(sessions.size());
  f.programme_clashes = static_cast<int>(FindClashes(e, sessions).size());
  if (const auto last = stores.programme.LastPublication(e.id)) {
    f.programme_published = true;
    f.programme_unpublished = static_cast<int>(DiffProgramme(stores.programme.ListPublished(e.id), sessions).size());
    // Clashes published with a recorded reason, and unchanged since, no longer hold the edition.
    if (f.programme_unpublished == 0 && !last->override_reason.empty()) f.programme_clashes = 0;
  }
  return f;
}

std::vector<Route> PhaseRoutes(LifecycleStores& stores) {
  return {EditionRoute(Method::kPost, "/manage/editions/{number}/phase", Action::kEditEditions, stores, NextPhase)};
}

}  // namespace plenary::web
