#include "web/series/edition_forms.h"

#include <algorithm>
#include <functional>
#include <map>

#include "domain/series/edition_draft.h"
#include "domain/series/paper_upload.h"
#include "domain/series/phase.h"
#include "store/core/credentials.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

// "working_groups[2].max_size" -> "wg2_max_size"; other fields keep their name as the id.
std::string InputId(const std::string& field) {
  const std::string prefix = "working_groups[";
  if (field.rfind(prefix, 0) != 0) return field;
  const auto close = field.find(']');
  const std::string index = field.substr(prefix.size(), close - prefix.size());
  if (close + 2 > field.size()) return "wg0_name";
  return "wg" + index + "_" + field.substr(close + 2);
}

EditionDraft DraftFromRequest(const Request& r) {
  EditionDraft d;
  d.number = r.Field("number");
  d.title = r.Field("title");
  d.topics = r.Field("topics");
  d.hosts = r.Field("hosts");
  d.co_organisers = r.Field("co_organisers");
  d.city = r.Field("city");
  d.country = r.Field("country");
  d.venue = r.Field("venue");
  d.mode = r.Field("mode");
  d.time_zone = r.Field("time_zone");
  d.start_date = r.Field("start_date");
  d.end_date = r.Field("end_date");
  d.registration_deadline = r.Field("registration_deadline");
  d.concept_note = r.Field("concept_note");
  for (int i = 0; i < kMaxWorkingGroups; ++i) {
    const std::string p = "wg" + std::to_string(i) + "_";
    d.working_groups.push_back({r.Field(p + "name"), r.Field(p + "description"), r.Field(p + "min_size"),
                                r.Field(p + "max_size"), r.Field(p + "questions")});
  }
  return d;
}

void FillForm(ctemplate::TemplateDictionary& d, const EditionDraft& draft, const std::vector<FieldError>& errors) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"number", &draft.number}, {"title", &draft.title}, {"topics", &draft.topics},
      {"hosts", &draft.hosts}, {"co_organisers", &draft.co_organisers}, {"city", &draft.city},
      {"country", &draft.country}, {"venue", &draft.venue}, {"time_zone", &draft.time_zone},
      {"start_date", &draft.start_date}, {"end_date", &draft.end_date},
      {"registration_deadline", &draft.registration_deadline}, {"concept_note", &draft.concept_note}};
  for (const auto& [name, value] : fields) {
    std::string key = name;
    for (auto& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    SetFormField(d, key, *value, errors, name, name);
  }
  for (const char* mode : {"in_person", "online", "hybrid"}) {
    auto* option = d.AddSectionDictionary("MODES");
    option->SetValue("VALUE", mode);
    option->SetValue("LABEL", Label(*EditionModeFrom(mode)));
    if (draft.mode == mode) option->ShowSection("CHECKED");
  }
  SetFormField(d, "MODE", draft.mode, errors, "mode", "mode_in_person");
  SetFormField(d, "WORKING_GROUPS", "", errors, "working_groups", "wg0_name");
  for (int i = 0; i < kMaxWorkingGroups; ++i) {
    const auto& g = i < static_cast<int>(draft.working_groups.size()) ? draft.working_groups[i] : WorkingGroupDraft{};
    auto* row = d.AddSectionDictionary("WG");
    row->SetIntValue("INDEX", i);
    row->SetIntValue("HUMAN_INDEX", i + 1);
    const std::string base = "working_groups[" + std::to_string(i) + "].";
    const std::string id = "wg" + std::to_string(i) + "_";
    SetFormField(*row, "NAME", g.name, errors, base + "name", id + "name");
    SetFormField(*row, "DESCRIPTION", g.description, errors, base + "description", id + "description");
    SetFormField(*row, "MIN_SIZE", g.min_size, errors, base + "min_size", id + "min_size");
    SetFormField(*row, "MAX_SIZE", g.max_size, errors, base + "max_size", id + "max_size");
    SetFormField(*row, "QUESTIONS", g.questions, errors, base + "questions", id + "questions");
  }
  SetErrorSummary(d, errors, InputId);
}

// Where the form goes and what it says: a new edition or an edit of one.
struct FormTarget {
  std::string action;
  std::string heading;
  int version = 0;
};

FormTarget NewTarget() { return {"/manage/editions", "New edition", 0}; }
FormTarget EditTarget(const Edition& e, int version) {
  return {"/manage/editions/" + std::to_string(e.number) + "/edit", "Edit the " + Ordinal(e.number) + " edition",
          version};
}

// `extra` adds what a particular refusal needs (the removed groups and where they may go).
Response RenderForm(RequestContext& ctx, const EditionDraft& draft, const FormTarget& target, const FormState& form,
                    const std::function<void(ctemplate::TemplateDictionary&)>& extra = {}) {
  return RenderPage(ctx, "edition_form.tpl", target.heading, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("HEADING", target.heading);
    d.SetValue("ACTION", target.action);
    d.SetIntValue("VERSION", target.version);
    FillForm(d, draft, form.errors);
    if (!form.message.empty()) d.AddSectionDictionary("GENERAL_ERROR")->SetValue("MESSAGE", form.message);
    if (extra) extra(d);
  }, form.status);
}

Response ManageDashboard(RequestContext& ctx, SeriesStores& stores) {
  if (!ctx.site) return NotFoundPage(ctx);
  const auto editions = stores.editions.List(ctx.site->series_id);
  return RenderPage(ctx, "manage.tpl", "Secretariat", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("SERIES_NAME", ctx.site->name);
    if (Can(ctx.principal, Action::kEditEditions)) d.ShowSection("CAN_EDIT");
    if (Can(ctx.principal, Action::kViewAuditLog)) d.ShowSection("CAN_AUDIT");
    for (const auto& e : editions) {
      auto* row = d.AddSectionDictionary(e.phase == EditionPhase::kArchived ? "ARCHIVED" : "ACTIVE");
      row->SetIntValue("NUMBER", e.number);
      row->SetValue("ORDINAL", Ordinal(e.number));
      row->SetValue("TITLE", e.title);
      row->SetValue("DATES", DisplayDates(e));
      row->SetValue("PLACE", DisplayPlace(e));
      row->SetValue("PHASE", Label(e.phase));
    }
  });
}

// The phase, every phase in order with the current one marked, and what the next step needs.
void FillPhase(ctemplate::TemplateDictionary& d, const RequestContext& ctx, const Edition& edition,
               SeriesStores& stores) {
  d.SetValue("PHASE", Label(edition.phase));
  for (auto phase : kEditionPhaseNames.All()) {
    auto* row = d.AddSectionDictionary("PHASES");
    row->SetValue("LABEL", Label(phase));
    if (phase == edition.phase) row->ShowSection("CURRENT");
  }
  const auto next = NextPhase(edition.phase);
  if (!next) return;
  auto* step = d.AddSectionDictionary("NEXT_STEP");
  step->SetValue("ACTION", NextStepAction(edition.phase));
  step->SetValue("NEXT", Label(*next));
  step->SetValue("FROM_VALUE", ToString(edition.phase));
  const auto facts = stores.phase_facts(edition);
  if (facts.freed_places > 0) {
    d.SetIntValue("FREED_COUNT", facts.freed_places);
    d.ShowSection("FREED_PLACES");
  }
  const auto missing = MissingForNextPhase(edition, facts, ctx.Now());
  for (const auto& m : missing) step->AddSectionDictionary("MISSING")->SetValue("TEXT", m);
  if (missing.empty()) step->ShowSection("READY");
  if (missing.empty() && Can(ctx.principal, Action::kEditEditions)) step->ShowSection("CAN_STEP");
}

// The edition's hub; `upload` carries a refused background paper.
Response RenderManageEdition(RequestContext& ctx, const Edition& edition, SeriesStores& stores,
                             const FormState& upload) {
  const auto paper = stores.editions.DocumentInfoOf(edition.id, "background_paper");
  return RenderPage(ctx, "manage_edition.tpl", "Edition " + std::to_string(edition.number),
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    if (edition.registration_deadline) {
      d.AddSectionDictionary("DEADLINE")->SetValue("WHEN", FormatInZone(*edition.registration_deadline, edition.time_zone));
    }
    for (const auto& g : edition.working_groups) {
      auto* row = d.AddSectionDictionary("GROUPS");
      row->SetValue("NAME", g.name);
      row->SetIntValue("MIN", g.min_size);
      row->SetIntValue("MAX", g.max_size);
    }
    if (paper) {
      auto* p = d.AddSectionDictionary("PAPER");
      p->SetValue("FILENAME", paper->filename);
      p->SetIntValue("KB", static_cast<long>((paper->size_bytes + 1023) / 1024));
      p->SetValue("UPLOADED", FormatInZone(paper->uploaded_at, edition.time_zone));
    }
    FillPhase(d, ctx, edition, stores);
    if (Can(ctx.principal, Action::kViewContactDetails)) {
      const auto mail = stores.outbox.CountsForEdition(edition.id, ctx.Now());
      auto* secretariat = d.AddSectionDictionary("SECRETARIAT");
      secretariat->SetIntValue("SENT", mail.sent);
      secretariat->SetIntValue("QUEUED", mail.queued + mail.sending);
      secretariat->SetIntValue("FAILED_COUNT", mail.failed);
      if (mail.failed > 0 || mail.stuck > 0) {
        auto* attention = d.AddSectionDictionary("MAIL_ATTENTION");
        if (mail.failed > 0) attention->AddSectionDictionary("FAILED")->SetIntValue("COUNT", mail.failed);
        if (mail.stuck > 0) attention->AddSectionDictionary("STUCK")->SetIntValue("COUNT", mail.stuck);
      }
    }
    if (Can(ctx.principal, Action::kEditEditions)) {
      auto* edit = d.AddSectionDictionary("CAN_EDIT");
      edit->SetIntValue("MAX_MB", static_cast<long>(ctx.config.max_upload_bytes / (1024 * 1024)));
      if (!upload.message.empty()) edit->AddSectionDictionary("UPLOAD_ERROR")->SetValue("MESSAGE", upload.message);
    }
    if (ctx.request.Query("saved") == "1") d.ShowSection("SAVED");
    if (ctx.request.Query("phase") == "1") d.ShowSection("PHASE_CHANGED");
  }, upload.status);
}

Response ManageEdition(RequestContext& ctx, const Edition& edition, SeriesStores& stores) {
  return RenderManageEdition(ctx, edition, stores, FormState::Fresh());
}

Response NewEditionForm(RequestContext& ctx, SeriesStores&) {
  EditionDraft draft;
  draft.working_groups.resize(kMaxWorkingGroups);
  for (int i = 0; i < 3; ++i) {
    draft.working_groups[i].min_size = "25";
    draft.working_groups[i].max_size = "30";
  }
  return RenderForm(ctx, draft, NewTarget(), FormState::Fresh());
}

Response CreateEdition(RequestContext& ctx, SeriesStores& stores) {
  const EditionDraft draft = DraftFromRequest(ctx.request);
  auto edition = ParseEditionDraft(draft);
  if (!edition) return RenderForm(ctx, draft, NewTarget(), FormState::Refused(edition.error()));
  if (!ctx.site) return NotFoundPage(ctx);
  edition->series_id = ctx.site->series_id;
  edition->phase = EditionPhase::kDraft;
  auto created = stores.editions.Create(*edition, ctx.ActorId());
  if (!created) return RenderForm(ctx, draft, NewTarget(), FormState::Refused(created.error()));
  return Response::Redirect("/manage/editions/" + std::to_string(edition->number) + "?saved=1");
}

Response EditEditionForm(RequestContext& ctx, const Edition& edition, SeriesStores&) {
  return RenderForm(ctx, DraftFromEdition(edition), EditTarget(edition, edition.version), FormState::Fresh());
}

// A stored group the form leaves out, with what refers to it and where it may go.
struct RemovedGroup {
  WorkingGroup group;
  store::EditionStore::GroupUse use;
  std::string chosen;  // the target group's id, as the form sent it
};

Response UpdateEdition(RequestContext& ctx, const Edition& stored, SeriesStores& stores) {
  const EditionDraft draft = DraftFromRequest(ctx.request);
  const int version = std::atoi(ctx.request.Field("version").c_str());
  const FormTarget target = EditTarget(stored, version);
  auto edition = ParseEditionDraft(draft);
  if (!edition) return RenderForm(ctx, draft, target, FormState::Refused(edition.error()));
  edition->id = stored.id;
  edition->series_id = stored.series_id;
  edition->phase = stored.phase;
  edition->version = version;
  // Working groups keep their identity by their row: the form lists the stored groups in order,
  // so the row a group was shown in carries its id (a cleared row removes that group only).
  size_t parsed = 0;
  for (size_t row = 0; row < draft.working_groups.size() && parsed < edition->working_groups.size(); ++row) {
    if (draft.working_groups[row].IsBlank()) continue;
    edition->working_groups[parsed++].id = row < stored.working_groups.size() ? stored.working_groups[row].id : 0;
  }
  // A group removed with people or sessions in it: they must go somewhere the secretariat chose.
  std::vector<RemovedGroup> removed;
  std::map<Id, Id> moves;
  bool unresolved = false;
  for (const auto& g : stored.working_groups) {
    const bool kept = std::any_of(edition->working_groups.begin(), edition->working_groups.end(),
                                  [&](const WorkingGroup& k) { return k.id == g.id; });
    if (kept) continue;
    RemovedGroup r{g, stores.editions.UseOf(g.id), ctx.request.Field("move_" + std::to_string(g.id))};
    if (r.use.empty()) continue;
    const auto to = ParseId(r.chosen);
    const bool valid = to && std::any_of(edition->working_groups.begin(), edition->working_groups.end(),
                                         [&](const WorkingGroup& k) { return k.id != 0 && k.id == *to; });
    if (valid) moves[g.id] = *to;
    unresolved = unresolved || !valid;
    removed.push_back(std::move(r));
  }
  if (unresolved) {
    return RenderForm(ctx, draft, target,
                      FormState::Refused(Error::Conflict("A working group you removed has people or sessions in it. "
                                                         "Choose below where they go, then save again.")),
                      [&](ctemplate::TemplateDictionary& d) {
                        for (const auto& r : removed) {
                          auto* row = d.AddSectionDictionary("REMOVED_GROUPS");
                          row->SetIntValue("ID", r.group.id);
                          row->SetValue("NAME", r.group.name);
                          row->SetIntValue("MEMBER_COUNT", static_cast<long>(r.use.members.size()));
                          for (const auto& m : r.use.members) row->AddSectionDictionary("MEMBERS")->SetValue("NAME", m);
                          for (const auto& m : r.use.sessions) row->AddSectionDictionary("SESSIONS")->SetValue("TITLE", m);
                          for (const auto& m : r.use.roles) row->AddSectionDictionary("ROLES")->SetValue("NAME", m);
                          for (const auto& k : edition->working_groups) {
                            if (k.id == 0) continue;
                            auto* o = row->AddSectionDictionary("TARGETS");
                            o->SetIntValue("ID", k.id);
                            o->SetValue("NAME", k.name);
                            if (r.chosen == std::to_string(k.id)) o->ShowSection("SELECTED");
                          }
                        }
                      });
  }
  auto updated = stores.editions.Update(*edition, ctx.ActorId(), moves);
  if (!updated) return RenderForm(ctx, draft, target, FormState::Refused(updated.error()));
  return Response::Redirect("/manage/editions/" + std::to_string(edition->number) + "?saved=1");
}

Response UploadBackgroundPaper(RequestContext& ctx, const Edition& edition, SeriesStores& stores) {
  const std::string back = "/manage/editions/" + std::to_string(edition.number);
  const UploadedFile* file = ctx.request.File("paper");
  auto checked = CheckPaperUpload(file ? std::string_view(file->filename) : std::string_view(),
                                  file ? std::string_view(file->content) : std::string_view(),
                                  ctx.config.max_upload_bytes);
  if (!checked) return RenderManageEdition(ctx, edition, stores, FormState::Refused(checked.error()));
  store::Document doc;
  doc.edition_id = edition.id;
  doc.kind = "background_paper";
  doc.filename = *checked;
  doc.content_type = "application/pdf";
  doc.sha256 = store::Sha256Hex(file->content);
  doc.content = file->content;
  if (auto saved = stores.editions.SaveDocument(doc, ctx.ActorId()); !saved) {
    return ErrorPage(ctx, "Upload not saved", saved.error());
  }
  return Response::Redirect(back + "?saved=1");
}

}  // namespace

std::vector<Route> EditionFormRoutes(SeriesStores& stores) {
  using enum Method;
  return {
      PlainRoute(kGet, "/manage", Action::kViewManagement, stores, ManageDashboard),
      PlainRoute(kGet, "/manage/editions/new", Action::kEditEditions, stores, NewEditionForm),
      PlainRoute(kPost, "/manage/editions", Action::kEditEditions, stores, CreateEdition),
      EditionRoute(kGet, "/manage/editions/{number}", Action::kViewManagement, stores, ManageEdition),
      EditionRoute(kGet, "/manage/editions/{number}/edit", Action::kEditEditions, stores, EditEditionForm),
      EditionRoute(kPost, "/manage/editions/{number}/edit", Action::kEditEditions, stores, UpdateEdition),
      EditionRoute(kPost, "/manage/editions/{number}/background-paper", Action::kEditEditions, stores,
                   UploadBackgroundPaper),
  };
}

}  // namespace plenary::web
