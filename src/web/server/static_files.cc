#include "web/server/static_files.h"

#include "embedded_files.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

Response StaticFile(RequestContext& ctx) {
  const std::string name = ctx.Param("file");
  for (const auto& f : embedded::StaticFiles()) {
    if (f.path != name) continue;
    Response r;
    const bool css = name.size() > 4 && name.substr(name.size() - 4) == ".css";
    r.content_type = css ? "text/css; charset=utf-8" : "application/javascript; charset=utf-8";
    r.body = std::string(f.contents);
    r.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return r;
  }
  return NotFoundPage(ctx);
}

}  // namespace

Route StaticFileRoute() { return Shared(PlainRoute(Method::kGet, "/static/{file}", Action::kViewPublic, StaticFile)); }

}  // namespace plenary::web
