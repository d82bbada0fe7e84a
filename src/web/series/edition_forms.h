// The secretariat's pages for editions: the dashboard, creating and editing an edition with
// its working groups, and uploading the background paper.
#pragma once

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response ManageDashboard(RequestContext& ctx);
Response ManageEdition(RequestContext& ctx);
Response NewEditionForm(RequestContext& ctx);
Response CreateEdition(RequestContext& ctx);
Response EditEditionForm(RequestContext& ctx);
Response UpdateEdition(RequestContext& ctx);
Response UploadBackgroundPaper(RequestContext& ctx);

}  // namespace plenary::web
