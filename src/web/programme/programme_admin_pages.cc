#include "web/programme/programme_admin_pages.h"

#include <algorithm>

#include "domain/core/zoned_time.h"
#include "domain/programme/programme.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

SessionDraft DraftFromRequest(const Request& r) {
  SessionDraft d;
  d.title = r.Field("title");
  d.kind = r.Field("kind");
  d.day = r.Field("day");
  d.start = r.Field("start");
  d.end = r.Field("end");
  d.room = r.Field("room");
  d.join_url = r.Field("join_url");
  d.webcast_url = r.Field("webcast_url");
  d.working_group = r.Field("working_group");
  d.chair = r.Field("chair");
  d.speakers = r.Field("speakers");
  d.description = r.Field("description");
  d.questions = r.Field("questions");
  return d;
}

void FillSessionForm(ctemplate::TemplateDictionary& d, const Edition& e, const SessionDraft& draft,
                     const std::vector<FieldError>& errors) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &draft.title}, {"day", &draft.day}, {"start", &draft.start}, {"end", &draft.end},
      {"room", &draft.room}, {"join_url", &draft.join_url}, {"webcast_url", &draft.webcast_url},
      {"chair", &draft.chair}, {"speakers", &draft.speakers}, {"description", &draft.description},
      {"questions", &draft.questions}};
  for (const auto& [name, value] : fields) {
    std::string key = name;
    for (auto& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    SetFormField(d, key, *value, errors, name, "s_" + std::string(name));
  }
  for (auto kind : {SessionKind::kPlenary, SessionKind::kPanel, SessionKind::kWorkingGroup, SessionKind::kBreak}) {
    auto* o = d.AddSectionDictionary("KINDS");
    o->SetValue("VALUE", ToString(kind));
    o->SetValue("LABEL", Label(kind));
    if (draft.kind == ToString(kind)) o->ShowSection("SELECTED");
  }
  SetFormField(d, "KIND", draft.kind, errors, "kind", "s_kind");
  for (const auto& g : e.working_groups) {
    auto* o = d.AddSectionDictionary("GROUPS");
    o->SetIntValue("ID", g.id);
    o->SetValue("NAME", g.name);
    if (draft.working_group == std::to_string(g.id)) o->ShowSection("SELECTED");
  }
  SetFormField(d, "WORKING_GROUP", draft.working_group, errors, "working_group", "s_working_group");
  SetErrorSummary(d, errors, [](const std::string& f) { return "s_" + f; });
  d.SetValue("TIME_ZONE", e.time_zone);
}

// The fields are one template (session_fields.tpl) shared by the add and edit forms.
void AddSessionFields(ctemplate::TemplateDictionary& parent, const Edition& e, const SessionDraft& draft,
                      const std::vector<FieldError>& errors) {
  auto* fields = parent.AddIncludeDictionary("SESSION_FIELDS");
  fields->SetFilename("session_fields.tpl");
  FillSessionForm(*fields, e, draft, errors);
}

std::string ProgrammeUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/programme"; }

Response RenderManage(RequestContext& ctx, const Edition& e, ProgrammeStores& stores,
                      const SessionDraft& draft, const FormState& form) {
  const auto sessions = stores.programme.List(e.id);
  const auto clashes = FindClashes(e, sessions);
  const auto last = stores.programme.LastPublication(e.id);
  const auto changes = last ? DiffProgramme(stores.programme.ListPublished(e.id), sessions).size() : sessions.size();
  return RenderPage(ctx, "manage_programme.tpl", "Programme of the " + Ordinal(e.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    if (Can(ctx.principal, Action::kEditEditions)) {
      AddSessionFields(*d.AddSectionDictionary("CAN_EDIT"), e, draft, form.errors);
    }
    for (const auto& c : clashes) d.AddSectionDictionary("CLASHES")->SetValue("MESSAGE", c.message);
    if (!clashes.empty()) d.AddSectionDictionary("HAS_CLASHES")->SetIntValue("COUNT", static_cast<long>(clashes.size()));
    for (const auto& s : sessions) {
      auto* row = d.AddSectionDictionary("SESSIONS");
      row->SetIntValue("ID", s.id);
      row->SetValue("DAY", FormatLongDate(LocalDateOf(s.start, e.time_zone)));
      row->SetValue("TIME", TimeRange(s, e.time_zone));
      row->SetValue("TITLE", s.title);
      row->SetValue("KIND", Label(s.kind));
      row->SetValue("ROOM", s.room);
      if (Can(ctx.principal, Action::kEditEditions)) row->ShowSection("EDIT");
    }
    if (ctx.request.Query("saved") == "1") d.ShowSection("SAVED");
    if (ctx.request.Query("published") == "1") d.ShowSection("PUBLISHED");
    auto* state = d.AddSectionDictionary("PUBLICATION");
    if (!last) {
      state->ShowSection("NEVER");
    } else {
      auto* when = state->AddSectionDictionary("LAST");
      when->SetValue("WHEN", last->published_at ? FormatInZone(last->published_at, e.time_zone)
                                                : "before publishing became a step");
      when->SetIntValue("SESSIONS", last->sessions);
      if (changes == 0) state->ShowSection("UP_TO_DATE");
      else state->AddSectionDictionary("PENDING")->SetIntValue("COUNT", static_cast<long>(changes));
    }
    if ((!last || changes > 0) && Can(ctx.principal, Action::kEditEditions)) state->ShowSection("CAN_PUBLISH");
  }, form.status);
}

Response ManageProgramme(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  SessionDraft draft;
  if (edition.start_date) draft.day = FormatIsoDate(*edition.start_date);
  return RenderManage(ctx, edition, stores, draft, FormState::Fresh());
}

Response AddSession(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto draft = DraftFromRequest(ctx.request);
  auto session = ParseSessionDraft(draft, edition, stores.programme.List(edition.id));
  if (!session) {
    return RenderManage(ctx, edition, stores, draft, FormState::Refused(session.error()));
  }
  stores.programme.Create(*session, ctx.ActorId());
  return Response::Redirect(ProgrammeUrl(edition) + "?saved=1");
}

Response EditSessionForm(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto id = ctx.IdParam("session");
  if (!id) return NotFoundPage(ctx);
  auto s = stores.programme.Get(edition.id, *id);
  if (!s) return NotFoundPage(ctx);
  const std::string title = "Edit \"" + s->title + "\"";
  return RenderPage(ctx, "session_form.tpl", title, [&](ctemplate::TemplateDictionary& d) {
    d.SetIntValue("NUMBER", edition.number);
    d.SetIntValue("SESSION_ID", s->id);
    d.SetValue("SESSION_TITLE", s->title);
    AddSessionFields(d, edition, DraftFromSession(*s, edition), {});
  });
}

Response UpdateSession(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto id = ctx.IdParam("session");
  if (!id || !stores.programme.Get(edition.id, *id)) return NotFoundPage(ctx);
  const auto draft = DraftFromRequest(ctx.request);
  auto others = stores.programme.List(edition.id);
  std::erase_if(others, [&](const ProgrammeSession& o) { return o.id == *id; });
  auto session = ParseSessionDraft(draft, edition, others);
  if (!session) {
    const FormState form = FormState::Refused(session.error());
    const auto fill = [&](ctemplate::TemplateDictionary& d) {
      d.SetIntValue("NUMBER", edition.number);
      d.SetIntValue("SESSION_ID", *id);
      d.SetValue("SESSION_TITLE", draft.title);
      AddSessionFields(d, edition, draft, form.errors);
    };
    return RenderPage(ctx, "session_form.tpl", "Edit session", fill, form.status);
  }
  session->id = *id;
  if (auto saved = stores.programme.Update(*session, ctx.ActorId()); !saved) {
    return NotFoundPage(ctx);
  }
  return Response::Redirect(ProgrammeUrl(edition) + "?saved=1");
}

Response DeleteSession(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto id = ctx.IdParam("session");
  if (!id) return NotFoundPage(ctx);
  if (auto deleted = stores.programme.Delete(edition.id, *id, ctx.ActorId()); !deleted) {
    return NotFoundPage(ctx);
  }
  return Response::Redirect(ProgrammeUrl(edition) + "?saved=1");
}

}  // namespace

std::vector<Route> ProgrammeAdminRoutes(ProgrammeStores& stores) {
  using enum Method;
  return {
      EditionRoute(kGet, "/manage/editions/{number}/programme", Action::kViewManagement, stores,
                   ManageProgramme),
      EditionRoute(kPost, "/manage/editions/{number}/programme", Action::kEditEditions, stores,
                   AddSession),
      EditionRoute(kGet, "/manage/editions/{number}/programme/{session}", Action::kEditEditions,
                   stores, EditSessionForm),
      EditionRoute(kPost, "/manage/editions/{number}/programme/{session}", Action::kEditEditions,
                   stores, UpdateSession),
      EditionRoute(kPost, "/manage/editions/{number}/programme/{session}/delete",
                   Action::kEditEditions, stores, DeleteSession),
  };
}

}  // namespace plenary::web
