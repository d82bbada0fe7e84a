#include "web/account/account_pages.h"

#include "domain/core/text.h"
#include "web/account/credentials.h"
#include "web/server/page.h"

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
      const auto edition = services.editions.GetById(g.edition_id);
      if (!edition) return "";
      const std::string which = Ordinal(edition->number) + " edition";
      if (g.scope == ScopeKind::kEdition) return which;
      const std::string group = WorkingGroupName(*edition, g.scope_id);
      return group.empty() ? "" : group + " (" + which + ")";
    }
  }
  return "";
}

constexpr size_t kMinPasswordLength = 12;

Response RenderMyPage(RequestContext& ctx, const std::vector<FieldError>& errors, int status,
                      const std::string& typed_zone) {
  return RenderPage(ctx, "me.tpl", "My page", [&](ctemplate::TemplateDictionary& d) {
    SetFormField(d, "TIME_ZONE", typed_zone, errors, "time_zone", "time_zone");
    SetFormField(d, "PASSWORD", "", errors, "password", "password");
    SetFormField(d, "CONFIRM", "", errors, "confirm", "confirm");
    SetErrorSummary(d, errors, [](const std::string& f) { return f; });
    if (ctx.request.Query("saved") == "1") d.ShowSection("SAVED");
    d.ShowSection(ctx.account->password_hash ? "HAS_PASSWORD" : "NO_PASSWORD");
    d.SetValue("NAME", ctx.account->display_name);
    d.SetValue("EMAIL", ctx.account->email);
    for (const auto& g : ctx.principal.grants) {
      auto* row = d.AddSectionDictionary("ROLES");
      row->SetValue("ROLE", Label(g.role));
      row->SetValue("SCOPE", ScopeName(ctx.services, g));
      if (g.role == Role::kFocalPoint) row->AddSectionDictionary("PARTNER_LINK")->SetIntValue("ID", g.scope_id);
      if (g.role == Role::kParticipant && ctx.services.registrations.FindForAccount(g.scope_id, ctx.account->id)) {
        if (const auto edition = ctx.services.editions.GetById(g.scope_id)) {
          row->AddSectionDictionary("PARTICIPANT_LINK")->SetIntValue("NUMBER", edition->number);
        }
      }
    }
    if (ctx.principal.grants.empty()) d.ShowSection("NO_ROLES");
  }, status);
}

}  // namespace

Response MyPage(RequestContext& ctx) { return RenderMyPage(ctx, {}, 200, ctx.account->time_zone); }

Response SetTimeZone(RequestContext& ctx) {
  const std::string zone = Trim(ctx.request.Field("time_zone"));
  if (!zone.empty() && !IsKnownTimeZone(zone)) {
    return RenderMyPage(ctx, {{"time_zone", "\"" + zone + "\" is not a time zone we know; use an IANA name such as "
                                              "Europe/Copenhagen or Asia/Ulaanbaatar, or leave it empty."}}, 422, zone);
  }
  ctx.services.accounts.SetTimeZone(ctx.account->id, zone);
  return Response::Redirect("/me?saved=1");
}

Response SetPassword(RequestContext& ctx) {
  const std::string password = ctx.request.Field("password");
  std::vector<FieldError> errors;
  if (password.size() < kMinPasswordLength) {
    errors.push_back({"password", "Choose a password of at least " + std::to_string(kMinPasswordLength) +
                                      " characters; a few unrelated words make a good one."});
  } else if (ctx.request.Field("confirm") != password) {
    errors.push_back({"confirm", "The two passwords differ; type the same password twice."});
  }
  if (!errors.empty()) return RenderMyPage(ctx, errors, 422, ctx.account->time_zone);
  ctx.services.accounts.SetPasswordHash(ctx.account->id, HashPassword(password), ctx.ActorId());
  return Response::Redirect("/me?saved=1");
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
