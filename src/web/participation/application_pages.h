// The secretariat's applications pages for an edition: the list with filters, sorting,
// counts and charts comparing the accepted selection with the pool; its CSV and XLSX
// exports; one registration with its history and messages; decisions (one or many, each
// with its e-mail in the same transaction); and the steering committee's approval of the
// accepted list.
#pragma once

#include <string>

#include "domain/participation/participation.h"
#include "store/core/outbox_store.h"
#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response ApplicationsPage(RequestContext& ctx);      // GET  .../applications
Response ApplicationsCsv(RequestContext& ctx);       // GET  .../applications.csv
Response ApplicationsXlsx(RequestContext& ctx);      // GET  .../applications.xlsx
Response DecideApplications(RequestContext& ctx);    // POST .../applications/decisions (bulk)
Response ApproveApplications(RequestContext& ctx);   // POST .../applications/approval
Response ApplicationPage(RequestContext& ctx);       // GET  .../applications/{registration}
Response DecideApplication(RequestContext& ctx);     // POST .../applications/{registration}/decision

// The message that tells a person of a decision (accepted, waitlisted or declined), kindly
// worded; it never carries the internal reason. `to_address` is the person's e-mail.
store::OutgoingMail DecisionMail(const Edition& edition, const Registration& registration,
                                 const std::string& to_address, RegistrationStatus status,
                                 const std::string& base_url);
// "Your participation in the 24th edition (<title>): accepted".
std::string DecisionSubject(const Edition& edition, RegistrationStatus status);

}  // namespace plenary::web
