#include "web/programme/programme_pages.h"

#include "embedded_files.h"

#include <algorithm>

#include "domain/core/zoned_time.h"
#include "report/calendar/programme_feed.h"
#include "store/core/credentials.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

bool InOwnGroup(const Principal& who, const ProgrammeSession& s);

// The sessions a member follows: everything but other groups' closed sessions.
std::vector<ProgrammeSession> OwnSessions(const std::vector<ProgrammeSession>& all, const Principal& who,
                                          bool everything) {
  if (everything) return all;
  std::vector<ProgrammeSession> out;
  for (const auto& s : all) {
    if (!s.working_group_id) {
      out.push_back(s);
      continue;
    }
    if (InOwnGroup(who, s)) out.push_back(s);
  }
  return out;
}

bool InOwnGroup(const Principal& who, const ProgrammeSession& s) {
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) {
    return g.scope == ScopeKind::kWorkingGroup && s.working_group_id == g.scope_id;
  });
}

// Join links go to those who follow the edition, and a closed session's link only to its own
// group (and the secretariat).
bool MayJoin(const Principal& who, const Edition& e, const ProgrammeSession& s) {
  if (!Can(who, Action::kFollowProgramme, {.edition_id = e.id})) return false;
  return !s.closed() || Can(who, Action::kViewWorkingGroupClosed, {.working_group_id = s.working_group_id});
}

// The sessions as a private feed carries them: a session the person may not join loses its link.
std::vector<ProgrammeSession> WithJoinLinksFor(std::vector<ProgrammeSession> sessions, const Principal& who,
                                               const Edition& e) {
  for (auto& s : sessions) {
    if (!MayJoin(who, e, s)) s.join_url.clear();
  }
  return sessions;
}

void FillSessions(ctemplate::TemplateDictionary& d, const Edition& e, const std::vector<ProgrammeSession>& sessions,
                  const std::string& viewer_zone, const Principal& who) {
  std::optional<LocalDate> current;
  ctemplate::TemplateDictionary* day = nullptr;
  for (const auto& s : sessions) {
    const LocalDate date = LocalDateOf(s.start, e.time_zone);
    if (!current || !(date == *current)) {
      current = date;
      day = d.AddSectionDictionary("DAYS");
      day->SetValue("DATE", FormatLongDate(date));
      day->SetValue("DATE_ID", "day-" + FormatIsoDate(date));
    }
    auto* row = day->AddSectionDictionary("SESSIONS");
    row->SetValue("ID", "session-" + std::to_string(s.id));  // the frab schedule's event url points here
    row->SetValue("TIME", TimeRange(s, e.time_zone));
    if (!viewer_zone.empty() && viewer_zone != e.time_zone) {
      auto* yours = row->AddSectionDictionary("YOUR_TIME");
      yours->SetValue("TIME", TimeRange(s, viewer_zone));
      yours->SetValue("ZONE", viewer_zone);
    }
    row->SetValue("TITLE", s.title);
    row->SetValue("KIND", Label(s.kind));
    row->SetValue("KIND_CLASS", ToString(s.kind));
    if (!s.room.empty()) row->AddSectionDictionary("ROOM")->SetValue("NAME", s.room);
    if (s.closed()) {
      row->AddSectionDictionary("CLOSED")->SetValue("GROUP", WorkingGroupName(e, s.working_group_id));
    } else {
      if (!s.chair.empty()) row->AddSectionDictionary("CHAIR")->SetValue("NAME", s.chair);
      if (!s.speakers.empty()) {
        auto* sp = row->AddSectionDictionary("HAS_SPEAKERS");
        for (const auto& p : s.speakers) sp->AddSectionDictionary("SPEAKERS")->SetValue("NAME", p);
      }
    }
    if (!s.description.empty()) row->AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", s.description);
    if (!s.questions.empty()) {
      auto* q = row->AddSectionDictionary("HAS_QUESTIONS");
      for (const auto& text : s.questions) q->AddSectionDictionary("QUESTIONS")->SetValue("TEXT", text);
    }
    if (!s.webcast_url.empty()) row->AddSectionDictionary("WEBCAST")->SetValue("URL", s.webcast_url);
    if (s.online()) {
      if (MayJoin(who, e, s)) {
        row->AddSectionDictionary("JOIN")->SetValue("URL", s.join_url);
      } else {
        row->ShowSection("JOIN_HIDDEN");
      }
    }
  }
  if (sessions.empty()) d.ShowSection("EMPTY");
}

// A public feed may be read by any site's scripts (CORS); a private one (a person's calendar)
// by none. A public feed changes when the programme is published: that is its Last-Modified.
Response Feed(std::string body, std::string content_type, std::string filename,
              std::optional<UtcSeconds> published_at) {
  Response r;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "inline; filename=\"" + filename + "\"");
  if (published_at) {
    r.headers.emplace_back("Access-Control-Allow-Origin", "*");
    r.last_modified = *published_at;
  }
  return r;
}

Response RenderProgramme(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores,
                         const std::string& tpl) {
  const auto sessions = stores.programme.ListPublished(edition.id);
  const bool member = Can(ctx.principal, Action::kFollowProgramme, {.edition_id = edition.id});
  const std::string zone = ctx.account ? ctx.account->time_zone : "";
  return RenderPage(ctx, tpl, "Programme of the " + Ordinal(edition.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    if (member) d.ShowSection("MEMBER");
    if (ctx.account && zone.empty()) d.ShowSection("SET_ZONE_HINT");
    FillSessions(d, edition, sessions, zone, ctx.principal);
  });
}

Response ProgrammePage(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  return RenderProgramme(ctx, edition, stores, "programme.tpl");
}

Response PrintableProgramme(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  return RenderProgramme(ctx, edition, stores, "programme_print.tpl");
}

// `new_feed_url`, when set, is shown once: the token lives only in this response, never in a
// page address (history, logs, Referer).
Response RenderMyProgramme(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores,
                           const std::string& new_feed_url) {
  const bool everything = Can(ctx.principal, Action::kViewManagement);
  const auto sessions = OwnSessions(stores.programme.ListPublished(edition.id), ctx.principal, everything);
  return RenderPage(ctx, "my_programme.tpl", "My programme", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    if (everything) d.ShowSection("EVERYTHING");
    const bool has_feed = stores.programme.HasFeed(ctx.account->id, edition.id);
    if (has_feed) d.ShowSection("HAS_FEED");
    if (!new_feed_url.empty()) d.AddSectionDictionary("NEW_FEED")->SetValue("URL", new_feed_url);
    FillSessions(d, edition, sessions, ctx.account->time_zone, ctx.principal);
  });
}

Response MyProgramme(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  return RenderMyProgramme(ctx, edition, stores, "");
}

Response CreateCalendarFeed(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  // One live feed per person and edition: a new one replaces (revokes) the old.
  stores.programme.RevokeFeeds(ctx.account->id, edition.id);
  const std::string token = store::RandomToken();
  stores.programme.CreateFeed(store::Sha256Hex(token), ctx.account->id, edition.id);
  const std::string url = ctx.config.base_url + "/calendar/" + token + ".ics";
  auto page = RenderMyProgramme(ctx, edition, stores, url);
  page.headers.emplace_back("Cache-Control", "no-store");
  return page;
}

Response RevokeCalendarFeed(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  stores.programme.RevokeFeeds(ctx.account->id, edition.id);
  return Response::Redirect("/editions/" + std::to_string(edition.number) + "/my-programme");
}

// The token names the edition, so this route has no {number}: the edition is the feed's.
// The programme as the feeds carry it; the acronym ("asem-hr-24") is stable across renames.
report::ProgrammeFeed FeedOf(const RequestContext& ctx, const Edition& edition,
                             std::vector<ProgrammeSession> sessions, report::FeedAudience audience) {
  report::ProgrammeFeed feed;
  feed.series_name = ctx.site ? ctx.site->name : "Plenary";
  feed.acronym = (ctx.site ? ctx.site->slug : std::string("plenary")) + "-" + std::to_string(edition.number);
  feed.base_url = ctx.config.base_url;
  feed.edition = edition;
  feed.sessions = std::move(sessions);
  feed.audience = audience;
  feed.generated_at = ctx.Now();
  return feed;
}

Response PrivateCalendar(RequestContext& ctx, ProgrammeStores& stores) {
  std::string token = ctx.Param("token");
  if (token.size() > 4 && token.substr(token.size() - 4) == ".ics") token.resize(token.size() - 4);
  const auto feed = stores.programme.FindFeed(store::Sha256Hex(token));
  if (!feed) {
    return ErrorPage(ctx, "Calendar not found",
                     Error::NotFound("This calendar address was revoked or never existed. Make a "
                                     "new one on your programme page."));
  }
  const auto account = stores.accounts.Get(feed->account_id);
  const auto edition = stores.editions.GetById(feed->edition_id);
  if (!account || account->disabled || !edition) return NotFoundPage(ctx);
  Principal who{account->id, stores.accounts.GrantsOf(account->id)};
  // The feed follows the person's current roles: a revoked role stops showing its sessions.
  if (!Can(who, Action::kFollowProgramme, {.edition_id = edition->id})) return NotFoundPage(ctx);
  const auto sessions = WithJoinLinksFor(
      OwnSessions(stores.programme.ListPublished(edition->id), who, Can(who, Action::kViewManagement)), who, *edition);
  const auto feed_of =
      FeedOf(ctx, *edition, sessions, report::FeedAudience::kParticipant);
  auto r = Feed(report::ToICalendar(feed_of), "text/calendar; charset=utf-8", "my-programme.ics", std::nullopt);
  r.headers.emplace_back("Cache-Control", "private, no-store");
  return r;
}

// When the programme was last published. One published before publishing became a step has no
// time; it counts from the start of the day (UTC), which keeps its feeds the same all day.
UtcSeconds PublishedAt(const RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto last = stores.programme.LastPublication(edition.id);
  if (last && last->published_at > 0) return last->published_at;
  return ctx.Now() - ctx.Now() % 86400;
}

// The public feeds are stamped with the programme's publication, not the moment they are read,
// so an unchanged programme is byte for byte the same feed (its ETag holds between polls).
report::ProgrammeFeed PublicFeed(RequestContext& ctx, const Edition& edition,
                                 ProgrammeStores& stores) {
  auto feed = FeedOf(ctx, edition, stores.programme.ListPublished(edition.id),
                     report::FeedAudience::kPublic);
  feed.generated_at = PublishedAt(ctx, edition, stores);
  return feed;
}

Response ProgrammeIcs(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto feed = PublicFeed(ctx, edition, stores);
  return Feed(report::ToICalendar(feed), "text/calendar; charset=utf-8",
              "programme-" + std::to_string(edition.number) + ".ics", feed.generated_at);
}

// A frab schedule has at least one day: an edition with neither dates nor sessions has none.
Response ScheduleXml(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto feed = PublicFeed(ctx, edition, stores);
  if (!report::HasScheduleDays(feed)) return NotFoundPage(ctx);
  return Feed(report::ToFrabXml(feed), "application/xml; charset=utf-8", "schedule.xml", feed.generated_at);
}

Response ScheduleJson(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto feed = PublicFeed(ctx, edition, stores);
  if (!report::HasScheduleDays(feed)) return NotFoundPage(ctx);
  return Feed(report::ToFrabJson(feed), "application/json; charset=utf-8", "schedule.json", feed.generated_at);
}

Response ProgrammeApiJson(RequestContext& ctx, const Edition& edition, ProgrammeStores& stores) {
  const auto feed = PublicFeed(ctx, edition, stores);
  return Feed(report::ToApiJson(feed), "application/json; charset=utf-8", "programme.json", feed.generated_at);
}

// The description of every /api route (OpenAPI 3.1), as written in src/web/programme/openapi.json.
Response OpenApiDocument(RequestContext&) {
  Response r;
  r.content_type = "application/json; charset=utf-8";
  for (const auto& f : embedded::OpenApi()) r.body = std::string(f.contents);
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

}  // namespace


std::vector<Route> ProgrammeRoutes(ProgrammeStores& stores) {
  using enum Method;
  return {
      Shared(EditionRoute(kGet, "/editions/{number}/programme", Action::kViewPublic, stores, ProgrammePage)),
      Shared(EditionRoute(kGet, "/editions/{number}/programme/print", Action::kViewPublic, stores, PrintableProgramme)),
      Shared(EditionRoute(kGet, "/editions/{number}/programme.ics", Action::kViewPublic, stores, ProgrammeIcs)),
      Shared(EditionRoute(kGet, "/editions/{number}/schedule.xml", Action::kViewPublic, stores, ScheduleXml)),
      Shared(EditionRoute(kGet, "/editions/{number}/schedule.json", Action::kViewPublic, stores, ScheduleJson)),
      Shared(EditionRoute(kGet, "/api/editions/{number}/programme", Action::kViewPublic, stores, ProgrammeApiJson)),
      Shared(PlainRoute(kGet, "/api/openapi.json", Action::kViewPublic, OpenApiDocument)),
      EditionRoute(kGet, "/editions/{number}/my-programme", Action::kFollowProgramme, stores,
                   MyProgramme),
      EditionRoute(kPost, "/editions/{number}/my-programme/calendar", Action::kFollowProgramme,
                   stores, CreateCalendarFeed),
      EditionRoute(kPost, "/editions/{number}/my-programme/calendar/revoke",
                   Action::kFollowProgramme, stores, RevokeCalendarFeed),
      PlainRoute(kGet, "/calendar/{token}", Action::kViewPublic, stores, PrivateCalendar),
  };
}

}  // namespace plenary::web
