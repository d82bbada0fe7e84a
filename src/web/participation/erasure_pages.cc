#include "web/participation/erasure_pages.h"

#include "domain/core/text.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/http_status.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

Response ErasureRequests(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto requests = stores.registrations.ErasureRequests(edition.id);
  return RenderPage(ctx, "erasures.tpl", "Erasure requests: " + Ordinal(edition.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    d.SetIntValue("NUMBER", edition.number);
    d.SetValue("ORDINAL", Ordinal(edition.number));
    d.SetIntValue("COUNT", static_cast<long>(requests.size()));
    if (requests.empty()) d.ShowSection("NONE");
    if (ctx.request.Query("erased").size()) d.AddSectionDictionary("ERASED")->SetValue("ID", ctx.request.Query("erased"));
    for (const auto& r : requests) {
      auto* row = d.AddSectionDictionary("REQUESTS");
      row->SetIntValue("ID", r.id);
      row->SetValue("NAME", r.full_name);
      row->SetValue("ORGANISATION", r.organisation);
      row->SetValue("STATUS", Label(r.status));
      row->SetValue("WHEN", FormatInZone(*r.erasure_requested_at, edition.time_zone));
    }
  });
}

// Irreversible: without confirm=yes the page says what will happen; a registration that did
// not ask needs a legal reason, which the audit log keeps.
Response CompleteErasure(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto id = ctx.IdParam("erasure");
  if (!id) return NotFoundPage(ctx);
  const auto r = stores.registrations.Get(edition.id, *id);
  if (!r || r->erased_at) return NotFoundPage(ctx);
  const std::string reason = Trim(ctx.request.Field("reason"));
  std::vector<FieldError> errors;
  if (ctx.request.Field("confirm") == "yes") {
    if (!r->erasure_requested_at && reason.empty()) {
      errors.push_back({"reason", "This person has not asked to be erased: give the legal reason for erasing the "
                                  "registration (it is recorded)."});
    } else {
      auto erased = stores.registrations.Erase(edition.id, *id, ctx.ActorId(), ctx.Now(), reason);
      if (!erased && erased.error().code() == ErrorCode::kNotFound) return NotFoundPage(ctx);
      if (!erased) return ErrorPage(ctx, "Not erased", erased.error());
      return Response::Redirect("/manage/editions/" + std::to_string(edition.number) + "/erasures?erased=" +
                                std::to_string(*id));
    }
  }
  return RenderPage(ctx, "erasure_confirm.tpl", "Erase registration " + std::to_string(*id),
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetIntValue("ID", r->id);
    d.SetValue("NAME", r->full_name);
    d.SetValue("ORGANISATION", r->organisation);
    d.SetValue("STATUS", Label(r->status));
    if (r->erasure_requested_at) {
      d.AddSectionDictionary("REQUESTED")->SetValue("WHEN", FormatInZone(*r->erasure_requested_at, edition.time_zone));
    } else {
      auto* legal = d.AddSectionDictionary("NOT_REQUESTED");
      SetFormField(*legal, "REASON", reason, errors, "reason", "erasure-reason");
    }
    SetErrorSummary(d, errors, [](const std::string&) { return std::string("erasure-reason"); });
  }, errors.empty() ? 200 : HttpStatusOf(ErrorCode::kInvalidInput));
}

}  // namespace

std::vector<Route> ErasureRoutes(ParticipationStores& stores) {
  using enum Method;
  return {
      EditionRoute(kGet, "/manage/editions/{number}/erasures", Action::kManageParticipants, stores, ErasureRequests),
      EditionRoute(kPost, "/manage/editions/{number}/erasures/{erasure}", Action::kManageParticipants, stores,
                   CompleteErasure),
  };
}

}  // namespace plenary::web
