#include "web/participation/application_pages.h"

#include <map>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/participation/application_list.h"
#include "report/charts/share_chart.h"
#include "report/tables/table_export.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/http_status.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string ListUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/applications"; }

std::string KindLabel(InvitationKind kind) { return kind == InvitationKind::kNominated ? "Nominated" : "Invited"; }

std::string DisplayName(const Registration& r) {
  return r.erased_at ? "Erased registration " + std::to_string(r.id) : r.full_name;
}

// Every registration of the edition with how it came in and its first choice's name.
std::vector<Application> LoadApplications(ParticipationStores& stores, const Edition& e) {
  std::map<Id, InvitationKind> kinds;
  for (const auto& i : stores.invitations.List(e.id)) kinds[i.id] = i.kind;
  std::map<Id, std::string> groups;
  for (const auto& g : e.working_groups) groups[g.id] = g.name;
  std::vector<Application> out;
  for (auto& r : stores.registrations.List(e.id)) {
    if (r.erased_at) continue;  // an erased registration is in no list, chart, export or bulk action
    Application a;
    a.kind = kinds.count(r.invitation_id) ? kinds[r.invitation_id] : InvitationKind::kInvited;
    if (!r.ranking.empty() && groups.count(r.ranking.front())) a.first_choice = groups[r.ranking.front()];
    a.registration = std::move(r);
    out.push_back(std::move(a));
  }
  return out;
}

// The filter from the query string (GET) or the form's hidden fields (POST).
ApplicationFilter FilterOf(const Request& request) {
  const auto& source = request.method == Method::kGet ? request.query : request.form;
  std::map<std::string, std::string> first;
  for (const auto& [k, v] : source) first.emplace(k, v);
  return ParseApplicationFilter(first);
}

void AddOptions(ctemplate::TemplateDictionary& d, const std::string& section, const std::vector<FacetCount>& counts,
                const std::string& chosen) {
  for (const auto& c : counts) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", c.value);
    o->SetValue("LABEL", c.label);
    o->SetIntValue("COUNT", c.count);
    if (c.value == chosen) o->ShowSection("SELECTED");
  }
}

void FillFilters(ctemplate::TemplateDictionary& d, const ApplicationCounts& counts, const ApplicationFilter& f) {
  AddOptions(d, "STATUS_OPTIONS", counts.status, f.status ? ToString(*f.status) : "");
  AddOptions(d, "SECTOR_OPTIONS", counts.sector, f.sector ? ToString(*f.sector) : "");
  AddOptions(d, "REGION_OPTIONS", counts.region, f.region);
  AddOptions(d, "COUNTRY_OPTIONS", counts.country, f.country);
  AddOptions(d, "GENDER_OPTIONS", counts.gender, f.gender ? ToString(*f.gender) : "");
  AddOptions(d, "GROUP_OPTIONS", counts.first_choice, f.first_choice ? std::to_string(*f.first_choice) : "");
  for (const auto& c : counts.status) {
    auto* s = d.AddSectionDictionary("STATUS_COUNTS");
    s->SetValue("LABEL", c.label);
    s->SetIntValue("COUNT", c.count);
  }
  d.SetValue("SORT", ToString(f.sort));
  d.SetValue("ORDER", f.order == SortOrder::kAscending ? "asc" : "desc");
  d.SetValue("QUERY", QueryOf(f));
  for (const auto& [k, v] : QueryParameters(f)) {
    auto* h = d.AddSectionDictionary("FILTER_HIDDEN");
    h->SetValue("NAME", k);
    h->SetValue("VALUE", v);
  }
}

// Column headers are links that sort by the column (a second click reverses the order).
void FillColumns(ctemplate::TemplateDictionary& d, const Edition& e, const ApplicationFilter& f) {
  for (auto column : AllApplicationColumns()) {
    ApplicationFilter next = f;
    next.sort = column;
    const bool current = f.sort == column;
    next.order = current && f.order == SortOrder::kAscending ? SortOrder::kDescending : SortOrder::kAscending;
    auto* c = d.AddSectionDictionary("COLUMNS");
    c->SetValue("LABEL", Label(column));
    c->SetValue("HREF", ListUrl(e) + "?" + QueryOf(next));
    c->SetValue("ARIA_SORT", !current ? "none" : f.order == SortOrder::kAscending ? "ascending" : "descending");
    c->SetValue("HINT", next.order == SortOrder::kAscending ? "sort ascending" : "sort descending");
    if (current) c->AddSectionDictionary("ARROW")->SetValue("TEXT", f.order == SortOrder::kAscending ? "▲" : "▼");
  }
}

void FillRows(ctemplate::TemplateDictionary& d, const std::vector<Application>& shown, bool can_decide,
              const std::vector<Id>& checked) {
  for (const auto& a : shown) {
    const Registration& r = a.registration;
    auto* row = d.AddSectionDictionary("ROWS");
    row->SetIntValue("ID", r.id);
    row->SetValue("NAME", DisplayName(r));
    if (!r.latin_name.empty()) row->AddSectionDictionary("LATIN")->SetValue("TEXT", r.latin_name);
    row->SetValue("ORGANISATION", r.organisation);
    row->SetValue("COUNTRY", r.country);
    row->SetValue("REGION", r.region);
    row->SetValue("SECTOR", Label(r.sector));
    row->SetValue("GENDER", Label(r.gender));
    row->SetValue("FIRST_CHOICE", a.first_choice);
    row->SetValue("STATUS", Label(r.Decided()) + (r.proposed_status ? " (draft)" : ""));
    row->SetValue("KIND", KindLabel(a.kind));
    if (can_decide) {
      auto* box = row->AddSectionDictionary("CHECKBOX");
      if (std::find(checked.begin(), checked.end(), r.id) != checked.end()) box->ShowSection("CHECKED");
    }
  }
}

// Paired bars per category: the accepted registrations against every registration.
template <typename Value>
report::ShareChart ChartOf(const std::string& id, const std::string& title, const std::vector<Application>& pool,
                           const std::vector<std::pair<Value, std::string>>& categories,
                           Value (*value_of)(const Registration&)) {
  report::ShareChart chart;
  chart.id = id;
  chart.title = title;
  chart.pool_label = "All registrations";
  for (const auto& [value, label] : categories) {
    report::ShareCategory c{label, 0, 0};
    for (const auto& a : pool) {
      if (value_of(a.registration) != value) continue;
      ++c.pool;
      if (a.registration.Decided() == RegistrationStatus::kAccepted) ++c.selected;  // as the list stands
    }
    chart.categories.push_back(c);
  }
  return chart;
}

std::vector<report::ShareChart> Charts(const std::vector<Application>& pool) {
  std::vector<std::pair<Gender, std::string>> genders;
  for (auto g : AllGenders()) genders.emplace_back(g, Label(g));
  std::vector<std::pair<Sector, std::string>> sectors;
  for (auto s : AllSectors()) sectors.emplace_back(s, Label(s));
  const std::vector<std::pair<std::string, std::string>> regions = {{"Asia", "Asia"}, {"Europe", "Europe"},
                                                                    {"Other", "Other"}};
  return {ChartOf<Gender>("chart-gender", "Gender", pool, genders, [](const Registration& r) { return r.gender; }),
          ChartOf<std::string>("chart-region", "Region", pool, regions, [](const Registration& r) { return r.region; }),
          ChartOf<Sector>("chart-sector", "Sector", pool, sectors, [](const Registration& r) { return r.sector; })};
}

void FillCharts(ctemplate::TemplateDictionary& d, const std::vector<Application>& pool) {
  for (const auto& chart : Charts(pool)) {
    int selected_total = 0, pool_total = 0;
    for (const auto& c : chart.categories) {
      selected_total += c.selected;
      pool_total += c.pool;
    }
    auto* c = d.AddSectionDictionary("CHARTS");
    c->SetValue("ID", chart.id);
    c->SetValue("TITLE", chart.title);
    c->SetValue("SVG", report::ShareChartSvg(chart));
    for (const auto& k : chart.categories) {
      auto* row = c->AddSectionDictionary("CHART_ROWS");
      row->SetValue("LABEL", k.label);
      row->SetIntValue("SELECTED", k.selected);
      row->SetIntValue("SELECTED_PERCENT", report::Percent(k.selected, selected_total));
      row->SetIntValue("POOL", k.pool);
      row->SetIntValue("POOL_PERCENT", report::Percent(k.pool, pool_total));
    }
  }
}

void FillApproval(RequestContext& ctx, ctemplate::TemplateDictionary& d, const Edition& e,
                  ParticipationStores& stores, const std::vector<FieldError>& errors) {
  const auto accepted = stores.approvals.AcceptedIds(e.id);
  d.SetIntValue("ACCEPTED_COUNT", static_cast<long>(accepted.size()));
  const auto all = stores.approvals.List(e.id);
  const auto standing = store::StandingOfList(all, accepted);
  for (const auto& a : standing.approvals) {
    auto* row = d.AddSectionDictionary("APPROVALS");
    row->SetValue("NAME", a.approver_name.empty() ? "a former member" : a.approver_name);
    row->SetValue("WHEN", FormatInZone(a.at, e.time_zone));
    if (!a.comment.empty()) row->AddSectionDictionary("COMMENT")->SetValue("TEXT", a.comment);
  }
  for (const auto& a : standing.change_requests) {
    auto* row = d.AddSectionDictionary("CHANGE_REQUESTS");
    row->SetValue("NAME", a.approver_name.empty() ? "a former member" : a.approver_name);
    row->SetValue("WHEN", FormatInZone(a.at, e.time_zone));
    row->SetValue("COMMENT", a.comment);
  }
  if (standing.approved()) d.ShowSection("LIST_APPROVED");
  if (standing.approvals.empty() && standing.change_requests.empty()) {
    if (!all.empty()) {
      // Someone gave their word on an earlier list: say how this one differs.
      const auto drift = store::DriftSince(all.front(), accepted);
      auto* s = d.AddSectionDictionary("STALE");
      s->SetValue("NAME", all.front().approver_name.empty() ? "a former member" : all.front().approver_name);
      s->SetIntValue("ADDED", static_cast<long>(drift.added.size()));
      s->SetIntValue("REMOVED", static_cast<long>(drift.removed.size()));
    } else {
      d.ShowSection("NO_APPROVAL");
    }
  }
  if (Can(ctx.principal, Action::kApproveParticipantList)) {
    auto* approve = d.AddSectionDictionary("CAN_APPROVE");
    SetFormField(*approve, "COMMENT", ctx.request.Field("comment"), errors, "comment", "approval-comment");
    // The approval form's own refusal (the bulk form has its summary in the secretariat's view).
    if (errors.size() == 1 && errors[0].field == "comment") {
      SetErrorSummary(d, errors, [](const std::string&) { return std::string("approval-comment"); });
    }
  }
  // The drafts waiting to be released, for the secretariat.
  if (Can(ctx.principal, Action::kManageParticipants)) {
    int drafts = 0;
    for (const auto& r : stores.registrations.List(e.id)) {
      if (r.proposed_status && !r.erased_at) ++drafts;
    }
    if (drafts > 0) d.AddSectionDictionary("CAN_RELEASE")->SetIntValue("DRAFTS", drafts);
  }
  if (const auto released = ctx.request.Query("released"); !released.empty()) {
    d.AddSectionDictionary("RELEASED")->SetValue("COUNT", released);
  }
  if (ctx.request.Query("changes") == "1") d.ShowSection("CHANGES_ASKED");
}

struct BulkForm {
  std::vector<Id> checked;
  std::string decision;
  std::string reason;
};

// The list; `bulk` and `form` re-fill a refused bulk decision.
Response RenderList(RequestContext& ctx, const Edition& e, ParticipationStores& stores, const ApplicationFilter& f,
                    const BulkForm& bulk, const FormState& form) {
  const auto& errors = form.errors;
  const auto pool = LoadApplications(stores, e);
  const auto shown = SelectApplications(pool, f);
  const auto counts = CountApplications(pool, f, e.working_groups);
  const bool can_decide = Can(ctx.principal, Action::kManageParticipants);
  return RenderPage(ctx, "applications.tpl", "Applications: " + Ordinal(e.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    FillFilters(d, counts, f);
    FillColumns(d, e, f);
    FillRows(d, shown, can_decide, bulk.checked);
    d.SetIntValue("SHOWN", static_cast<long>(shown.size()));
    d.SetIntValue("TOTAL", static_cast<long>(pool.size()));
    if (shown.empty()) d.ShowSection("NONE_SHOWN");
    FillCharts(d, pool);
    FillApproval(ctx, d, e, stores, errors);
    // Requests to change a locked fact wait for the secretariat's answer on each registration.
    std::map<Id, std::string> names;
    for (const auto& r : stores.registrations.List(e.id)) names[r.id] = r.full_name;
    std::vector<FactChangeRequest> pending;
    for (const auto& q : stores.registrations.FactRequests(e.id)) {
      if (q.state == RequestState::kPending && names.count(q.registration_id)) pending.push_back(q);
    }
    if (!pending.empty()) {
      auto* section = d.AddSectionDictionary("FACT_REQUESTS");
      section->SetIntValue("COUNT", static_cast<long>(pending.size()));
      for (const auto& q : pending) {
        auto* row = section->AddSectionDictionary("REQUEST");
        row->SetIntValue("REGISTRATION", q.registration_id);
        row->SetValue("NAME", names[q.registration_id]);
        row->SetValue("TEXT", Describe(q.change));
      }
    }
    if (can_decide) {
      d.ShowSection("BULK_START");
      d.ShowSection("BULK_END");
      auto* form = d.AddSectionDictionary("BULK");
      for (auto s : {RegistrationStatus::kAccepted, RegistrationStatus::kWaitlisted, RegistrationStatus::kDeclined}) {
        auto* o = form->AddSectionDictionary("DECISIONS");
        o->SetValue("VALUE", ToString(s));
        o->SetValue("LABEL", Label(s));
        if (bulk.decision == ToString(s)) o->ShowSection("CHECKED");
      }
      SetFormField(*form, "DECISION", bulk.decision, errors, "decision", "bulk-decision-accepted");
      SetFormField(*form, "REGISTRATIONS", "", errors, "registration", "applications-table");
      SetFormField(*form, "REASON", bulk.reason, errors, "reason", "bulk-reason");
      SetErrorSummary(d, errors, [](const std::string& field) {
        return field == "decision" ? std::string("bulk-decision-accepted")
                                   : field == "registration" ? std::string("applications-table") : "bulk-" + field;
      });
    }
    if (const auto decided = ctx.request.Query("decided"); !decided.empty()) {
      d.AddSectionDictionary("DECIDED")->SetValue("COUNT", decided);
    }
    if (ctx.request.Query("approved") == "1") d.ShowSection("APPROVED");
  }, form.status);
}

report::Table ExportTable(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  // The steering committee's export has the column, empty: the same layout for every reader.
  const bool contact = Can(ctx.principal, Action::kViewContactDetails);
  std::map<Id, std::string> emails;
  for (const auto& i : stores.invitations.List(e.id)) emails[i.id] = i.email;
  const auto shown = SelectApplications(LoadApplications(stores, e), FilterOf(ctx.request));
  report::Table table = {{"Id", "Name", "Name in Latin script", "Family name", "Organisation", "Position", "Country",
                          "Region", "Sector", "Gender", "First choice", "Status", "Nominated or invited", "E-mail"}};
  for (const auto& a : shown) {
    const Registration& r = a.registration;
    table.push_back({std::to_string(r.id), DisplayName(r), r.latin_name, r.family_name, r.organisation, r.position,
                     r.country, r.region, Label(r.sector), Label(r.gender), a.first_choice, Label(r.status),
                     KindLabel(a.kind), r.erased_at || !contact ? "" : emails[r.invitation_id]});
  }
  return table;
}

Response Download(std::string body, std::string content_type, const std::string& filename) {
  Response r;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

// A refused bulk decision: one problem, on the ticked registrations.
FormState RegistrationsRefused(std::string message) {
  return FormState::OnField("registration", Error::Invalid(std::move(message)));
}

Response ApplicationsPage(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  return RenderList(ctx, e, stores, FilterOf(ctx.request), {}, FormState::Fresh());
}

Response ApplicationsCsv(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  return Download(report::TableCsv(ExportTable(ctx, e, stores)), "text/csv; charset=utf-8",
                  "applications-" + std::to_string(e.number) + ".csv");
}

Response ApplicationsXlsx(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  auto xlsx = report::TableXlsx(ExportTable(ctx, e, stores), "Applications");
  if (!xlsx) return ErrorPage(ctx, "Export failed", Error::Internal(xlsx.error().message()));
  return Download(std::move(*xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "applications-" + std::to_string(e.number) + ".xlsx");
}

Response DecideApplications(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  const ApplicationFilter filter = FilterOf(ctx.request);
  BulkForm bulk;
  bulk.decision = ctx.request.Field("decision");
  bulk.reason = ctx.request.Field("reason");
  std::vector<FieldError> errors;
  const auto [from, to] = ctx.request.form.equal_range("registration");
  for (auto it = from; it != to; ++it) {
    if (const auto id = ParseId(it->second)) bulk.checked.push_back(*id);
  }
  if (bulk.checked.empty()) errors.push_back({"registration", "Tick at least one registration in the list."});
  const auto status = RegistrationStatusFrom(bulk.decision);
  if (!status || *status == RegistrationStatus::kApplied) {
    errors.push_back({"decision", "Choose a decision: accept, waitlist or decline."});
  }
  if (!errors.empty()) return RenderList(ctx, e, stores, filter, bulk, FormState::Refused(Error::Invalid(errors)));
  std::vector<store::Decision> decisions;
  for (Id id : bulk.checked) {
    if (!stores.registrations.Get(e.id, id)) {
      return RenderList(ctx, e, stores, filter, bulk,
                        RegistrationsRefused("Registration " + std::to_string(id) +
                                             " is not part of this edition any more; reload the list and try again."));
    }
    decisions.push_back({id, *status, bulk.reason, std::nullopt});
  }
  // A draft until released: nobody is written to yet.
  if (auto decided = stores.registrations.Propose(e.id, decisions, ctx.ActorId()); !decided) {
    return RenderList(ctx, e, stores, filter, bulk, RegistrationsRefused(decided.error().message()));
  }
  return Response::Redirect(ListUrl(e) + "?" + QueryOf(filter) + "&decided=" + std::to_string(decisions.size()));
}

Response ApproveApplications(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  const std::string comment = Trim(ctx.request.Field("comment"));
  const bool changes = ctx.request.Field("verdict") == "changes_requested";
  if (changes && comment.empty()) {
    return RenderList(ctx, e, stores, FilterOf(ctx.request), {},
                      FormState::OnField("comment", Error::Invalid("Say which changes you ask for: the secretariat "
                                                                   "reads the comment.")));
  }
  stores.approvals.Approve(e.id, comment, ctx.ActorId(), ctx.Now(),
                           changes ? store::Verdict::kChangesRequested : store::Verdict::kApproved);
  return Response::Redirect(ListUrl(e) + (changes ? "?changes=1#approval" : "?approved=1#approval"));
}

// The drafts that a release would make final, with their mails.
std::vector<store::Decision> ReleasableDecisions(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  std::map<Id, std::string> emails;
  for (const auto& i : stores.invitations.List(e.id)) emails[i.id] = i.email;
  std::vector<store::Decision> out;
  for (const auto& r : stores.registrations.List(e.id)) {
    if (!r.proposed_status || r.erased_at) continue;
    store::Decision d{r.id, *r.proposed_status, r.proposed_reason, std::nullopt};
    if (*r.proposed_status != r.status) {
      d.mail = DecisionMail(e, ctx.site->name, r, emails[r.invitation_id], *r.proposed_status, ctx.config.base_url);
    }
    out.push_back(std::move(d));
  }
  return out;
}

// Release: without confirm=yes, what will happen (counts, mails, the approval); with it, the
// drafts become decisions, the mails are queued and access follows, in one transaction. Without
// the steering committee's approval of the list as it stands, a recorded reason is required.
Response ReleaseDecisions(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  const auto decisions = ReleasableDecisions(ctx, e, stores);
  const auto standing = store::StandingOfList(stores.approvals.List(e.id), stores.approvals.AcceptedIds(e.id));
  const std::string reason = Trim(ctx.request.Field("reason"));
  std::vector<FieldError> errors;
  if (ctx.request.Field("confirm") == "yes" && !decisions.empty()) {
    if (!standing.approved() && reason.empty()) {
      errors.push_back({"reason", "The steering committee has not approved this list: give the reason for releasing "
                                  "it without their approval (it is recorded)."});
    } else {
      const std::string note = std::to_string(decisions.size()) + " decision(s) released" +
                               (standing.approved() ? " with the steering committee's approval"
                                                    : "; released without the steering committee's approval: " + reason);
      if (auto done = stores.registrations.Release(e.id, decisions, note, ctx.ActorId(), ctx.Now()); !done) {
        return ErrorPage(ctx, "The decisions were not released", done.error());
      }
      return Response::Redirect(ListUrl(e) + "?released=" + std::to_string(decisions.size()));
    }
  }
  std::map<RegistrationStatus, int> by_status;
  int mails = 0;
  for (const auto& d : decisions) {
    ++by_status[d.status];
    if (d.mail) ++mails;
  }
  return RenderPage(ctx, "release.tpl", "Release the decisions", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetIntValue("COUNT", static_cast<long>(decisions.size()));
    d.SetIntValue("MAILS", mails);
    if (decisions.empty()) {
      d.ShowSection("NOTHING");
      return;
    }
    auto* some = d.AddSectionDictionary("SOME");
    for (const auto& [status, n] : by_status) {
      auto* row = some->AddSectionDictionary("BY_STATUS");
      row->SetValue("STATUS", Label(status));
      row->SetIntValue("COUNT", n);
    }
    if (standing.approved()) {
      some->AddSectionDictionary("APPROVED")->SetIntValue("MEMBERS", static_cast<long>(standing.approvals.size()));
    } else {
      auto* unapproved = some->AddSectionDictionary("NOT_APPROVED");
      for (const auto& c : standing.change_requests) {
        auto* row = unapproved->AddSectionDictionary("CHANGES");
        row->SetValue("NAME", c.approver_name.empty() ? "a former member" : c.approver_name);
        row->SetValue("COMMENT", c.comment);
      }
      SetFormField(*unapproved, "REASON", reason, errors, "reason", "release-reason");
    }
    SetErrorSummary(d, errors, [](const std::string&) { return std::string("release-reason"); });
  }, errors.empty() ? 200 : HttpStatusOf(ErrorCode::kInvalidInput));
}

}  // namespace

std::vector<Route> ApplicationRoutes(ParticipationStores& stores) {
  using enum Method;
  const std::string base = "/manage/editions/{number}/applications";
  std::vector<Route> routes = {
      EditionRoute(kGet, base, Action::kViewApplications, stores, ApplicationsPage),
      EditionRoute(kGet, base + ".csv", Action::kViewApplications, stores, ApplicationsCsv),
      EditionRoute(kGet, base + ".xlsx", Action::kViewApplications, stores, ApplicationsXlsx),
      EditionRoute(kPost, base + "/decisions", Action::kManageParticipants, stores, DecideApplications),
      EditionRoute(kPost, base + "/approval", Action::kApproveParticipantList, stores, ApproveApplications),
      EditionRoute(kPost, base + "/release", Action::kManageParticipants, stores, ReleaseDecisions),
  };
  for (auto& route : ApplicationDetailRoutes(stores)) routes.push_back(std::move(route));
  return routes;
}

}  // namespace plenary::web
