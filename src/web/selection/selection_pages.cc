#include "web/selection/selection_pages.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "domain/core/text.h"
#include "engine/selection/edition_selection.h"
#include "engine/selection/selection.h"
#include "web/participation/application_pages.h"
#include "web/participation/participant_charts.h"
#include "web/public/public_pages.h"
#include "web/server/jobs.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr double kSelectionTimeLimitSeconds = 20;
constexpr const char* kJobKind = "selection";

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

int Capacity(const Edition& e) {
  int total = 0;
  for (const auto& g : e.working_groups) total += g.max_size;
  return total;
}

std::vector<Registration> Pool(Services& services, const Edition& e) {
  auto all = services.registrations.List(e.id);
  all.erase(std::remove_if(all.begin(), all.end(), [](const Registration& r) { return r.erased_at.has_value(); }), all.end());
  return all;
}

std::set<Id> Nominated(Services& services, const Edition& e, const std::vector<Registration>& pool) {
  std::set<Id> nominated_invitations, out;
  for (const auto& i : services.invitations.List(e.id)) {
    if (i.kind == InvitationKind::kNominated) nominated_invitations.insert(i.id);
  }
  for (const auto& r : pool) {
    if (nominated_invitations.count(r.invitation_id)) out.insert(r.id);
  }
  return out;
}

std::optional<store::Job> JobFor(RequestContext& ctx, const Edition& e, const std::string& text) {
  if (const auto id = ParseId(text)) {
    auto job = ctx.services.jobs.Get(*id);
    if (job && job->edition_id == e.id && job->kind == kJobKind) return job;
    return std::nullopt;
  }
  auto recent = ctx.services.jobs.Recent(e.id, kJobKind, 1);
  if (recent.empty()) return std::nullopt;
  return recent.front();
}

std::string SelectionUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/selection"; }

void FillJob(RequestContext& ctx, ctemplate::TemplateDictionary& d, const Edition& e, const store::Job& job,
             const std::vector<Registration>& pool) {
  auto* section = d.AddSectionDictionary("JOB");
  section->SetIntValue("JOB_ID", job.id);
  section->SetValue("STARTED", FormatInZone(job.created_at, e.time_zone));
  if (job.status == store::JobStatus::kQueued || job.status == store::JobStatus::kRunning) {
    auto* running = section->AddSectionDictionary("RUNNING");
    running->SetValue("STATUS", job.status == store::JobStatus::kQueued ? "Waiting to start" : "Running");
    running->SetValue("MESSAGE", job.message);
    running->SetIntValue("JOB_ID", job.id);
    return;
  }
  if (job.status == store::JobStatus::kFailed) {
    section->AddSectionDictionary("FAILED")->SetValue("MESSAGE", job.message);
    return;
  }
  const auto outcome = engine::DecodeSelectionRun(job.result);
  auto* result = section->AddSectionDictionary("RESULT");
  result->SetValue("MESSAGE", job.message);
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

Response Render(RequestContext& ctx, const Edition& e, const engine::SelectionForm& form,
                const std::vector<FieldError>& errors, const std::string& scores_text, int status) {
  const auto pool = Pool(ctx.services, e);
  const auto nominated = Nominated(ctx.services, e, pool);
  const auto job = JobFor(ctx, e, ctx.request.Query("run"));
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
  }, status);
}


}  // namespace

Response SelectionPage(RequestContext& ctx) {
  auto e = EditionOf(ctx);
  if (!e) return NotFoundPage(ctx);
  const auto pool = Pool(ctx.services, *e);
  return Render(ctx, *e, engine::DefaultSelectionForm(static_cast<int>(pool.size()), Capacity(*e)), {}, "", 200);
}

Response RunSelection(RequestContext& ctx) {
  auto e = EditionOf(ctx);
  if (!e) return NotFoundPage(ctx);
  const auto form = FormFrom(ctx.request);
  auto rules = engine::ParseSelectionForm(form);
  if (!rules) return Render(ctx, *e, form, rules.error().fields(), "", 422);
  const Id id = EnqueueEditionJob(ctx, e->id, kJobKind, engine::EncodeSelectionForm(form));
  return Response::Redirect(SelectionUrl(*e) + "?run=" + std::to_string(id));
}

Response SaveScores(RequestContext& ctx) {
  auto e = EditionOf(ctx);
  if (!e) return NotFoundPage(ctx);
  const std::string text = ctx.request.Field("scores");
  const auto pool = Pool(ctx.services, *e);
  const auto form = engine::DefaultSelectionForm(static_cast<int>(pool.size()), Capacity(*e));
  auto scores = engine::ParseScoreList(text);
  if (!scores) return Render(ctx, *e, form, scores.error().fields(), text, 422);
  if (auto saved = ctx.services.selection.SetScores(e->id, *scores, ctx.ActorId()); !saved) {
    return Render(ctx, *e, form, {{"scores", saved.error().message()}}, text, 422);
  }
  return Response::Redirect(SelectionUrl(*e) + "?scored=1");
}

Response ApplySelection(RequestContext& ctx) {
  auto e = EditionOf(ctx);
  if (!e) return NotFoundPage(ctx);
  const std::string run = ctx.request.Field("run");
  auto job = run.empty() ? std::nullopt : JobFor(ctx, *e, run);
  if (!job || job->status != store::JobStatus::kDone) {
    return ErrorPage(ctx, 404, "No finished selection", "There is no finished selection run to apply; run the selection first.");
  }
  const auto outcome = engine::DecodeSelectionRun(job->result);
  if (outcome.status == "infeasible") {
    return ErrorPage(ctx, 409, "Nothing to apply", "This run found no selection that meets every rule; change the rules and run it again.");
  }
  const std::set<Id> chosen(outcome.selected.begin(), outcome.selected.end());
  std::vector<store::Decision> decisions;
  int accepted = 0, waitlisted = 0;
  for (const auto& r : Pool(ctx.services, *e)) {
    if (r.status == RegistrationStatus::kDeclined) continue;
    const auto status = chosen.count(r.id) ? RegistrationStatus::kAccepted : RegistrationStatus::kWaitlisted;
    if (r.status == status) continue;
    (status == RegistrationStatus::kAccepted ? accepted : waitlisted)++;
    store::Decision d{r.id, status, "Selection run " + std::to_string(job->id), std::nullopt};
    if (r.account_id) {
      if (auto account = ctx.services.accounts.Get(*r.account_id)) d.mail = DecisionMail(*e, r, account->email, status, ctx.services.config.base_url);
    }
    decisions.push_back(std::move(d));
  }
  if (ctx.request.Field("confirm") != "yes") {
    return RenderPage(ctx, "selection_confirm.tpl", "Apply the selection?", [&](ctemplate::TemplateDictionary& d) {
      FillEditionSummary(d, *e);
      d.SetIntValue("JOB_ID", job->id);
      d.SetIntValue("ACCEPTED", accepted);
      d.SetIntValue("WAITLISTED", waitlisted);
    });
  }
  if (auto decided = ctx.services.registrations.Decide(e->id, decisions, ctx.ActorId()); !decided) {
    return ErrorPage(ctx, 409, "The selection was not applied", decided.error().message());
  }
  return Response::Redirect(SelectionUrl(*e) + "?run=" + std::to_string(job->id) + "&applied=" +
                            std::to_string(decisions.size()));
}

Result<JobOutcome> RunSelectionJob(Services& services, const store::Job& job, const JobProgress& progress) {
  if (!job.edition_id) return Error::Invalid("A selection job needs an edition.");
  auto e = services.editions.GetById(*job.edition_id);
  if (!e) return Error::NotFound("The edition of this selection no longer exists.");
  auto rules = engine::ParseSelectionForm(engine::DecodeSelectionForm(job.input));
  if (!rules) return Error::Invalid("The rules of this run are not valid; start a new run from the form.");
  const auto pool = Pool(services, *e);
  progress(0, 1, "Selecting " + std::to_string(rules->k) + " of " + std::to_string(pool.size()) + " people.");
  const auto instance = engine::BuildEditionSelection(pool, Nominated(services, *e, pool), *rules);
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

}  // namespace plenary::web
