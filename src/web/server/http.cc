#include "web/server/http.h"

namespace plenary::web {
namespace {

std::string First(const std::multimap<std::string, std::string>& values, const std::string& name) {
  auto it = values.find(name);
  return it == values.end() ? std::string() : it->second;
}

}  // namespace

std::string Request::Field(const std::string& name) const { return First(form, name); }
std::string Request::Query(const std::string& name) const { return First(query, name); }

const UploadedFile* Request::File(const std::string& field) const {
  for (const auto& f : files) {
    if (f.field == field) return &f;
  }
  return nullptr;
}

Response Response::Redirect(std::string location) {
  Response r;
  r.status = 303;
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

}  // namespace plenary::web
