#include "web/participation/erasure_pages.h"

#include "web/series/edition_route.h"
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

Response CompleteErasure(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto id = ctx.IdParam("erasure");
  if (!id) return NotFoundPage(ctx);
  auto erased = stores.registrations.Erase(edition.id, *id, ctx.ActorId(), ctx.Now());
  if (!erased && erased.error().code() == ErrorCode::kNotFound) return NotFoundPage(ctx);
  if (!erased) return ErrorPage(ctx, "Not erased", Error::Conflict(erased.error().message()));
  return Response::Redirect("/manage/editions/" + std::to_string(edition.number) + "/erasures?erased=" +
                            std::to_string(*id));
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
