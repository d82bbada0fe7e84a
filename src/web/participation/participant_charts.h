// Gender, region and sector shares of groups of registrations (the selection against its
// pool, each working group against everyone) as share-bar charts with a table of the same
// figures, for the selection and assignment pages (templates/share_charts.tpl).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <ctemplate/template.h>

#include "domain/participation/participation.h"
#include "report/charts/share_bars.h"

namespace plenary::web {

using LabelledRegistrations = std::pair<std::string, std::vector<const Registration*>>;

// Three charts (Gender, Region, Sector), one row per group in the order given; a category
// appears when someone in any row has it.
std::vector<report::ShareBars> AttributeCharts(const std::vector<LabelledRegistrations>& rows);

// Adds share_charts.tpl as the include `name` of `parent`, filled with the charts.
void AddShareCharts(ctemplate::TemplateDictionary& parent, const std::string& name,
                    const std::vector<report::ShareBars>& charts);

}  // namespace plenary::web
