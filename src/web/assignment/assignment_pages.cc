#include "web/assignment/assignment_pages.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/core/text.h"
#include "domain/participation/participation.h"
#include "domain/series/edition.h"
#include "engine/assignment/edition_assignment.h"
#include "engine/assignment/objective.h"
#include "engine/assignment/solver.h"
#include "mail/letters.h"
#include "report/charts/share_bars.h"
#include "web/participation/participant_charts.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr store::JobKind kJobKind = store::JobKind::kAssignment;
constexpr double kSolveSeconds = 10;
constexpr double kProgressEverySeconds = 0.5;

// A stored run as the engine sees it: the instance over the run's members (registration id
// order) and their groups.
struct RunModel {
  std::vector<Registration> people;
  engine::EditionInstance edition;
  engine::Assignment assignment;
  int no_longer_accepted = 0;  // members of the run since declined, waitlisted or erased
  int not_in_run = 0;          // accepted since the run
};

std::vector<Registration> Accepted(AssignmentStores& stores, const Edition& e) {
  std::vector<Registration> out;
  for (auto& r : stores.registrations.List(e.id)) {
    if (r.status == RegistrationStatus::kAccepted && !r.erased_at) out.push_back(std::move(r));
  }
  return out;
}

RunModel ModelOf(AssignmentStores& stores, const Edition& e, Id run_id) {
  RunModel m;
  std::map<Id, Id> group_of;
  for (const auto& member : stores.assignments.Members(run_id)) group_of[member.registration_id] = member.working_group_id;
  for (auto& r : stores.registrations.List(e.id)) {
    const bool accepted = r.status == RegistrationStatus::kAccepted && !r.erased_at;
    if (!group_of.count(r.id)) m.not_in_run += accepted;
    else if (!accepted) ++m.no_longer_accepted;
    else m.people.push_back(std::move(r));
  }
  m.edition = engine::BuildEditionInstance(e, m.people);
  for (const auto& r : m.people) {
    m.assignment.group_of.push_back(engine::GroupIndex(m.edition, group_of[r.id]).value_or(0));
  }
  return m;
}

std::string AssignmentUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/assignment"; }

std::string Signed(int64_t delta) { return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + std::to_string(delta < 0 ? -delta : delta); }

std::string ChoiceLabel(size_t rank, size_t last) {
  static const char* kNames[] = {"1st choice", "2nd choice", "3rd choice"};
  if (rank == last) return "Not ranked";
  return rank < std::size(kNames) ? kNames[rank] : std::to_string(rank + 1) + "th choice";
}

// The job in the shared panel; the run it stores is shown by the page itself, below it.
void FillJob(const RequestContext& ctx, ctemplate::TemplateDictionary& d, const Edition& e,
             const store::Job& job) {
  const std::string id = std::to_string(job.id);
  const std::string heading = std::string(store::kJobKindNames.Label(job.kind)) + " " + id;
  FillJobPanel(d, ctx, job, e.time_zone, {heading, "seconds", AssignmentUrl(e) + "?job=" + id, "", ""});
}

void FillChoices(ctemplate::TemplateDictionary& d, const RunModel& m) {
  const auto counts = engine::RankCounts(m.edition.instance, m.assignment);
  report::ShareBars chart{"Choices", {}, {{"Everyone", {}}}};
  for (size_t i = 0; i < counts.size(); ++i) {
    if (i + 1 == counts.size() && counts[i] == 0) continue;  // no "not ranked" column when everyone ranked all
    auto* row = d.AddSectionDictionary("CHOICES");
    row->SetValue("LABEL", ChoiceLabel(i, counts.size() - 1));
    row->SetIntValue("COUNT", counts[i]);
    chart.categories.push_back(ChoiceLabel(i, counts.size() - 1));
    chart.rows[0].counts.push_back(counts[i]);
  }
  d.SetValue("CHOICES_SVG", report::ShareBarsSvg(chart));
}

void FillGroups(ctemplate::TemplateDictionary& d, const RunModel& m) {
  const auto& instance = m.edition.instance;
  std::vector<LabelledRegistrations> rows;
  std::vector<const Registration*> everyone;
  for (size_t g = 0; g < instance.groups.size(); ++g) {
    auto* group = d.AddSectionDictionary("GROUPS");
    group->SetValue("NAME", instance.groups[g].name);
    group->SetIntValue("GROUP_ID", m.edition.group_ids[g]);
    group->SetIntValue("MIN", instance.groups[g].min);
    group->SetIntValue("MAX", instance.groups[g].max);
    rows.push_back({instance.groups[g].name, {}});
    for (size_t p = 0; p < m.people.size(); ++p) {
      if (m.assignment.group_of[p] != static_cast<int>(g)) continue;
      const auto& r = m.people[p];
      rows.back().second.push_back(&r);
      auto* row = group->AddSectionDictionary("MEMBERS");
      row->SetValue("NAME", r.full_name);
      row->SetValue("COUNTRY", r.country);
      row->SetValue("GENDER", Label(r.gender));
      row->SetValue("REGION", r.region);
      row->SetValue("SECTOR", Label(r.sector));
      const int rank = r.RankOf(m.edition.group_ids[g]);
      row->SetValue("CHOICE", rank ? ChoiceLabel(rank - 1, 99) : "Not ranked");
    }
    group->SetIntValue("COUNT", static_cast<long>(rows.back().second.size()));
  }
  for (const auto& r : m.people) everyone.push_back(&r);
  rows.push_back({"Everyone", everyone});
  AddShareCharts(d, "CHARTS", AttributeCharts(rows));
}

void FillWhyNot(ctemplate::TemplateDictionary& d, const RunModel& m) {
  const auto& instance = m.edition.instance;
  if (!engine::CheckAssignment(instance, m.assignment).ok()) {
    d.ShowSection("WHY_NOT_SIZES");  // the exchanges assume the size limits hold
    return;
  }
  for (size_t p = 0; p < m.people.size(); ++p) {
    auto cost = engine::WhyNotFirstChoice(instance, m.assignment, static_cast<int>(p));
    if (!cost) continue;
    auto* row = d.AddSectionDictionary("WHY_NOT");
    row->SetIntValue("REGISTRATION_ID", m.people[p].id);
    row->SetValue("NAME", m.people[p].full_name);
    row->SetValue("NOW", instance.groups[m.assignment.group_of[p]].name);
    row->SetValue("FIRST", instance.groups[cost->first_choice].name);
    if (cost->move_breaks.empty()) {
      row->SetValue("MOVE", "Possible; the objective changes by " + Signed(cost->move_delta) + ".");
    } else {
      std::string why;
      for (const auto& b : cost->move_breaks) why += " " + engine::Describe(instance, b);
      row->SetValue("MOVE", "Not alone (" + Signed(cost->move_delta) + "):" + why);
    }
    if (cost->best_exchange) {
      const auto& x = *cost->best_exchange;
      row->SetValue("EXCHANGE", "Swap with " + m.people[x.other].full_name + ", who moves to " +
                                    instance.groups[x.other_to].name + ": " + Signed(x.delta) + ".");
    } else {
      row->SetValue("EXCHANGE", "No exchange keeps every group within its size limits.");
    }
  }
}

// The page; a refused run or move shows its message in `form`.
Response Render(RequestContext& ctx, const Edition& e, AssignmentStores& stores,
                const FormState& form) {
  const auto accepted = Accepted(stores, e);
  std::optional<store::Job> job;
  std::optional<store::AssignmentRun> run;
  if (auto id = ParseId(ctx.request.Query("job"))) {
    job = stores.jobs.Get(*id);
    if (job && (job->edition_id != e.id || job->kind != kJobKind)) job.reset();
    if (job) run = stores.assignments.ForJob(job->id);
  } else if (auto rid = ParseId(ctx.request.Query("run"))) {
    run = stores.assignments.Get(e.id, *rid);
  } else {
    run = stores.assignments.Latest(e.id);
    auto recent = stores.jobs.Recent(e.id, kJobKind, 1);
    if (!recent.empty() && recent.front().status != store::JobStatus::kDone) job = recent.front();
  }
  const bool can_edit = Can(ctx.principal, Action::kManageParticipants);
  return RenderPage(ctx, "assignment.tpl", "Working groups – " + Ordinal(e.number) + " edition", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetIntValue("ACCEPTED", static_cast<long>(accepted.size()));
    if (!form.message.empty()) d.SetValueAndShowSection("ERROR", form.message, "HAS_ERROR");
    if (can_edit) d.ShowSection("CAN_RUN");
    if (job) FillJob(ctx, d, e, *job);
    if (!run) return;
    const auto m = ModelOf(stores, e, run->id);
    auto* r = d.AddSectionDictionary("RUN");
    r->SetIntValue("RUN_ID", run->id);
    r->SetValue("STATUS", run->status == store::RunStatus::kPublished ? "published" : "draft, not yet published");
    r->SetIntValue("OBJECTIVE", run->objective);
    r->SetIntValue("LOWER_BOUND", run->lower_bound);
    r->SetIntValue("PEOPLE", static_cast<long>(m.people.size()));
    if (run->proven_optimal && run->objective == run->lower_bound) r->ShowSection("OPTIMAL");
    if (m.no_longer_accepted || m.not_in_run) {
      auto* stale = r->AddSectionDictionary("STALE");
      stale->SetIntValue("LEFT", m.no_longer_accepted);
      stale->SetIntValue("NEW", m.not_in_run);
    }
    if (const auto moved = ctx.request.Query("moved"); !moved.empty()) r->ShowSection("MOVED");
    if (const auto published = ctx.request.Query("published"); !published.empty()) {
      r->SetValueAndShowSection("MAILED", published, "PUBLISHED");
    }
    const auto breaches = engine::FindBreaches(m.edition.instance, m.assignment);
    if (!breaches.empty()) {
      auto* box = r->AddSectionDictionary("BREACHES");
      box->SetIntValue("COUNT", static_cast<long>(breaches.size()));
      for (const auto& b : breaches) {
        auto* row = box->AddSectionDictionary("BREACH");
        row->SetValue("TEXT", engine::Describe(m.edition.instance, b));
        row->SetValue("KIND", b.kind == engine::Breach::Kind::kSize ? "Size limit (must hold to publish)" : "Balance band");
      }
    } else {
      r->ShowSection("NO_BREACHES");
    }
    FillChoices(*r, m);
    FillGroups(*r, m);
    FillWhyNot(*r, m);
    if (!can_edit) return;
    auto* edit = r->AddSectionDictionary("CAN_EDIT");
    // Once people have groups, publishing again changes only what moved.
    const bool published_before = std::any_of(m.people.begin(), m.people.end(),
                                              [](const Registration& p) { return p.working_group_id.has_value(); });
    edit->SetValue("PUBLISH_LABEL", published_before ? "Publish the changes…" : "Publish this assignment…");
    for (size_t p = 0; p < m.people.size(); ++p) {
      auto* o = edit->AddSectionDictionary("PEOPLE");
      o->SetIntValue("ID", m.people[p].id);
      o->SetValue("NAME", m.people[p].full_name);
      o->SetValue("GROUP", m.edition.instance.groups[m.assignment.group_of[p]].name);
    }
    for (size_t g = 0; g < m.edition.group_ids.size(); ++g) {
      auto* o = edit->AddSectionDictionary("TARGETS");
      o->SetIntValue("ID", m.edition.group_ids[g]);
      o->SetValue("NAME", m.edition.instance.groups[g].name);
    }
  }, form.status);
}

std::optional<store::AssignmentRun> RunFromForm(RequestContext& ctx, const Edition& e,
                                                AssignmentStores& stores) {
  auto id = ParseId(ctx.request.Field("run"));
  if (!id) return std::nullopt;
  return stores.assignments.Get(e.id, *id);
}

Error NoSuchRun() {
  return Error::NotFound("This assignment run does not exist; reload the assignment page.");
}

store::OutgoingMail GroupMail(const Edition& e, std::string_view series_name, const Registration& r,
                              const std::string& email, const WorkingGroup& g) {
  const mail::WorkingGroupLetter letter{r.full_name, EditionForPeople(e, series_name), DisplayDates(e), g.name,
                                        g.description};
  auto message = mail::Addressed(mail::Compose(letter), email, r.full_name, "working_group", e.id);
  message.reference = "registration:" + std::to_string(r.id) + ":working_group";
  return message;
}

Response AssignmentPage(RequestContext& ctx, const Edition& e, AssignmentStores& stores) {
  return Render(ctx, e, stores, FormState::Fresh());
}

Response RunAssignment(RequestContext& ctx, const Edition& e, AssignmentStores& stores) {
  if (Accepted(stores, e).empty()) {
    return Render(ctx, e, stores,
                  FormState::Refused(Error::Invalid("No one is accepted yet: apply a selection (or accept "
                                                    "people) first, then run the assignment.")));
  }
  // The solver runs for at most kSolveSeconds, so the panel's bar knows its end from the start.
  const Id id =
      EnqueueEditionJob(stores.jobs, ctx, e.id, kJobKind, "", static_cast<int>(kSolveSeconds));
  return Response::Redirect(AssignmentUrl(e) + "?job=" + std::to_string(id));
}

Response MoveParticipant(RequestContext& ctx, const Edition& e, AssignmentStores& stores) {
  auto run = RunFromForm(ctx, e, stores);
  if (!run) return ErrorPage(ctx, "No such assignment", NoSuchRun());
  auto m = ModelOf(stores, e, run->id);
  const auto person = ParseId(ctx.request.Field("registration"));
  const auto group = ParseId(ctx.request.Field("group"));
  const auto p = person ? engine::ParticipantIndex(m.edition, *person) : std::nullopt;
  const auto g = group ? engine::GroupIndex(m.edition, *group) : std::nullopt;
  if (!p || !g) {
    return Render(ctx, e, stores, FormState::Refused(Error::Invalid(
        "Choose a person listed in this assignment and the working group to move them to.")));
  }
  m.assignment.group_of[*p] = *g;
  const int64_t objective = engine::EvaluateObjective(m.edition.instance, m.assignment);
  if (auto moved = stores.assignments.Move(e.id, run->id, *person, *group, objective, ctx.ActorId()); !moved) {
    return ErrorPage(ctx, "Not moved", Error::NotFound(moved.error().message()));
  }
  return Response::Redirect(AssignmentUrl(e) + "?run=" + std::to_string(run->id) + "&moved=" + std::to_string(*person));
}

Response PublishAssignment(RequestContext& ctx, const Edition& e, AssignmentStores& stores) {
  auto run = RunFromForm(ctx, e, stores);
  if (!run) return ErrorPage(ctx, "No such assignment", NoSuchRun());
  const auto m = ModelOf(stores, e, run->id);
  if (m.not_in_run > 0) {
    return ErrorPage(ctx, "Not published",
                     Error::Conflict(std::to_string(m.not_in_run) +
                                     " accepted people are not in this assignment (accepted after it ran). "
                                     "Run the assignment again, then publish the new one."));
  }
  if (auto checked = engine::CheckAssignment(m.edition.instance, m.assignment); !checked.ok()) {
    std::string sizes;
    for (const auto& b : engine::FindBreaches(m.edition.instance, m.assignment)) {
      if (b.kind == engine::Breach::Kind::kSize) sizes += " " + engine::Describe(m.edition.instance, b);
    }
    return ErrorPage(ctx, "Not published",
                     Error::Invalid("Every group must be within its size limits before publishing:" + sizes +
                                    " Move people until no size limit is broken, then publish."));
  }
  std::vector<store::Placement> placements;
  std::map<Id, int> into_group;
  int first_time = 0, moved = 0;
  for (size_t p = 0; p < m.people.size(); ++p) {
    const auto& r = m.people[p];
    const Id group = m.edition.group_ids[m.assignment.group_of[p]];
    if (r.working_group_id == group) continue;
    (r.working_group_id ? moved : first_time)++;
    ++into_group[group];
    store::Placement placement{r.id, r.account_id, group, r.working_group_id, std::nullopt};
    if (r.account_id) {
      const auto& wg = e.working_groups[m.assignment.group_of[p]];
      if (auto account = stores.accounts.Get(*r.account_id)) placement.mail = GroupMail(e, ctx.site->name, r, account->email, wg);
    }
    placements.push_back(std::move(placement));
  }
  // Sending to many people takes a confirmation that says who will be written to.
  if (ctx.request.Field("confirm") != "yes") {
    const auto mails = std::count_if(placements.begin(), placements.end(),
                                     [](const store::Placement& p) { return p.mail.has_value(); });
    return RenderPage(ctx, "assignment_publish.tpl", "Publish the assignment", [&](ctemplate::TemplateDictionary& d) {
      FillEditionSummary(d, e);
      d.SetIntValue("RUN_ID", run->id);
      d.SetIntValue("FIRST", first_time);
      d.SetIntValue("MOVED", moved);
      d.SetIntValue("UNCHANGED", static_cast<long>(m.people.size() - placements.size()));
      d.SetIntValue("MAILS", static_cast<long>(mails));
      if (placements.empty()) {
        d.ShowSection("NOTHING");
        return;
      }
      auto* some = d.AddSectionDictionary("SOME");
      for (size_t g = 0; g < m.edition.group_ids.size(); ++g) {
        auto* row = some->AddSectionDictionary("GROUPS");
        row->SetValue("NAME", e.working_groups[g].name);
        row->SetIntValue("COUNT", into_group[m.edition.group_ids[g]]);
      }
    });
  }
  if (auto published = stores.assignments.Publish(e.id, run->id, placements, ctx.ActorId()); !published) {
    return ErrorPage(ctx, "Not published", Error::Conflict(published.error().message()));
  }
  return Response::Redirect(AssignmentUrl(e) + "?run=" + std::to_string(run->id) + "&published=" +
                            std::to_string(placements.size()));
}

Result<JobOutcome> RunAssignmentJob(AssignmentStores& stores, const Clock& clock,
                                    const store::Job& job, const JobProgress& progress) {
  if (!job.edition_id) return Error::Invalid("An assignment job needs an edition.");
  auto e = stores.editions.GetById(*job.edition_id);
  if (!e) return Error::NotFound("The edition of this assignment no longer exists.");
  if (auto saved = stores.assignments.ForJob(job.id)) {
    return JobOutcome{"run=" + std::to_string(saved->id), "Objective " + std::to_string(saved->objective) + "."};
  }
  const auto accepted = Accepted(stores, *e);
  if (accepted.empty()) return Error::Invalid("No one is accepted yet; apply a selection first.");
  const auto edition = engine::BuildEditionInstance(*e, accepted);
  const int total = static_cast<int>(kSolveSeconds);
  progress(0, total, "Placing " + std::to_string(accepted.size()) + " people in " +
                         std::to_string(e->working_groups.size()) + " working groups.");
  double last_report = -kProgressEverySeconds;
  engine::SolveOptions options;
  options.time_limit_seconds = kSolveSeconds;
  options.seed = static_cast<uint64_t>(job.id);
  options.on_progress = [&](const engine::SolveProgress& p) {
    if (p.seconds - last_report < kProgressEverySeconds && p.phase != "done") return;
    last_report = p.seconds;
    progress(std::min(total, static_cast<int>(p.seconds)), total,
             std::string(p.phase) + ": best objective " + std::to_string(p.objective) + ", lower bound " +
                 std::to_string(p.lower_bound) + ".");
  };
  auto result = engine::SolveAssignment(edition.instance, options);
  if (!result) return result.error();
  store::AssignmentRun run;
  run.edition_id = e->id;
  run.job_id = job.id;
  run.created_at = clock.Now();
  run.created_by = job.created_by;
  run.objective = result->objective;
  run.lower_bound = result->lower_bound;
  run.proven_optimal = result->proven_optimal;
  std::vector<store::AssignmentMember> members;
  for (size_t p = 0; p < accepted.size(); ++p) {
    members.push_back({accepted[p].id, edition.group_ids[result->assignment.group_of[p]]});
  }
  const Id id = stores.assignments.SaveDraft(run, members);
  const std::string message = "Done: objective " + std::to_string(result->objective) +
                              (result->proven_optimal ? " (proven optimal)." : ", lower bound " + std::to_string(result->lower_bound) + ".");
  return JobOutcome{"run=" + std::to_string(id), message};
}

}  // namespace

std::vector<Route> AssignmentRoutes(AssignmentStores& stores) {
  using enum Method;
  return {
      EditionRoute(kGet, "/manage/editions/{number}/assignment", Action::kViewApplications, stores,
                   AssignmentPage),
      EditionRoute(kPost, "/manage/editions/{number}/assignment", Action::kManageParticipants,
                   stores, RunAssignment),
      EditionRoute(kPost, "/manage/editions/{number}/assignment/move", Action::kManageParticipants,
                   stores, MoveParticipant),
      EditionRoute(kPost, "/manage/editions/{number}/assignment/publish",
                   Action::kManageParticipants, stores, PublishAssignment),
  };
}

JobHandler AssignmentJobHandler(AssignmentStores& stores, const Clock& clock) {
  return [&stores, &clock](const store::Job& job,
                           const JobProgress& progress) -> Result<JobOutcome> {
    return RunAssignmentJob(stores, clock, job, progress);
  };
}

}  // namespace plenary::web
