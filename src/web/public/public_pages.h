// Pages anyone can read: the series home with its archive, each edition's page, and (for
// those who take part) the background paper.
#pragma once

#include <optional>

#include <ctemplate/template.h>

#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response HomePage(RequestContext& ctx);
Response EditionPage(RequestContext& ctx);
Response BackgroundPaper(RequestContext& ctx);
Response StaticFile(RequestContext& ctx);

// The values every page about one edition shows in its heading: NUMBER, ORDINAL, TITLE,
// YEAR, MONTH, CITY, COUNTRY, DATES, PLACE, TOPICS, TIME_ZONE and the ONLINE section.
void FillEditionSummary(ctemplate::TemplateDictionary& d, const Edition& e);

// Resolves {number} to the edition; nullopt when there is no such edition.
std::optional<AccessTarget> EditionTarget(RequestContext& ctx);
// The edition named by {number} in the primary series.
std::optional<Edition> EditionOf(RequestContext& ctx);

}  // namespace plenary::web
