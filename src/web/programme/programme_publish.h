// The programme's publish step (issue 12 item 7): the draft the secretariat edits becomes the
// programme everyone else sees only when it is published, after a confirmation that lists the
// changes since the last publication, the clashes (published only with a recorded reason) and
// the mails that will go: a notice of the changes to each person they affect and, for online
// sessions, the join-link messages scheduled afresh for the published times.
#pragma once

#include <map>
#include <vector>

#include "domain/programme/programme.h"
#include "domain/series/edition.h"
#include "store/core/outbox_store.h"
#include "store/programme/programme_store.h"
#include "web/programme/programme_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// The join-link messages of the online sessions: per session, one per person who follows it,
// sent in their morning (domain/programme JoinLinkSendTime). The demo publishes with these too.
std::map<Id, std::vector<store::OutgoingMail>> JoinLinkMails(store::ProgrammeStore& programme, const Edition& edition,
                                                             const std::vector<ProgrammeSession>& sessions,
                                                             UtcSeconds now);

// POST /manage/editions/{number}/programme/publish: the confirmation, then (confirm=yes) the publication.
std::vector<Route> ProgrammePublishRoutes(ProgrammeStores& stores);

}  // namespace plenary::web
