#include "web/site/my_page.h"

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "store/core/credentials.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string ScopeName(const RequestContext& ctx, MyPageStores& stores, const RoleGrant& g) {
  switch (g.scope) {
    case ScopeKind::kSeries:
      return ctx.site ? ctx.site->name : "the series";
    case ScopeKind::kPartner: {
      auto partner = stores.partners.Get(g.scope_id);
      return partner ? partner->name : "a partner";
    }
    case ScopeKind::kEdition:
    case ScopeKind::kWorkingGroup: {
      const auto edition = stores.editions.GetById(g.edition_id);
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

Response RenderMyPage(RequestContext& ctx, MyPageStores& stores, const FormState& form,
                      const std::string& typed_zone) {
  const auto& errors = form.errors;
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
      row->SetValue("SCOPE", ScopeName(ctx, stores, g));
      if (g.role == Role::kFocalPoint) row->AddSectionDictionary("PARTNER_LINK")->SetIntValue("ID", g.scope_id);
      if (g.role == Role::kApplicant && stores.registrations.FindForAccount(g.scope_id, ctx.account->id)) {
        if (const auto edition = stores.editions.GetById(g.scope_id)) {
          row->AddSectionDictionary("PARTICIPANT_LINK")->SetIntValue("NUMBER", edition->number);
        }
      }
    }
    if (ctx.principal.grants.empty()) d.ShowSection("NO_ROLES");
  }, form.status);
}

Response MyPage(RequestContext& ctx, MyPageStores& stores) {
  return RenderMyPage(ctx, stores, FormState::Fresh(), ctx.account->time_zone);
}

Response SetTimeZone(RequestContext& ctx, MyPageStores& stores) {
  const std::string zone = Trim(ctx.request.Field("time_zone"));
  if (!zone.empty() && !IsKnownTimeZone(zone)) {
    return RenderMyPage(ctx, stores,
                        FormState::OnField("time_zone", Error::Invalid("\"" + zone + "\" is not a time zone we know; use an IANA name such as "
                                                                        "Europe/Copenhagen or Asia/Ulaanbaatar, or leave it empty.")),
                        zone);
  }
  stores.accounts.SetTimeZone(ctx.account->id, zone);
  return Response::Redirect("/me?saved=1");
}

Response SetPassword(RequestContext& ctx, MyPageStores& stores) {
  const std::string password = ctx.request.Field("password");
  std::vector<FieldError> errors;
  if (password.size() < kMinPasswordLength) {
    errors.push_back({"password", "Choose a password of at least " + std::to_string(kMinPasswordLength) +
                                      " characters; a few unrelated words make a good one."});
  } else if (ctx.request.Field("confirm") != password) {
    errors.push_back({"confirm", "The two passwords differ; type the same password twice."});
  }
  if (!errors.empty()) {
    return RenderMyPage(ctx, stores, FormState::Refused(Error::Invalid(errors)), ctx.account->time_zone);
  }
  stores.accounts.SetPasswordHash(ctx.account->id, store::HashPassword(password), ctx.ActorId());
  return Response::Redirect("/me?saved=1");
}

}  // namespace

std::vector<Route> MyPageRoutes(MyPageStores& stores) {
  using enum Method;
  return {
      PlainRoute(kGet, "/me", Action::kViewOwnAccount, stores, MyPage),
      PlainRoute(kPost, "/me/password", Action::kViewOwnAccount, stores, SetPassword),
      PlainRoute(kPost, "/me/time-zone", Action::kViewOwnAccount, stores, SetTimeZone),
  };
}

}  // namespace plenary::web
