// An edition's outbox (issue 12 item 10): every message about the edition with its recipient,
// kind, status, attempts, the server's last answer and the next try; failed and stuck messages
// flagged; sent again one at a time or all failed ones after a confirmation.
#pragma once

#include <string>
#include <vector>

#include "store/core/outbox_store.h"
#include "store/series/edition_store.h"
#include "web/server/router.h"

namespace plenary::web {

struct OutboxStores {
  store::EditionStore& editions;
  store::OutboxStore& outbox;
};

// What a message is for, in words ("invitation" -> "Invitation").
std::string MailPurposeLabel(std::string_view purpose);

std::vector<Route> OutboxRoutes(OutboxStores& stores);

}  // namespace plenary::web
