#include "web/account/audit_pages.h"

#include "domain/core/zoned_time.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

Response AuditLogPage(RequestContext& ctx, AccountStores& stores) {
  const auto entries = stores.audit.Recent(200);
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

}  // namespace

std::vector<Route> AuditRoutes(AccountStores& stores) {
  return {PlainRoute(Method::kGet, "/manage/audit", Action::kViewAuditLog, stores, AuditLogPage)};
}

}  // namespace plenary::web
