#include "web/selection/selection_pages.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "domain/core/text.h"
#include "domain/participation/participation.h"
#include "domain/series/edition.h"
#include "engine/selection/edition_selection.h"
#include "engine/selection/selection.h"
#include "web/participation/application_pages.h"
#include "web/participation/participant_charts.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr double kSelectionTimeLimitSeconds = 20;
constexpr store::JobKind kJobKind = store::JobKind::kSelection;

engine::SelectionForm FormFrom(const Request& r) {
  engine::SelectionForm form;
  form["k"] = r.Field("k");
  form["country_cap"] = r.Field("country_cap");
  for (const auto& b : engine::SelectionBands()) {
    for (const char* side : {"min_", "max_"}) {
      const std::string name = side + b.attribute + "_" + b.value;
      form[name] = r.Field(name);
    }
  }
  return form;
}


std::set<Id> Nominated(SelectionStores& stores, const Edition& e, const std::vector<Registration>& pool) {
  std::set<Id> nominated_invitations, out;
  for (const auto& i : stores.invitations.List(e.id)) {
    if (i.kind == InvitationKind::kNominated) nominated_invitations.insert(i.id);
  }
  for (const auto& r : pool) {
    if (nominated_invitations.count(r.invitation_id)) out.insert(r.id);
  }
  return out;
}

std::optional<store::Job> JobFor(SelectionStores& stores, const Edition& e, const std::string& text) {
  if (const auto id = ParseId(text)) {
    auto job = stores.jobs.Get(*id);
    if (job && job->edition_id == e.id && job->kind == kJobKind) return job;
    return std::nullopt;
  }
  auto recent = stores.jobs.Recent(e.id, kJobKind, 1);
  if (recent.empty()) return std::nullopt;
  return recent.front();
}

std::string SelectionUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/selection"; }

std::string RunUrl(const Edition& e, Id job_id) {
  return SelectionUrl(e) + "?run=" + std::to_string(job_id);
}

// The run in the shared job panel; once it is done, its outcome in selection_result.tpl.
void FillJob(RequestContext& ctx, ctemplate::TemplateDictionary& d, const Edition& e, const store::Job& job,
             const std::vector<Registration>& pool) {
  const JobPanel panel{std::string(store::kJobKindNames.Label(job.kind)) + " " + std::to_string(job.id), "", RunUrl(e, job.id), "",
                       "selection_result.tpl"};
  auto* result = FillJobPanel(d, ctx, job, e.time_zone, panel);
  if (job.status != store::JobStatus::kDone) return;
  const auto outcome = engine::DecodeSelectionRun(job.result);
  result->SetIntValue("JOB_ID", job.id);
  if (outcome.status == "infeasible") {
    auto* infeasible = result->AddSectionDictionary("INFEASIBLE");
    infeasible->SetValue("REASON", outcome.reason);
    if (!outcome.relaxations.empty()) {
      auto* relax = infeasible->AddSectionDictionary("HAS_RELAX");
      for (const auto& r : outcome.relaxations) relax->AddSectionDictionary("RELAX")->SetValue("TEXT", r);
    }
    return;
  }
  std::set<Id> chosen(outcome.selected.begin(), outcome.selected.end());
  std::vector<const Registration*> selected, all;
  for (const auto& r : pool) {
    all.push_back(&r);
    if (chosen.count(r.id)) selected.push_back(&r);
  }
  auto* found = result->AddSectionDictionary("FOUND");
  found->SetIntValue("COUNT", static_cast<long>(selected.size()));
  found->SetIntValue("POOL", static_cast<long>(all.size()));
  found->SetValue("QUALITY", outcome.status == "optimal" ? "the best possible score" : "a good score (the time limit stopped the search)");
  found->SetIntValue("OBJECTIVE", outcome.objective);
  AddShareCharts(*found, "CHARTS", AttributeCharts({{"Selected", selected}, {"Everyone who applied", all}}));
  for (const Registration* r : selected) {
    auto* row = found->AddSectionDictionary("SELECTED");
    row->SetIntValue("ID", r->id);
    row->SetValue("NAME", r->full_name);
    row->SetValue("COUNTRY", r->country);
    row->SetIntValue("SCORE", r->score);
  }
  if (Can(ctx.principal, Action::kManageParticipants)) {
    auto* apply = found->AddSectionDictionary("CAN_APPLY");
    apply->SetIntValue("JOB_ID", job.id);
    apply->SetValue("URL", SelectionUrl(e));
  }
}

// The page, with a refused rules or scores form shown again as typed (`scores_text` is the
// pasted scores; "" shows the stored ones).
Response Render(RequestContext& ctx, const Edition& e, SelectionStores& stores,
                const engine::SelectionForm& form, const std::string& scores_text,
                const FormState& state) {
  const auto& errors = state.errors;
  const auto pool = Pool(stores, e);
  const auto nominated = Nominated(stores, e, pool);
  const auto job = JobFor(stores, e, ctx.request.Query("run"));
  return RenderPage(ctx, "selection.tpl", "Selection – " + Ordinal(e.number) + " edition", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetIntValue("POOL", static_cast<long>(pool.size()));
    if (ctx.request.Query("scored") == "1") d.ShowSection("SCORED");
    if (const auto applied = ctx.request.Query("applied"); !applied.empty()) d.SetValueAndShowSection("APPLIED_COUNT", applied, "APPLIED");
    if (job) FillJob(ctx, d, e, *job, pool);
    const bool can_run = Can(ctx.principal, Action::kManageParticipants);
    std::string all_scores;
    for (const auto& r : pool) {
      auto* row = d.AddSectionDictionary("REGISTRATIONS");
      row->SetIntValue("ID", r.id);
      row->SetValue("NAME", r.full_name);
      row->SetValue("COUNTRY", r.country);
      row->SetValue("GENDER", Label(r.gender));
      row->SetValue("REGION", r.region);
      row->SetValue("SECTOR", Label(r.sector));
      row->SetValue("STATUS", Label(r.status));
      row->SetValue("NOMINATED", nominated.count(r.id) ? "Nominated official" : "");
      row->SetIntValue("SCORE", r.score);
      all_scores += std::to_string(r.id) + "," + std::to_string(r.score) + "\n";
    }
    if (!can_run) return;
    auto* rules = d.AddSectionDictionary("CAN_RUN");
    SetFormField(*rules, "K", form.count("k") ? form.at("k") : "", errors, "k", "sel_k");
    SetFormField(*rules, "COUNTRY_CAP", form.count("country_cap") ? form.at("country_cap") : "", errors, "country_cap",
                 "sel_country_cap");
    for (const auto& b : engine::SelectionBands()) {
      auto* row = rules->AddSectionDictionary("BANDS");
      const std::string suffix = b.attribute + "_" + b.value;
      row->SetValue("LABEL", b.label);
      row->SetValue("ATTRIBUTE", b.attribute == "gender" ? "Gender" : b.attribute == "region" ? "Region" : "Sector");
      row->SetValue("SUFFIX", suffix);
      for (const char* side : {"min", "max"}) {
        const std::string name = std::string(side) + "_" + suffix;
        SetFormField(*row, side == std::string("min") ? "MIN" : "MAX", form.count(name) ? form.at(name) : "", errors,
                     name, "sel_" + name);
      }
    }
    SetFormField(*rules, "SCORES", scores_text.empty() ? all_scores : scores_text, errors, "scores", "sel_scores");
    SetErrorSummary(d, errors, [](const std::string& f) { return "sel_" + f; });
  }, state.status);
}

Response SelectionPage(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const auto pool = Pool(stores, e);
  return Render(ctx, e, stores, engine::DefaultSelectionForm(static_cast<int>(pool.size()), Capacity(e)), "",
                FormState::Fresh());
}

Response RunSelection(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const auto form = FormFrom(ctx.request);
  auto rules = engine::ParseSelectionForm(form);
  if (!rules) return Render(ctx, e, stores, form, "", FormState::Refused(rules.error()));
  const Id id =
      EnqueueEditionJob(stores.jobs, ctx, e.id, kJobKind, engine::EncodeSelectionForm(form));
  return Response::Redirect(RunUrl(e, id));
}

Response SaveScores(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const std::string text = ctx.request.Field("scores");
  const auto pool = Pool(stores, e);
  const auto form = engine::DefaultSelectionForm(static_cast<int>(pool.size()), Capacity(e));
  auto scores = engine::ParseScoreList(text);
  if (!scores) return Render(ctx, e, stores, form, text, FormState::Refused(scores.error()));
  if (auto saved = stores.selection.SetScores(e.id, *scores, ctx.ActorId()); !saved) {
    // A line naming someone outside this edition is a mistake in the pasted list (422), not a
    // missing page.
    return Render(ctx, e, stores, form, text,
                  FormState::OnField("scores", Error::Invalid(saved.error().message())));
  }
  return Response::Redirect(SelectionUrl(e) + "?scored=1");
}

Response ApplySelection(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const std::string run = ctx.request.Field("run");
  auto job = run.empty() ? std::nullopt : JobFor(stores, e, run);
  if (!job || job->status != store::JobStatus::kDone) {
    return ErrorPage(ctx, "No finished selection",
                     Error::NotFound("There is no finished selection run to apply; run the selection first."));
  }
  const auto outcome = engine::DecodeSelectionRun(job->result);
  if (outcome.status == "infeasible") {
    return ErrorPage(ctx, "Nothing to apply",
                     Error::Conflict("This run found no selection that meets every rule; change the rules and run it "
                                     "again."));
  }
  const std::set<Id> chosen(outcome.selected.begin(), outcome.selected.end());
  std::vector<store::Decision> decisions;
  int accepted = 0, waitlisted = 0;
  for (const auto& r : Pool(stores, e)) {
    if (r.Decided() == RegistrationStatus::kDeclined || r.Decided() == RegistrationStatus::kWithdrawn) continue;
    const auto status = chosen.count(r.id) ? RegistrationStatus::kAccepted : RegistrationStatus::kWaitlisted;
    if (r.Decided() == status) continue;
    (status == RegistrationStatus::kAccepted ? accepted : waitlisted)++;
    decisions.push_back({r.id, status, "Selection run " + std::to_string(job->id), std::nullopt});
  }
  if (ctx.request.Field("confirm") != "yes") {
    return RenderPage(ctx, "selection_confirm.tpl", "Apply the selection?", [&](ctemplate::TemplateDictionary& d) {
      FillEditionSummary(d, e);
      d.SetIntValue("JOB_ID", job->id);
      d.SetIntValue("ACCEPTED", accepted);
      d.SetIntValue("WAITLISTED", waitlisted);
    });
  }
  // Drafts: the steering committee approves the list, then the secretariat releases it.
  if (auto decided = stores.registrations.Propose(e.id, decisions, ctx.ActorId()); !decided) {
    return ErrorPage(ctx, "The selection was not applied",
                     Error::Conflict(decided.error().message()));
  }
  return Response::Redirect(RunUrl(e, job->id) + "&applied=" + std::to_string(decisions.size()));
}

Result<JobOutcome> RunSelectionJob(SelectionStores& stores, const store::Job& job,
                                   const JobProgress& progress) {
  if (!job.edition_id) return Error::Invalid("A selection job needs an edition.");
  auto e = stores.editions.GetById(*job.edition_id);
  if (!e) return Error::NotFound("The edition of this selection no longer exists.");
  auto rules = engine::ParseSelectionForm(engine::DecodeSelectionForm(job.input));
  if (!rules) return Error::Invalid("The rules of this run are not valid; start a new run from the form.");
  const auto pool = Pool(stores, *e);
  progress(0, 1, "Selecting " + std::to_string(rules->k) + " of " + std::to_string(pool.size()) + " people.");
  const auto instance = engine::BuildEditionSelection(pool, Nominated(stores, *e, pool), *rules);
  auto result = engine::Select(instance, {kSelectionTimeLimitSeconds});
  if (!result) return result.error();
  engine::SelectionRun o;
  o.objective = result->objective;
  for (const auto& id : result->selected) o.selected.push_back(std::stoll(id));
  std::string message;
  switch (result->status) {
    case engine::SelectionStatus::kOptimal: o.status = "optimal"; break;
    case engine::SelectionStatus::kFeasible: o.status = "feasible"; break;
    case engine::SelectionStatus::kInfeasible: o.status = "infeasible"; break;
  }
  if (result->diagnosis) {
    o.reason = result->diagnosis->reason;
    for (const auto& r : result->diagnosis->relaxations) o.relaxations.push_back(engine::PlainRelaxation(r));
    message = "No selection meets every rule.";
  } else {
    message = "Selected " + std::to_string(o.selected.size()) + " of " + std::to_string(pool.size()) + " people.";
  }
  progress(1, 1, message);
  return JobOutcome{engine::EncodeSelectionRun(o), message};
}

}  // namespace

int Capacity(const Edition& e) {
  int total = 0;
  for (const auto& g : e.working_groups) total += g.max_size;
  return total;
}

std::vector<Registration> Pool(SelectionStores& stores, const Edition& e) {
  auto all = stores.registrations.List(e.id);
  all.erase(std::remove_if(all.begin(), all.end(), [](const Registration& r) { return r.erased_at.has_value(); }), all.end());
  return all;
}

std::vector<Route> SelectionRoutes(SelectionStores& stores) {
  using enum Method;
  return {
      EditionRoute(kGet, "/manage/editions/{number}/selection", Action::kViewApplications, stores,
                   SelectionPage),
      EditionRoute(kPost, "/manage/editions/{number}/selection", Action::kManageParticipants,
                   stores, RunSelection),
      EditionRoute(kPost, "/manage/editions/{number}/selection/scores",
                   Action::kManageParticipants, stores, SaveScores),
      EditionRoute(kPost, "/manage/editions/{number}/selection/apply", Action::kManageParticipants,
                   stores, ApplySelection),
  };
}

// The selection does not depend on the time: the clock is taken for the handlers' common shape.
JobHandler SelectionJobHandler(SelectionStores& stores, const Clock& /*clock*/) {
  return [&stores](const store::Job& job, const JobProgress& progress) -> Result<JobOutcome> {
    return RunSelectionJob(stores, job, progress);
  };
}

}  // namespace plenary::web
