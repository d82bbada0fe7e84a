// Text inside XML and inline SVG (the frab schedule, the charts): the five special characters
// escaped, and the control characters XML 1.0 does not allow (all below U+0020 but tab and
// line feed; a pasted title may carry a stray one) left out, since a parser would refuse the
// whole document over them.
#pragma once

#include <string>
#include <string_view>

namespace plenary::report {

std::string XmlEscape(std::string_view text);

}  // namespace plenary::report
