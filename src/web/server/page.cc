#include "web/server/page.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "web/server/http_status.h"

namespace plenary::web {

Response RenderPage(RequestContext& ctx, std::string_view template_name, std::string_view title,
                    const Fill& fill, int status) {
  ctemplate::TemplateDictionary layout("layout");
  const std::string site = ctx.site ? ctx.site->short_name : "Plenary";
  // A page that refuses what was sent says so first in its title, which screen readers read
  // before anything else (WCAG 3.3.1).
  const bool refused = status == 422 || status == 409;
  layout.SetValue("TITLE", (refused ? "Error: " : "") + std::string(title));
  layout.SetValue("SITE_NAME", site);
  layout.SetValue("CSRF", ctx.csrf_token);
  // A section, so the footer has no empty mailto: link when there is no address (a fresh install).
  if (ctx.site && !ctx.site->contact_email.empty()) {
    layout.AddSectionDictionary("CONTACT")->SetValue("CONTACT_EMAIL", ctx.site->contact_email);
  }
  if (ctx.account) {
    auto* signed_in = layout.AddSectionDictionary("SIGNED_IN");
    signed_in->SetValue("ACCOUNT_NAME", ctx.account->display_name);
    signed_in->SetValue("CSRF", ctx.csrf_token);
  } else {
    layout.ShowSection("SIGNED_OUT");
  }
  if (Can(ctx.principal, Action::kViewManagement)) layout.ShowSection("MANAGE_LINK");
  auto* content = layout.AddIncludeDictionary("CONTENT");
  content->SetFilename(std::string(template_name));
  content->SetValue("CSRF", ctx.csrf_token);
  fill(*content);
  Response response;
  response.status = status;
  response.body = ctx.templates.Render("layout.tpl", layout);
  return response;
}

bool IsApiPath(std::string_view path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

Response ErrorPage(RequestContext& ctx, std::string_view title, const Error& error) {
  if (IsApiPath(ctx.request.path)) {
    // Programs read /api: its errors are JSON of one shape (src/web/programme/openapi.json).
    Response response;
    response.status = HttpStatusOf(error.code());
    response.content_type = "application/json; charset=utf-8";
    response.body = nlohmann::json{{"error",
                                    {{"status", response.status},
                                     {"code", std::string(ErrorWordOf(error.code()))},
                                     {"message", error.message()}}}}
                        .dump(2) +
                    "\n";
    return response;
  }
  return RenderPage(
      ctx, "error.tpl", title,
      [&](ctemplate::TemplateDictionary& d) {
        d.SetValue("HEADING", std::string(title));
        d.SetValue("MESSAGE", error.message());
      },
      HttpStatusOf(error.code()));
}

Response ErrorPage(RequestContext& ctx, const Error& error) {
  return ErrorPage(ctx, ErrorTitleOf(error.code()), error);
}

Response NotFoundPage(RequestContext& ctx) {
  return ErrorPage(ctx, Error::NotFound("There is no page at this address. The home page lists every edition."));
}

std::string UrlEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

void SetFormField(ctemplate::TemplateDictionary& dict, const std::string& key, const std::string& value,
                  const std::vector<FieldError>& errors, const std::string& field, const std::string& id) {
  dict.SetValue(key + "_VALUE", value);
  std::string messages;
  for (const auto& e : errors) {
    if (e.field == field) messages += (messages.empty() ? "" : " ") + e.message;
  }
  if (messages.empty()) return;
  auto* error = dict.AddSectionDictionary(key + "_ERROR");
  error->SetValue("MESSAGE", messages);
  error->SetValue("ID", id + "-error");
}

void SetErrorSummary(ctemplate::TemplateDictionary& dict, const std::vector<FieldError>& errors,
                     const std::function<std::string(const std::string&)>& id_of) {
  if (errors.empty()) return;
  auto* summary = dict.AddSectionDictionary("ERROR_SUMMARY");
  summary->SetIntValue("COUNT", static_cast<long>(errors.size()));
  for (const auto& e : errors) {
    auto* row = summary->AddSectionDictionary("ERRORS");
    row->SetValue("TARGET", id_of(e.field));
    row->SetValue("MESSAGE", e.message);
  }
}

}  // namespace plenary::web
