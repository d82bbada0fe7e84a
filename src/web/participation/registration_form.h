// The registration form as a page (shared by registration through an invitation and the
// participant's own edits): reading it from a request, rendering it with every typed value and
// error, and the confirmation e-mail that summarises it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/participation/participation.h"
#include "mail/letters.h"
#include "store/core/outbox_store.h"
#include "store/series/partner_store.h"
#include "web/server/form_state.h"
#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

struct FormView {
  std::string action;  // where the form posts
  std::string submit;  // the button's text
  std::string intro;
  std::optional<int> version;   // the participant's edit: the version the form shows
  std::string closed_message;   // set after the deadline: the form is shown read-only
  std::string saved_to;         // set after a save: where the confirmation went
  bool requested = false;       // the save turned changes to locked facts into requests
  std::vector<std::string> pending;  // the requests waiting for the secretariat, described
};

RegistrationDraft DraftFromRequest(const Request& request, size_t working_groups);
// The partners of the series: the countries a registration may name and their regions.
std::vector<Partner> PartnersOf(store::PartnerStore& partners, Id series_id);

// registration.tpl (its country list from `partners`); `form` re-fills a refused form (a
// problem of the whole form on the field "form" or as its message); `stored` (when given) is
// shown read-only once view.closed_message is set.
Response RenderRegistrationForm(RequestContext& ctx, const Edition& edition, store::PartnerStore& partners,
                                const FormView& view, const RegistrationDraft& draft, const FormState& form,
                                const Registration* stored = nullptr);

// "You have no registration for this edition yet": what a participant without one sees, with
// `status` (HttpStatusOf kNotFound when the request needed one).
Response NoRegistrationPage(RequestContext& ctx, const Edition& edition, int status = 200);

// The confirmation of a registration received or updated, to `to`: what they gave (name,
// organisation, ranking by group name) and until when they may change it (at `base_url`).
store::OutgoingMail ConfirmationMail(const std::string& base_url, const Edition& edition, std::string_view series_name,
                                     const Registration& registration, const std::string& to,
                                     mail::RegistrationLetter::Kind kind);

}  // namespace plenary::web
