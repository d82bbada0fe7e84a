// How typed text is normalised before rules look at it: surrounding white space is not part
// of a value, and e-mail addresses and names compare without ASCII case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plenary {

std::string Trim(std::string_view text);        // spaces, tabs, CR and LF at both ends
std::string AsciiLower(std::string_view text);  // A-Z to a-z; other bytes unchanged
// A database id as a path, form or query carries it: 1 to 18 decimal digits and nothing else
// (so it always fits an int64); nullopt for anything else.
std::optional<std::int64_t> ParseId(std::string_view text);
// No line break, tab or other control character: a value that may reach a mail header, a feed
// or a file name (a name, an organisation, a title). Multi-line fields are not asked this.
bool IsOneLine(std::string_view text);
// Characters (Unicode code points) in UTF-8 text: what a length limit counts, so 300 is 300
// Thai or Latin letters alike, not 100 of one and 300 of the other.
size_t CharacterCount(std::string_view utf8);

}  // namespace plenary
