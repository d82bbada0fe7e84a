// The page templates (each feature's src/web/*/templates/*.tpl, compiled into the binary and
// named by file name) in a ctemplate cache of our own. Every template must start with an AUTOESCAPE pragma; loading refuses one that
// does not, and the build refuses it earlier (cmake/embed.cmake).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <ctemplate/template.h>

#include "domain/core/status.h"
#include "embedded_files.h"

namespace plenary::web {

class Templates {
 public:
  // Loads and parses every template; the error names the template that is wrong.
  static Result<std::unique_ptr<Templates>> Load(std::span<const embedded::EmbeddedFile> files);
  static Result<std::unique_ptr<Templates>> LoadEmbedded();

  // Thread-safe: ctemplate's cache and expansion are safe for concurrent readers.
  std::string Render(std::string_view name, const ctemplate::TemplateDictionary& dict) const;

 private:
  Templates() : cache_(std::make_unique<ctemplate::TemplateCache>()) {}
  std::unique_ptr<ctemplate::TemplateCache> cache_;
};

bool HasAutoescapePragma(std::string_view contents);

}  // namespace plenary::web
