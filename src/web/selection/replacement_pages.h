// Withdrawal and the waiting list (issue 12 item 4): the places accepted people gave up, the
// replacement the selection engine suggests with everyone else fixed (under the rules of the
// latest selection run), charts of the accepted list now and with the suggestion, the waiting
// list, and the promotion of one person into one place, which accepts and mails them at once.
#pragma once

#include <vector>

#include "web/selection/selection_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// GET  /manage/editions/{number}/selection/replacements
// POST /manage/editions/{number}/selection/promote (registration, replaces)
std::vector<Route> ReplacementRoutes(SelectionStores& stores);

}  // namespace plenary::web
