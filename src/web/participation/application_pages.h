// The secretariat's applications pages for an edition: the list with filters, sorting,
// counts and charts comparing the accepted selection with the pool; its CSV and XLSX
// exports; one registration with its history and messages; decisions (one or many, each
// with its e-mail in the same transaction); and the steering committee's approval of the
// accepted list.
#pragma once

#include <string>
#include <vector>

#include "domain/participation/participation.h"
#include "store/core/outbox_store.h"
#include "web/participation/participation_stores.h"
#include "web/server/router.h"

namespace plenary::web {

// Every applications route under /manage/editions/{number}: the list (GET .../applications),
// its exports (.csv, .xlsx), the bulk decisions (POST .../applications/decisions), the approval
// (POST .../applications/approval), then ApplicationDetailRoutes.
std::vector<Route> ApplicationRoutes(ParticipationStores& stores);
// One registration (GET .../applications/{registration}) and the decision on it (POST
// .../applications/{registration}/decision); part of ApplicationRoutes.
std::vector<Route> ApplicationDetailRoutes(ParticipationStores& stores);

// The message that tells a person of a decision (accepted, waitlisted or declined), kindly
// worded; it never carries the internal reason. `to_address` is the person's e-mail.
// `series_name` names the edition (EditionForPeople).
store::OutgoingMail DecisionMail(const Edition& edition, std::string_view series_name,
                                 const Registration& registration, const std::string& to_address,
                                 RegistrationStatus status, const std::string& base_url);

}  // namespace plenary::web
