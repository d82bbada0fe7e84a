// libFuzzer target for the applications filter parser: any query (bytes split at '&' and '=')
// must give a filter without a crash, and the parameters written back from that filter must
// parse to the same filter (so sort links and exports reproduce what the page shows).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "domain/participation/application_list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plenary;  // NOLINT: a fuzz entry point, not a header
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::map<std::string, std::string> query;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('&', start);
    if (end == std::string::npos) end = text.size();
    const std::string pair = text.substr(start, end - start);
    const size_t eq = pair.find('=');
    query.emplace(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
    start = end + 1;
  }
  const ApplicationFilter filter = ParseApplicationFilter(query);
  std::map<std::string, std::string> again;
  for (const auto& [key, value] : QueryParameters(filter)) again.emplace(key, value);
  if (QueryParameters(ParseApplicationFilter(again)) != QueryParameters(filter)) std::abort();
  (void)QueryOf(filter);
  return 0;
}
