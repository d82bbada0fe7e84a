// The heading every page about one edition shows.
#pragma once

#include <ctemplate/template.h>

#include "domain/series/edition.h"

namespace plenary::web {

// NUMBER, ORDINAL, TITLE, YEAR, MONTH, CITY, COUNTRY, DATES, PLACE, TOPICS, TIME_ZONE and the
// ONLINE section.
void FillEditionSummary(ctemplate::TemplateDictionary& d, const Edition& e);

}  // namespace plenary::web
