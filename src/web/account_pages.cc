#include "web/account_pages.h"

#include "web/page.h"

namespace plenary::web {
namespace {

std::string ScopeName(Services& services, const RoleGrant& g) {
  switch (g.scope) {
    case ScopeKind::kSeries: {
      auto series = services.series.Primary();
      return series ? series->name : "the series";
    }
    case ScopeKind::kPartner: {
      auto partner = services.partners.Get(g.scope_id);
      return partner ? partner->name : "a partner";
    }
    case ScopeKind::kEdition:
    case ScopeKind::kWorkingGroup: {
      auto series = services.series.Primary();
      if (!series) return "";
      for (const auto& e : services.editions.List(series->id)) {
        if (e.id != g.edition_id) continue;
        if (g.scope == ScopeKind::kEdition) return Ordinal(e.number) + " edition";
        auto full = services.editions.Get(series->id, e.number);
        for (const auto& wg : full->working_groups) {
          if (wg.id == g.scope_id) return wg.name + " (" + Ordinal(e.number) + " edition)";
        }
      }
      return "";
    }
  }
  return "";
}

}  // namespace

Response MyPage(RequestContext& ctx) {
  return RenderPage(ctx, "me.tpl", "My page", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("NAME", ctx.account->display_name);
    d.SetValue("EMAIL", ctx.account->email);
    for (const auto& g : ctx.principal.grants) {
      auto* row = d.AddSectionDictionary("ROLES");
      row->SetValue("ROLE", Label(g.role));
      row->SetValue("SCOPE", ScopeName(ctx.services, g));
      if (g.role == Role::kFocalPoint) row->AddSectionDictionary("PARTNER_LINK")->SetIntValue("ID", g.scope_id);
    }
    if (ctx.principal.grants.empty()) d.ShowSection("NO_ROLES");
  });
}

Response AuditLogPage(RequestContext& ctx) {
  const auto entries = ctx.services.audit.Recent(200);
  return RenderPage(ctx, "audit.tpl", "Audit log", [&](ctemplate::TemplateDictionary& d) {
    for (const auto& e : entries) {
      auto* row = d.AddSectionDictionary("ENTRIES");
      row->SetValue("WHEN", FormatInZone(e.at, "UTC"));
      row->SetValue("WHO", e.account_id ? e.actor_name : "system");
      row->SetValue("ACTION", e.action);
      row->SetValue("ENTITY", e.entity);
      row->SetValue("SUMMARY", e.summary);
    }
  });
}

}  // namespace plenary::web
