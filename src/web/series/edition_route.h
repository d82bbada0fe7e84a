// Routes whose path names an edition ({number}, in the site's series): the router's resolver
// loads the edition once, before the access check (its id is the target), and the handler
// takes it as `const Edition&`. Every feature's edition pages are declared with EditionRoute.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "domain/series/edition.h"
#include "store/series/edition_store.h"
#include "web/server/router.h"

namespace plenary::web {

// The edition the path's {number} names in the site's series; nullopt when there is none, or
// when it is a draft and the viewer may not see management pages.
std::optional<Edition> FindEdition(const RequestContext& ctx, store::EditionStore& editions);

using EditionHandler = std::function<Response(RequestContext&, const Edition&)>;
Route EditionRoute(Method method, std::string pattern, Action action, store::EditionStore& editions,
                   EditionHandler handler);

// The same for a feature's handler that takes the feature's stores (which hold `editions`).
template <typename Stores>
Route EditionRoute(Method method, std::string pattern, Action action, Stores& stores,
                   Response (*handler)(RequestContext&, const Edition&, Stores&)) {
  return EditionRoute(method, std::move(pattern), action, stores.editions,
                      [&stores, handler](RequestContext& ctx, const Edition& edition) {
                        return handler(ctx, edition, stores);
                      });
}

}  // namespace plenary::web
