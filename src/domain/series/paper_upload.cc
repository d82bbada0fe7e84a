#include "domain/series/paper_upload.h"

namespace plenary {

Result<std::string> CheckPaperUpload(std::string_view filename, std::string_view content, long long max_bytes) {
  if (content.empty()) return Error::Invalid("Choose a PDF file to upload; none was attached.");
  if (static_cast<long long>(content.size()) > max_bytes) {
    return Error::Invalid("The file is " + std::to_string((content.size() + 1048575) / 1048576) +
                          " MB; the limit is " + std::to_string(max_bytes / 1048576) +
                          " MB. Compress the PDF or reduce its images, then upload it again.");
  }
  // A PDF starts with "%PDF-" (ISO 32000, allowing up to 1 KB of junk before it, as readers
  // do) and ends with "%%EOF" within its last kilobyte.
  const auto header = content.substr(0, 1024).find("%PDF-");
  const auto tail = content.size() > 1024 ? content.substr(content.size() - 1024) : content;
  if (header == std::string_view::npos || tail.find("%%EOF") == std::string_view::npos) {
    return Error::Invalid("That file is not a PDF (its content does not read as one, whatever its name). "
                          "Export the background paper as PDF and upload that.");
  }
  std::string name;
  for (unsigned char c : filename.substr(filename.find_last_of("/\\") == std::string_view::npos
                                             ? 0 : filename.find_last_of("/\\") + 1)) {
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) name.push_back(static_cast<char>(c));
  }
  if (name.empty() || name.size() > 200) name = "background-paper.pdf";
  return name;
}

}  // namespace plenary
