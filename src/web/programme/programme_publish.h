// The programme's publish step (issue 12 item 7): the draft the secretariat edits becomes the
// programme everyone else sees only when it is published, after a confirmation that lists the
// changes since the last publication, the clashes (published only with a recorded reason) and
// the mails that will go: a notice of the changes to each person they affect and, for online
// sessions, the join-link messages scheduled afresh for the published times.
#pragma once

#include <vector>

#include "web/programme/programme_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// POST /manage/editions/{number}/programme/publish: the confirmation, then (confirm=yes) the publication.
std::vector<Route> ProgrammePublishRoutes(ProgrammeStores& stores);

}  // namespace plenary::web
