#include "web/programme/programme_publish.h"

#include <algorithm>
#include <map>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/programme/programme.h"
#include "mail/letters.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

bool Follows(const store::EditionMember& m, const ProgrammeSession& s) {
  return !s.working_group_id ||
         std::find(m.working_groups.begin(), m.working_groups.end(), *s.working_group_id) != m.working_groups.end();
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return out;
}

// One change as a line of the confirmation and of the notice, with times in `zone`.
std::string ChangeLine(const SessionChange& c, std::string_view zone) {
  const auto& s = c.session;
  const std::string where = s.room.empty() ? "" : ", " + s.room;
  switch (c.kind) {
    case SessionChange::Kind::kAdded:
      return "New: \"" + s.title + "\" on " + FormatInZone(s.start, zone) + where + ".";
    case SessionChange::Kind::kRemoved:
      return "Cancelled: \"" + s.title + "\", which was on " + FormatInZone(s.start, zone) + ".";
    case SessionChange::Kind::kChanged:
      break;
  }
  return "\"" + s.title + "\": " + Joined(c.what) + (c.what.size() == 1 ? " has" : " have") + " changed. Now: " +
         FormatInZone(s.start, zone) + where + ".";
}

std::string ProgrammeUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/programme"; }

// The notices of `changes` to the people they affect: one letter per person, their changes in
// their zone. None before the first publication: nothing was announced to change.
std::vector<store::OutgoingMail> ChangeNotices(RequestContext& ctx, const std::vector<store::EditionMember>& members,
                                               const Edition& e, const std::vector<SessionChange>& changes) {
  std::vector<store::OutgoingMail> out;
  for (const auto& m : members) {
    const std::string zone = m.time_zone.empty() ? e.time_zone : m.time_zone;
    mail::ProgrammeChangeLetter letter{m.display_name, EditionForPeople(e, ctx.site ? ctx.site->name : ""), {},
                                       ctx.config.base_url + "/editions/" + std::to_string(e.number) + "/my-programme"};
    for (const auto& c : changes) {
      if (Follows(m, c.session)) letter.changes.push_back(ChangeLine(c, zone));
    }
    if (letter.changes.empty()) continue;
    out.push_back(mail::Addressed(mail::Compose(letter), m.email, m.display_name, "programme_change", e.id));
  }
  return out;
}

// The join-link messages of the online sessions: per session, one per member who follows it,
// sent in their morning (domain/programme JoinLinkSendTime).
std::map<Id, std::vector<store::OutgoingMail>> JoinLinkMails(const std::vector<store::EditionMember>& members,
                                                             const Edition& e,
                                                             const std::vector<ProgrammeSession>& sessions,
                                                             UtcSeconds now) {
  std::map<Id, std::vector<store::OutgoingMail>> out;
  for (const auto& s : sessions) {
    if (!s.online()) continue;
    auto& mails = out[s.id];
    for (const auto& m : members) {
      if (!Follows(m, s)) continue;
      const std::string zone = m.time_zone.empty() ? e.time_zone : m.time_zone;
      const mail::JoinLinkLetter letter{m.display_name, s.title, FormatInZone(s.start, zone), s.join_url};
      store::OutgoingMail message = mail::Addressed(mail::Compose(letter), m.email, m.display_name, "join_link", e.id);
      message.next_attempt_at = JoinLinkSendTime(s.start, zone, now);
      mails.push_back(std::move(message));
    }
  }
  return out;
}

Response Publish(RequestContext& ctx, const Edition& e, ProgrammeStores& stores) {
  const auto draft = stores.programme.List(e.id);
  const auto last = stores.programme.LastPublication(e.id);
  const auto changes = DiffProgramme(last ? stores.programme.ListPublished(e.id) : std::vector<ProgrammeSession>{}, draft);
  const auto clashes = FindClashes(e, draft);
  const auto members = stores.programme.Members(e.id);
  const auto notices = last ? ChangeNotices(ctx, members, e, changes) : std::vector<store::OutgoingMail>{};
  const auto join_links = JoinLinkMails(members, e, draft, ctx.Now());
  size_t join_count = 0;
  for (const auto& [id, mails] : join_links) join_count += mails.size();
  const std::string reason = Trim(ctx.request.Field("reason"));
  const bool confirmed = ctx.request.Field("confirm") == "yes";
  if (confirmed && (clashes.empty() || !reason.empty())) {
    if (last && changes.empty()) return Response::Redirect(ProgrammeUrl(e));
    if (auto done = stores.programme.Publish(e.id, join_links, notices, static_cast<int>(clashes.size()),
                                             clashes.empty() ? "" : reason, ctx.ActorId(), ctx.Now());
        !done) {
      return ErrorPage(ctx, done.error());
    }
    return Response::Redirect(ProgrammeUrl(e) + "?published=1");
  }
  const FormState state = confirmed ? FormState::OnField("reason", Error::Invalid(
                                          "The programme has clashes: give the reason for publishing it with them "
                                          "(it is recorded), or fix them first."))
                                    : FormState::Fresh();
  return RenderPage(ctx, "programme_publish.tpl", "Publish the programme", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetIntValue("SESSIONS", static_cast<long>(draft.size()));
    if (!last) {
      d.ShowSection("FIRST");
    } else {
      auto* since = d.AddSectionDictionary("SINCE");
      since->SetValue("WHEN", last->published_at ? FormatInZone(last->published_at, e.time_zone) : "before publishing became a step");
      for (const auto& c : changes) since->AddSectionDictionary("CHANGE")->SetValue("TEXT", ChangeLine(c, e.time_zone));
      if (changes.empty()) since->ShowSection("NO_CHANGE");
      since->SetIntValue("NOTICES", static_cast<long>(notices.size()));
    }
    d.SetIntValue("JOIN_LINKS", static_cast<long>(join_count));
    SetErrorSummary(d, state.errors, [](const std::string& f) { return "publish-" + f; });
    if (last && changes.empty()) return;  // nothing to publish
    auto* form = d.AddSectionDictionary("CAN_PUBLISH");
    if (!clashes.empty()) {
      auto* c = form->AddSectionDictionary("CLASHES");
      c->SetIntValue("COUNT", static_cast<long>(clashes.size()));
      for (const auto& clash : clashes) c->AddSectionDictionary("CLASH")->SetValue("MESSAGE", clash.message);
      SetFormField(*c, "REASON", reason, state.errors, "reason", "publish-reason");
    }
  }, state.status);
}

}  // namespace

std::vector<Route> ProgrammePublishRoutes(ProgrammeStores& stores) {
  return {EditionRoute(Method::kPost, "/manage/editions/{number}/programme/publish", Action::kEditEditions, stores,
                       Publish)};
}

}  // namespace plenary::web
