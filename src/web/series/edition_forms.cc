#include "web/series/edition_forms.h"

#include "domain/series/edition_draft.h"
#include "domain/series/paper_upload.h"
#include "web/account/credentials.h"
#include "web/public/public_pages.h"
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

Response RenderForm(RequestContext& ctx, const EditionDraft& draft, const std::vector<FieldError>& errors,
                    const std::string& action, const std::string& heading, int version, int status,
                    const std::string& general_error = "") {
  return RenderPage(ctx, "edition_form.tpl", heading, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("HEADING", heading);
    d.SetValue("ACTION", action);
    d.SetIntValue("VERSION", version);
    FillForm(d, draft, errors);
    if (!general_error.empty()) d.AddSectionDictionary("GENERAL_ERROR")->SetValue("MESSAGE", general_error);
  }, status);
}

}  // namespace

Response ManageDashboard(RequestContext& ctx) {
  const auto series = ctx.services.series.Primary();
  if (!series) return NotFoundPage(ctx);
  const auto editions = ctx.services.editions.List(series->id);
  return RenderPage(ctx, "manage.tpl", "Secretariat", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("SERIES_NAME", series->name);
    if (Can(ctx.principal, Action::kEditEditions)) d.ShowSection("CAN_EDIT");
    if (Can(ctx.principal, Action::kViewAuditLog)) d.ShowSection("CAN_AUDIT");
    for (const auto& e : editions) {
      auto* row = d.AddSectionDictionary(e.phase == EditionPhase::kArchived ? "ARCHIVED" : "ACTIVE");
      row->SetIntValue("NUMBER", e.number);
      row->SetValue("ORDINAL", Ordinal(e.number));
      row->SetValue("TITLE", e.title);
      row->SetValue("DATES", DisplayDates(e));
      row->SetValue("PLACE", DisplayPlace(e));
      row->SetValue("PHASE", ToString(e.phase));
    }
  });
}

static Response RenderManageEdition(RequestContext& ctx, const std::optional<Edition>& edition,
                                    const std::string& upload_error, int status) {
  const auto paper = ctx.services.editions.DocumentInfoOf(edition->id, "background_paper");
  return RenderPage(ctx, "manage_edition.tpl", "Edition " + std::to_string(edition->number),
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, *edition);
    if (edition->registration_deadline) {
      d.AddSectionDictionary("DEADLINE")->SetValue("WHEN", FormatInZone(*edition->registration_deadline, edition->time_zone));
    }
    for (const auto& g : edition->working_groups) {
      auto* row = d.AddSectionDictionary("GROUPS");
      row->SetValue("NAME", g.name);
      row->SetIntValue("MIN", g.min_size);
      row->SetIntValue("MAX", g.max_size);
    }
    if (paper) {
      auto* p = d.AddSectionDictionary("PAPER");
      p->SetValue("FILENAME", paper->filename);
      p->SetIntValue("KB", static_cast<long>((paper->size_bytes + 1023) / 1024));
      p->SetValue("UPLOADED", FormatInZone(paper->uploaded_at, edition->time_zone));
    }
    if (Can(ctx.principal, Action::kEditEditions)) {
      auto* edit = d.AddSectionDictionary("CAN_EDIT");
      edit->SetIntValue("MAX_MB", static_cast<long>(ctx.services.config.max_upload_bytes / (1024 * 1024)));
      if (!upload_error.empty()) edit->AddSectionDictionary("UPLOAD_ERROR")->SetValue("MESSAGE", upload_error);
    }
    if (ctx.request.Query("saved") == "1") d.ShowSection("SAVED");
  }, status);
}

Response ManageEdition(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  return RenderManageEdition(ctx, edition, "", 200);
}

Response NewEditionForm(RequestContext& ctx) {
  EditionDraft draft;
  draft.working_groups.resize(kMaxWorkingGroups);
  for (int i = 0; i < 3; ++i) {
    draft.working_groups[i].min_size = "25";
    draft.working_groups[i].max_size = "30";
  }
  return RenderForm(ctx, draft, {}, "/manage/editions", "New edition", 0, 200);
}

Response CreateEdition(RequestContext& ctx) {
  const EditionDraft draft = DraftFromRequest(ctx.request);
  auto edition = ParseEditionDraft(draft);
  if (!edition) return RenderForm(ctx, draft, edition.error().fields(), "/manage/editions", "New edition", 0, 422);
  const auto series = ctx.services.series.Primary();
  edition->series_id = series->id;
  edition->phase = EditionPhase::kPlanning;
  auto created = ctx.services.editions.Create(*edition, ctx.ActorId());
  if (!created) return RenderForm(ctx, draft, created.error().fields(), "/manage/editions", "New edition", 0, 409);
  return Response::Redirect("/manage/editions/" + std::to_string(edition->number) + "?saved=1");
}

Response EditEditionForm(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  return RenderForm(ctx, DraftFromEdition(*edition), {}, "/manage/editions/" + std::to_string(edition->number) + "/edit",
                    "Edit the " + Ordinal(edition->number) + " edition", edition->version, 200);
}

Response UpdateEdition(RequestContext& ctx) {
  auto stored = EditionOf(ctx);
  if (!stored) return NotFoundPage(ctx);
  const EditionDraft draft = DraftFromRequest(ctx.request);
  const std::string action = "/manage/editions/" + std::to_string(stored->number) + "/edit";
  const std::string heading = "Edit the " + Ordinal(stored->number) + " edition";
  const int version = std::atoi(ctx.request.Field("version").c_str());
  auto edition = ParseEditionDraft(draft);
  if (!edition) return RenderForm(ctx, draft, edition.error().fields(), action, heading, version, 422);
  edition->id = stored->id;
  edition->series_id = stored->series_id;
  edition->phase = stored->phase;
  edition->version = version;
  // Working groups keep their identity by position; carry the stored ids.
  auto status = ctx.services.editions.Update(*edition, ctx.ActorId());
  if (!status) {
    return RenderForm(ctx, draft, status.error().fields(), action, heading, version, 409,
                      status.error().fields().empty() ? status.error().message() : "");
  }
  return Response::Redirect("/manage/editions/" + std::to_string(edition->number) + "?saved=1");
}

Response UploadBackgroundPaper(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  const std::string back = "/manage/editions/" + std::to_string(edition->number);
  const UploadedFile* file = ctx.request.File("paper");
  auto checked = CheckPaperUpload(file ? std::string_view(file->filename) : std::string_view(),
                                  file ? std::string_view(file->content) : std::string_view(),
                                  ctx.services.config.max_upload_bytes);
  if (!checked) return RenderManageEdition(ctx, edition, checked.error().message(), 422);
  store::Document doc;
  doc.edition_id = edition->id;
  doc.kind = "background_paper";
  doc.filename = *checked;
  doc.content_type = "application/pdf";
  doc.sha256 = Sha256Hex(file->content);
  doc.content = file->content;
  if (auto saved = ctx.services.editions.SaveDocument(doc, ctx.ActorId()); !saved) {
    return ErrorPage(ctx, 500, "Upload not saved", saved.error().message());
  }
  return Response::Redirect(back + "?saved=1");
}

}  // namespace plenary::web
