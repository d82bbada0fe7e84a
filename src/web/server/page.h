// Rendering pages into the site layout, error pages, and form fields with their errors.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <ctemplate/template.h>

#include "domain/core/status.h"
#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

using Fill = std::function<void(ctemplate::TemplateDictionary& content)>;

// Renders `template_name` inside layout.tpl. The content dictionary already holds CSRF. A
// refused form answers with its FormState's status; "Error: " then starts the title.
Response RenderPage(RequestContext& ctx, std::string_view template_name, std::string_view title,
                    const Fill& fill, int status = 200);
// The error page for `error`: its status from HttpStatusOf, its message as the text, and
// `title` as the heading (ErrorTitleOf the code when none is given).
// Under /api/ the error is JSON of one shape: {"error": {"status", "code", "message"}}.
Response ErrorPage(RequestContext& ctx, const Error& error);
Response ErrorPage(RequestContext& ctx, std::string_view title, const Error& error);
Response NotFoundPage(RequestContext& ctx);

std::string UrlEncode(std::string_view text);

// Sets KEY_VALUE to the typed value and, when `errors` has one for `field`, a KEY_ERROR section
// with MESSAGE and ID (the input's id, for aria-describedby).
void SetFormField(ctemplate::TemplateDictionary& dict, const std::string& key, const std::string& value,
                  const std::vector<FieldError>& errors, const std::string& field, const std::string& id);
// The summary at the top of a rejected form: one ERRORS row per problem, linking to its input.
// `id_of` maps a field name to its input's id.
void SetErrorSummary(ctemplate::TemplateDictionary& dict, const std::vector<FieldError>& errors,
                     const std::function<std::string(const std::string&)>& id_of);

}  // namespace plenary::web
