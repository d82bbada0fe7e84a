#include "web/selection/selection_pages.h"

#include <algorithm>
#include <map>
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
#include "store/core/credentials.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr double kSelectionTimeLimitSeconds = 20;
constexpr store::JobKind kJobKind = store::JobKind::kSelection;

engine::SelectionForm FormFrom(const Request& r) {
  engine::SelectionForm form;
  form["k"] = r.Field("k");
  form["country_cap"] = r.Field("country_cap");
  form["partner_min"] = r.Field("partner_min");
  for (Sector sector : engine::PartnerRuleSectors()) {
    for (const char* side : {"partner_min_", "partner_max_"}) {
      const std::string name = side + ToString(sector);
      form[name] = r.Field(name);
    }
  }
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
  const auto form = engine::DecodeSelectionForm(job.input);
  if (const auto seed = form.find("seed"); seed != form.end() && !seed->second.empty()) {
    found->SetValueAndShowSection("SEED", seed->second, "LOTTERY");
  }
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

// The page, with a refused rules or scores form shown again as typed (`typed_scores`: the
// scores as typed per registration; the stored ones for the others).
Response Render(RequestContext& ctx, const Edition& e, SelectionStores& stores,
                const engine::SelectionForm& form, const std::map<Id, std::string>& typed_scores,
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
    if (can_run) {
      d.ShowSection("SCORE_FORM_START");
      d.ShowSection("SCORE_FORM_END");
    }
    if (const auto scored = ctx.request.Query("uploaded"); !scored.empty()) {
      d.SetValueAndShowSection("UPLOADED_COUNT", scored, "UPLOADED");
    }
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
      if (can_run) {
        const auto typed = typed_scores.find(r.id);
        SetFormField(*row->AddSectionDictionary("SCORE_INPUT"), "SCORE",
                     typed == typed_scores.end() ? std::to_string(r.score) : typed->second, errors,
                     "score_" + std::to_string(r.id), "score_" + std::to_string(r.id));
      } else {
        row->AddSectionDictionary("SCORE_TEXT")->SetIntValue("SCORE", r.score);
      }
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
    SetFormField(*rules, "PARTNER_MIN", form.count("partner_min") ? form.at("partner_min") : "", errors, "partner_min",
                 "sel_partner_min");
    for (Sector sector : engine::PartnerRuleSectors()) {
      auto* row = rules->AddSectionDictionary("PARTNER_SECTORS");
      const std::string suffix = ToString(sector);
      row->SetValue("SUFFIX", suffix);
      row->SetValue("LABEL", engine::SectorPeople(sector));
      for (const char* side : {"min", "max"}) {
        const std::string name = std::string("partner_") + side + "_" + suffix;
        SetFormField(*row, side == std::string("min") ? "MIN" : "MAX", form.count(name) ? form.at(name) : "", errors,
                     name, "sel_" + name);
      }
    }
    auto* upload = d.AddSectionDictionary("CAN_UPLOAD");
    SetFormField(*upload, "FILE", "", errors, "file", "sel_file");
    SetErrorSummary(d, errors, [](const std::string& f) {
      return f.rfind("score_", 0) == 0 ? f : "sel_" + f;
    });
  }, state.status);
}

engine::SelectionForm DefaultForm(SelectionStores& stores, const Edition& e) {
  return engine::DefaultSelectionForm(static_cast<int>(Pool(stores, e).size()), Capacity(e));
}

Response SelectionPage(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  return Render(ctx, e, stores, DefaultForm(stores, e), {}, FormState::Fresh());
}

Response RunSelection(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const auto form = FormFrom(ctx.request);
  auto rules = engine::ParseSelectionForm(form);
  if (!rules) return Render(ctx, e, stores, form, {}, FormState::Refused(rules.error()));
  // The lottery among equal scores: its seed is drawn now and published with the run.
  auto with_seed = form;
  with_seed["seed"] = store::RandomToken().substr(0, 16);
  const Id id =
      EnqueueEditionJob(stores.jobs, ctx, e.id, kJobKind, engine::EncodeSelectionForm(with_seed));
  return Response::Redirect(RunUrl(e, id));
}

// Scores typed in the table: one field per registration ("score_<id>"); a person without a field
// keeps their score. Every problem names the person; nothing is saved until all are right.
Response SaveScores(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  std::map<Id, std::string> typed;
  std::vector<FieldError> errors;
  std::vector<std::pair<Id, int>> scores;
  for (const auto& r : Pool(stores, e)) {
    const std::string field = "score_" + std::to_string(r.id);
    if (!ctx.request.form.count(field)) continue;
    const std::string text = Trim(ctx.request.Field(field));
    typed[r.id] = text;
    auto score = engine::ParseScore(text);
    if (!score) {
      errors.push_back({field, "The score of " + r.full_name + " (\"" + text.substr(0, 20) + "\") must be a whole number "
                               "from -" + std::to_string(engine::kMaxAbsScore) + " to " +
                               std::to_string(engine::kMaxAbsScore) + " (empty counts as 0)."});
      continue;
    }
    scores.emplace_back(r.id, *score);
  }
  if (!errors.empty()) return Render(ctx, e, stores, DefaultForm(stores, e), typed, FormState::Refused(Error::Invalid(errors)));
  if (auto saved = stores.selection.SetScores(e.id, scores, ctx.ActorId()); !saved) {
    return Render(ctx, e, stores, DefaultForm(stores, e), typed, FormState::OnField("form", Error::Conflict(saved.error().message())));
  }
  return Response::Redirect(SelectionUrl(e) + "?scored=1");
}

// Scores from a CSV file: "registration,score" per line (a header line is skipped). A line
// naming someone outside the edition, or any bad line, refuses the whole file.
Response UploadScores(RequestContext& ctx, const Edition& e, SelectionStores& stores) {
  const UploadedFile* upload = ctx.request.File("file");
  const auto refuse = [&](const std::string& message) {
    return Render(ctx, e, stores, DefaultForm(stores, e), {}, FormState::OnField("file", Error::Invalid(message)));
  };
  if (!upload || upload->content.empty()) return refuse("Choose a CSV file of scores to upload; none was attached (or it was empty).");
  auto scores = engine::ParseScoreList(upload->content);
  if (!scores) return refuse(upload->filename + ": " + scores.error().fields().at(0).message);
  if (auto saved = stores.selection.SetScores(e.id, *scores, ctx.ActorId()); !saved) {
    return refuse(upload->filename + ": " + saved.error().message() + " Nothing was saved.");
  }
  return Response::Redirect(SelectionUrl(e) + "?uploaded=" + std::to_string(scores->size()));
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
  const auto form = engine::DecodeSelectionForm(job.input);
  auto rules = engine::ParseSelectionForm(form);
  if (!rules) return Error::Invalid("The rules of this run are not valid; start a new run from the form.");
  auto pool = Pool(stores, *e);
  // Equal scores: the earlier in the lottery's order is preferred (a run without a seed, from
  // before the lottery, keeps the registrations' order).
  if (const auto seed = form.find("seed"); seed != form.end() && !seed->second.empty()) {
    OrderByLottery(pool, seed->second);
  }
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
    o.reason = engine::PlainReason(instance, *result->diagnosis);
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

void OrderByLottery(std::vector<Registration>& pool, std::string_view seed) {
  std::map<Id, std::string> key;
  for (const auto& r : pool) key[r.id] = store::Sha256Hex(engine::LotteryText(seed, r.id));
  std::sort(pool.begin(), pool.end(), [&](const Registration& a, const Registration& b) { return key[a.id] < key[b.id]; });
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
      EditionRoute(kPost, "/manage/editions/{number}/selection/scores/upload",
                   Action::kManageParticipants, stores, UploadScores),
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
