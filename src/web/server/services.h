// What the handlers are given: the stores, the templates and the configuration. Built once
// by src/app and shared by every request; every member is safe for concurrent use.
#pragma once

#include <functional>
#include <string>

#include "store/assignment/assignment_store.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/database.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "store/participation/approval_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/selection/selection_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"
#include "web/server/templates.h"

namespace plenary::web {

struct WebConfig {
  std::string base_url = "http://127.0.0.1:8080";  // for links in e-mails
  long long max_upload_bytes = 20LL * 1024 * 1024;
  bool secure_cookies = false;  // also set when the request arrived over TLS
  int session_hours = 12;
  int signin_link_minutes = 60 * 24;
  int invitation_days = 30;  // an invitation link expires then (or at the registration deadline)
  int max_failed_signins_per_email = 5;   // per 15 minutes
  int max_failed_signins_per_address = 20;  // per 15 minutes
};

struct Services {
  explicit Services(store::Database& database, const Templates& templates_in, WebConfig config_in)
      : db(database), series(database.pool()), editions(database.pool()), partners(database.pool()),
        accounts(database.pool()), audit(database.pool()), outbox(database.pool()), programme(database.pool()),
        jobs(database.pool()), invitations(database.pool()),
        registrations(database.pool()), approvals(database.pool()), assignments(database.pool()),
        selection(database.pool()), templates(templates_in),
        config(std::move(config_in)) {}

  store::Database& db;
  store::SeriesStore series;
  store::EditionStore editions;
  store::PartnerStore partners;
  store::AccountStore accounts;
  store::AuditLog audit;
  store::OutboxStore outbox;
  store::ProgrammeStore programme;
  store::JobStore jobs;
  store::InvitationStore invitations;
  store::RegistrationStore registrations;
  store::ApprovalStore approvals;
  store::AssignmentStore assignments;
  store::SelectionStore selection;
  const Templates& templates;
  WebConfig config;
};

}  // namespace plenary::web
