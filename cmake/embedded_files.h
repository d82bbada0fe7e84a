// Files compiled into the binary by cmake/embed.cmake.
#pragma once

#include <span>
#include <string_view>

namespace plenary::embedded {

struct EmbeddedFile {
  std::string_view path;
  std::string_view contents;
};

std::span<const EmbeddedFile> Migrations();
std::span<const EmbeddedFile> Templates();
std::span<const EmbeddedFile> MailTemplates();
std::span<const EmbeddedFile> StaticFiles();
std::span<const EmbeddedFile> PrivacyNotice();  // docs/PRIVACY.md, shown at /privacy
std::span<const EmbeddedFile> OpenApi();        // src/web/programme/openapi.json, at /api/openapi.json

}  // namespace plenary::embedded
