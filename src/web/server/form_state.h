// What a page shows again when it refuses a form: the problems, on their fields or for the
// whole form, and the status it answers with (from the Error, web/server/http_status.h). What
// the person typed travels beside it in the feature's own form struct, so nothing is lost.
#pragma once

#include <string>
#include <vector>

#include "domain/core/status.h"
#include "web/server/http_status.h"

namespace plenary::web {

struct FormState {
  std::vector<FieldError> errors;  // one per field that needs correcting
  std::string message;             // a problem of the whole form; "" when none
  int status = 200;

  // A fresh form, or one shown again after success.
  static FormState Fresh() { return {}; }
  // The form refused with `error`: its field problems, else its message for the whole form.
  static FormState Refused(const Error& error) {
    return {error.fields(), error.fields().empty() ? error.message() : std::string(),
            HttpStatusOf(error.code())};
  }
  // Refused with one problem on one field.
  static FormState OnField(std::string field, const Error& error) {
    return {{{std::move(field), error.message()}}, "", HttpStatusOf(error.code())};
  }
  bool refused() const { return status != 200; }
};

}  // namespace plenary::web
