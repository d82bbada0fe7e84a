#include "web/series/edition_route.h"

#include <charconv>

#include "domain/series/phase.h"

namespace plenary::web {

std::optional<Edition> FindEdition(const RequestContext& ctx, store::EditionStore& editions) {
  const std::string text = ctx.Param("number");
  int number = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  if (!ctx.site) return std::nullopt;
  auto edition = editions.Get(ctx.site->series_id, number);
  // A draft is the secretariat's (and steering committee's) alone: to everyone else it does not exist.
  if (edition && !IsPublic(edition->phase) && !Can(ctx.principal, Action::kViewManagement)) return std::nullopt;
  return edition;
}

Route EditionRoute(Method method, std::string pattern, Action action, store::EditionStore& editions,
                   EditionHandler handler) {
  return {method, std::move(pattern), action,
          [&editions, handler = std::move(handler)](RequestContext& ctx) -> std::optional<Bound> {
            auto edition = FindEdition(ctx, editions);
            if (!edition) return std::nullopt;
            const AccessTarget target{.edition_id = edition->id};
            return Bound{target, [&ctx, &handler, edition = std::move(*edition)] { return handler(ctx, edition); }};
          }};
}

}  // namespace plenary::web
