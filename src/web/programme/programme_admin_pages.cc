#include "web/programme/programme_admin_pages.h"

#include <algorithm>

#include "domain/core/zoned_time.h"
#include "domain/programme/programme.h"
#include "mail/letters.h"
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

// The join-link messages for an online session: one per person who follows it, in their
// morning (domain/programme.cc JoinLinkSendTime).
std::vector<store::OutgoingMail> JoinLinkMails(store::ProgrammeStore& programme, const Edition& e,
                                               const ProgrammeSession& s, UtcSeconds now) {
  std::vector<store::OutgoingMail> mails;
  if (!s.online()) return mails;
  for (const auto& m : programme.Members(e.id)) {
    const bool follows = !s.working_group_id ||
                         std::find(m.working_groups.begin(), m.working_groups.end(), *s.working_group_id) != m.working_groups.end();
    if (!follows) continue;
    const std::string zone = m.time_zone.empty() ? e.time_zone : m.time_zone;
    const mail::JoinLinkLetter letter{m.display_name, s.title, FormatInZone(s.start, zone), s.join_url};
    store::OutgoingMail message = mail::Addressed(mail::Compose(letter), m.email, m.display_name, "join_link", e.id);
    message.next_attempt_at = JoinLinkSendTime(s.start, zone, now);
    mails.push_back(std::move(message));
  }
  return mails;
}

std::string ProgrammeUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/programme"; }

Response RenderManage(RequestContext& ctx, const Edition& e, ProgrammeStores& stores,
                      const SessionDraft& draft, const FormState& form) {
  const auto sessions = stores.programme.List(e.id);
  const auto clashes = FindClashes(e, sessions);
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
  ProgrammeSession s = *session;
  const Id id = stores.programme.Create(s, {}, ctx.ActorId());
  s.id = id;
  // Scheduled after the id exists, so the messages carry the session's reference.
  if (s.online()) {
    auto mails = JoinLinkMails(stores.programme, edition, s, ctx.Now());
    if (auto scheduled = stores.programme.Update(s, mails, ctx.ActorId()); !scheduled) {
      return ErrorPage(ctx, "Session removed meanwhile",
                       Error::Conflict(scheduled.error().message()));
    }
  }
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
  auto mails = JoinLinkMails(stores.programme, edition, *session, ctx.Now());
  if (auto saved = stores.programme.Update(*session, mails, ctx.ActorId()); !saved) {
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
