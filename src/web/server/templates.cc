#include "web/server/templates.h"

namespace plenary::web {

bool HasAutoescapePragma(std::string_view contents) {
  return contents.rfind("{{%AUTOESCAPE context=\"", 0) == 0;
}

Result<std::unique_ptr<Templates>> Templates::Load(std::span<const embedded::EmbeddedFile> files) {
  std::unique_ptr<Templates> templates(new Templates());
  for (const auto& file : files) {
    if (!HasAutoescapePragma(file.contents)) {
      return Error::Internal("template " + std::string(file.path) +
                             " does not start with {{%AUTOESCAPE context=\"HTML\"}}");
    }
    const std::string key(file.path);
    const ctemplate::TemplateString contents(file.contents.data(), file.contents.size());
    if (!templates->cache_->StringToTemplateCache(key, contents, ctemplate::STRIP_BLANK_LINES)) {
      return Error::Internal("template " + key + " does not parse");
    }
  }
  templates->cache_->Freeze();
  return templates;
}

Result<std::unique_ptr<Templates>> Templates::LoadEmbedded() { return Load(embedded::Templates()); }

std::string Templates::Render(std::string_view name, const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  cache_->ExpandWithData(std::string(name), ctemplate::STRIP_BLANK_LINES, &dict, nullptr, &out);
  return out;
}

}  // namespace plenary::web
