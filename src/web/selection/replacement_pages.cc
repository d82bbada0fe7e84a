#include "web/selection/replacement_pages.h"

#include <algorithm>
#include <map>

#include "domain/core/text.h"
#include "engine/selection/edition_selection.h"
#include "web/participation/application_pages.h"
#include "web/participation/participant_charts.h"
#include "web/selection/selection_pages.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

// A suggestion is a small model (everyone but the waiting list fixed): seconds at most.
constexpr double kSuggestionTimeLimitSeconds = 5;

std::string ReplacementsUrl(const Edition& e) {
  return "/manage/editions/" + std::to_string(e.number) + "/selection/replacements";
}

// The rules the suggestion keeps: those of the latest selection run that found a selection,
// else the selection page's default balance for the `places` the list will have; and how the
// page names them.
std::pair<engine::SelectionForm, std::string> RulesOf(SelectionStores& stores, const Edition& e, int places) {
  for (const auto& job : stores.jobs.Recent(e.id, store::JobKind::kSelection, 20)) {
    if (job.status != store::JobStatus::kDone || engine::DecodeSelectionRun(job.result).status == "infeasible") continue;
    return {engine::DecodeSelectionForm(job.input), "the rules of selection run " + std::to_string(job.id)};
  }
  return {engine::DefaultSelectionForm(places, Capacity(e)),
          "the default balance of the selection page (no selection has been run)"};
}

// Among equal scores: the lottery of the run whose rules are kept (its published seed), else the
// earlier registration; `pool` is reordered accordingly, and the page says which.
std::string TieRule(const engine::SelectionForm& form, std::vector<Registration>& pool) {
  const auto seed = form.find("seed");
  if (seed == form.end() || seed->second.empty()) return "the earlier registration";
  OrderByLottery(pool, seed->second);
  return "the run's lottery, seed " + seed->second;
}

void FillPerson(ctemplate::TemplateDictionary& row, const Registration& r) {
  row.SetIntValue("ID", r.id);
  row.SetValue("NAME", r.full_name);
  row.SetValue("COUNTRY", r.country);
  row.SetValue("GENDER", Label(r.gender));
  row.SetValue("REGION", r.region);
  row.SetValue("SECTOR", Label(r.sector));
  row.SetIntValue("SCORE", r.score);
}

// The page; `refused` is why a promotion was refused (shown at the top, status 409).
Response Render(RequestContext& ctx, const Edition& e, SelectionStores& stores, const std::string& refused) {
  const auto pool = Pool(stores, e);
  const auto freed = stores.registrations.FreedPlaces(e.id);
  std::map<Id, const Registration*> by_id;
  std::vector<const Registration*> accepted, waiting;
  for (const auto& r : pool) {
    by_id[r.id] = &r;
    if (r.status == RegistrationStatus::kAccepted) accepted.push_back(&r);
    if (r.status == RegistrationStatus::kWaitlisted) waiting.push_back(&r);
  }
  const bool can_promote = Can(ctx.principal, Action::kManageParticipants);
  return RenderPage(ctx, "replacements.tpl", "Places given up – " + Ordinal(e.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    if (!refused.empty()) d.SetValueAndShowSection("MESSAGE", refused, "REFUSED");
    if (const auto promoted = ParseId(ctx.request.Query("promoted")); promoted && by_id.count(*promoted)) {
      d.SetValueAndShowSection("PROMOTED_NAME", by_id[*promoted]->full_name, "PROMOTED");
    }
    d.SetIntValue("PLACES", static_cast<long>(freed.size()));
    d.SetIntValue("ACCEPTED", static_cast<long>(accepted.size()));
    d.SetIntValue("WAITING", static_cast<long>(waiting.size()));
    if (freed.empty()) d.ShowSection("NO_PLACES");
    if (freed.empty()) return;
    auto* table = d.AddSectionDictionary("FREED_TABLE");
    for (const auto& f : freed) FillPerson(*table->AddSectionDictionary("FREED"), f);
    if (waiting.empty()) {
      d.ShowSection("NO_WAITING");
      return;
    }
    const auto [form, rules_name] =
        RulesOf(stores, e, static_cast<int>(accepted.size() + std::min(freed.size(), waiting.size())));
    auto rules = engine::ParseSelectionForm(form);
    auto ordered = pool;
    const std::string ties = TieRule(form, ordered);
    auto suggestion = rules ? engine::SuggestReplacements(ordered, *rules, static_cast<int>(freed.size()),
                                                          kSuggestionTimeLimitSeconds)
                            : Result<engine::Replacement>(rules.error());
    if (!suggestion) {
      d.SetValueAndShowSection("REASON", suggestion.error().message(), "NO_SUGGESTION");
    } else {
      auto* s = d.AddSectionDictionary("SUGGESTION");
      s->SetValue("RULES", rules_name);
      s->SetValue("TIES", ties);
      s->SetIntValue("COUNT", static_cast<long>(suggestion->chosen.size()));
      if (!suggestion->relaxed.empty()) {
        auto* relaxed = s->AddSectionDictionary("RELAXED");
        for (const auto& text : suggestion->relaxed) relaxed->AddSectionDictionary("RULE")->SetValue("TEXT", text);
      }
      std::vector<const Registration*> with = accepted;
      for (size_t i = 0; i < suggestion->chosen.size(); ++i) {
        const Registration& r = *by_id.at(suggestion->chosen[i]);
        with.push_back(&r);
        auto* row = s->AddSectionDictionary("SUGGESTED");
        FillPerson(*row, r);
        row->SetValue("PLACE_NAME", freed[i].full_name);
        if (can_promote) row->AddSectionDictionary("CAN_PROMOTE")->SetIntValue("PLACE", freed[i].id);
      }
      AddShareCharts(*s, "CHARTS", AttributeCharts({{"Accepted now", accepted}, {"With the suggestion", with}}));
    }
    auto* list = d.AddSectionDictionary("WAITING_LIST");
    for (const Registration* r : waiting) {
      auto* row = list->AddSectionDictionary("PERSON");
      FillPerson(*row, *r);
      if (!can_promote) continue;
      auto* promote = row->AddSectionDictionary("CAN_PROMOTE");
      promote->SetIntValue("ID", r->id);
      for (const auto& f : freed) {
        auto* option = promote->AddSectionDictionary("PLACES");
        option->SetIntValue("PLACE", f.id);
        option->SetValue("PLACE_NAME", f.full_name);
      }
    }
  }, refused.empty() ? 200 : 409);
}

Response ReplacementsPage(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  return Render(ctx, e, stores, "");
}

Response Promote(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const auto id = ParseId(ctx.request.Field("registration"));
  const auto place = ParseId(ctx.request.Field("replaces"));
  if (!id || !place) {
    return Render(ctx, e, stores, "Choose a person from the waiting list and the place they take, then promote again.");
  }
  const auto r = stores.registrations.Get(e.id, *id);
  const auto invitation = r ? stores.invitations.Get(e.id, r->invitation_id) : std::nullopt;
  if (!r || !invitation) return Render(ctx, e, stores, "Registration " + std::to_string(*id) + " is not part of this edition.");
  const auto mail = DecisionMail(e, ctx.site ? ctx.site->name : "", *r, invitation->email, RegistrationStatus::kAccepted,
                                 ctx.config.base_url);
  const std::string reason = "Promoted from the waiting list into the place of registration " + std::to_string(*place);
  if (auto done = stores.registrations.Promote(e.id, *id, *place, reason, mail, ctx.ActorId(), ctx.Now()); !done) {
    return Render(ctx, e, stores, done.error().message());
  }
  return Response::Redirect(ReplacementsUrl(e) + "?promoted=" + std::to_string(*id));
}

}  // namespace

std::vector<Route> ReplacementRoutes(SelectionStores& stores) {
  using enum Method;
  return {
      EditionRoute(kGet, "/manage/editions/{number}/selection/replacements", Action::kViewApplications, stores,
                   ReplacementsPage),
      EditionRoute(kPost, "/manage/editions/{number}/selection/promote", Action::kManageParticipants, stores, Promote),
  };
}

}  // namespace plenary::web
