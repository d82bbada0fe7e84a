#include "web/public/public_pages.h"

#include "domain/series/edition_draft.h"
#include "domain/series/phase.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

void FillOrganisers(ctemplate::TemplateDictionary& d, const Edition& e) {
  for (const auto& o : e.organisers) {
    auto* row = d.AddSectionDictionary(o.role == OrganiserRole::kHost ? "HOSTS" : "CO_ORGANISERS");
    row->SetValue("NAME", o.name);
  }
  bool has_host = false, has_co = false;
  for (const auto& o : e.organisers) (o.role == OrganiserRole::kHost ? has_host : has_co) = true;
  if (has_host) d.ShowSection("HAS_HOSTS");
  if (has_co) d.ShowSection("HAS_CO_ORGANISERS");
}

void FillWorkingGroups(ctemplate::TemplateDictionary& d, const Edition& e) {
  if (!e.working_groups.empty()) d.ShowSection("HAS_WORKING_GROUPS");
  for (const auto& g : e.working_groups) {
    auto* row = d.AddSectionDictionary("WORKING_GROUPS");
    row->SetValue("NAME", g.name);
    row->SetValue("DESCRIPTION", g.description);
    if (!g.description.empty()) row->ShowSection("HAS_DESCRIPTION");
    row->SetIntValue("MIN", g.min_size);
    row->SetIntValue("MAX", g.max_size);
    if (!g.questions.empty()) row->ShowSection("HAS_QUESTIONS");
    for (const auto& q : g.questions) row->AddSectionDictionary("QUESTIONS")->SetValue("QUESTION", q);
  }
}

Response HomePage(RequestContext& ctx, PublicStores& stores) {
  const auto series = ctx.site ? stores.series.Primary() : std::nullopt;
  if (!series) {
    return ErrorPage(ctx, "Not set up yet",
                     Error(ErrorCode::kUnavailable,
                           "This Plenary has no seminar series yet. Run 'plenary demo' to load the demo."));
  }
  const auto editions = stores.editions.List(series->id);
  return RenderPage(ctx, "home.tpl", series->name, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("SERIES_NAME", series->name);
    d.SetValue("SUMMARY", series->summary);
    for (const auto& paragraph : SplitLines(series->about)) {
      d.AddSectionDictionary("ABOUT")->SetValue("PARAGRAPH", paragraph);
    }
    for (const auto& o : series->organisers) {
      auto* row = d.AddSectionDictionary("ORGANISERS");
      row->SetValue("NAME", o.name);
      row->SetValue("ROLE", o.role);
    }
    for (const auto& e : editions) {
      if (!IsPublic(e.phase)) continue;
      if (e.phase != EditionPhase::kArchived) {
        FillEditionSummary(*d.AddSectionDictionary("CURRENT"), e);
      } else {
        FillEditionSummary(*d.AddSectionDictionary("ARCHIVE"), e);
      }
    }
    d.SetIntValue("ARCHIVE_COUNT", static_cast<long>(editions.size()));
  });
}

Response EditionPage(RequestContext& ctx, const Edition& edition, PublicStores& stores) {
  const auto paper = stores.editions.DocumentInfoOf(edition.id, "background_paper");
  const bool may_read = Can(ctx.principal, Action::kReadEditionDocuments, {.edition_id = edition.id});
  const std::string heading = Ordinal(edition.number) + " " + ctx.site->name;
  return RenderPage(ctx, "edition.tpl", heading + ": " + edition.title, [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    FillOrganisers(d, edition);
    FillWorkingGroups(d, edition);
    d.SetValue("HEADING", heading);
    d.SetValue("MODE", Label(edition.mode));
    d.SetValue("VENUE", edition.venue);
    if (!edition.venue.empty()) d.ShowSection("HAS_VENUE");
    if (edition.phase != EditionPhase::kArchived) {
      auto* zone = d.AddSectionDictionary("HAS_ZONE");
      zone->SetValue("TIME_ZONE", edition.time_zone);
    }
    if (edition.registration_deadline) {
      d.AddSectionDictionary("DEADLINE")->SetValue(
          "WHEN", FormatInZone(*edition.registration_deadline, edition.time_zone));
    }
    for (const auto& p : SplitLines(edition.concept_note)) {
      d.AddSectionDictionary("CONCEPT_NOTE")->SetValue("PARAGRAPH", p);
    }
    if (!edition.concept_note.empty()) d.ShowSection("HAS_CONCEPT_NOTE");
    if (!edition.topics.empty() && edition.working_groups.empty()) {
      d.ShowSection("HAS_TOPICS");
      for (const auto& t : edition.topics) d.AddSectionDictionary("TOPIC_LIST")->SetValue("TOPIC", t);
    }
    if (paper && may_read) {
      auto* p = d.AddSectionDictionary("PAPER_LINK");
      p->SetValue("FILENAME", paper->filename);
      p->SetIntValue("KB", static_cast<long>((paper->size_bytes + 1023) / 1024));
    } else if (paper) {
      d.ShowSection("PAPER_RESTRICTED");
    }
    if (Can(ctx.principal, Action::kViewManagement)) d.ShowSection("MANAGE");
  });
}

Response BackgroundPaper(RequestContext& ctx, const Edition& edition, PublicStores& stores) {
  auto doc = stores.editions.GetDocument(edition.id, "background_paper");
  if (!doc) {
    return ErrorPage(ctx, "No background paper yet",
                     Error::NotFound("The Lead Rapporteur's background paper for this edition has not been uploaded yet."));
  }
  Response r;
  r.content_type = "application/pdf";
  r.body = std::move(doc->content);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"background-paper-" +
                                                    std::to_string(edition.number) + ".pdf\"");
  r.headers.emplace_back("Cache-Control", "private, no-store");
  return r;
}


}  // namespace

std::vector<Route> PublicRoutes(PublicStores& stores) {
  using enum Method;
  return {
      Shared(PlainRoute(kGet, "/", Action::kViewPublic, stores, HomePage)),
      Shared(EditionRoute(kGet, "/editions/{number}", Action::kViewPublic, stores, EditionPage)),
      EditionRoute(kGet, "/editions/{number}/background-paper", Action::kReadEditionDocuments, stores, BackgroundPaper),
  };
}

}  // namespace plenary::web
