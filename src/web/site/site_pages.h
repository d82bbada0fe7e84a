// The whole site, wired: the composition root of the web layer. It holds one instance of every
// store the pages use (a store is a thin handle on the connection pool), hands each feature a
// struct of references to exactly the stores that feature uses, and collects every feature's
// routes and job handlers. Built once by `plenary serve` (src/app); what it hands out refers to
// its members and lives as long as it does.
#pragma once

#include <optional>
#include <vector>

#include <soci/soci.h>

#include "domain/core/clock.h"
#include "store/assignment/assignment_store.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "store/participation/approval_store.h"
#include "store/participation/invitation_store.h"
#include "store/participation/registration_store.h"
#include "store/programme/programme_store.h"
#include "store/roles/appointment_store.h"
#include "store/selection/selection_store.h"
#include "store/series/edition_store.h"
#include "store/series/partner_store.h"
#include "store/series/series_store.h"
#include "web/account/account_stores.h"
#include "web/assignment/assignment_stores.h"
#include "web/lifecycle/phase_pages.h"
#include "web/outbox/outbox_pages.h"
#include "web/participation/participation_stores.h"
#include "web/programme/programme_stores.h"
#include "web/public/public_pages.h"
#include "web/groups/group_pages.h"
#include "web/roles/role_pages.h"
#include "web/selection/selection_stores.h"
#include "web/series/series_stores.h"
#include "web/server/job_panel.h"
#include "web/server/router.h"
#include "web/site/my_page.h"

namespace plenary::web {

class SitePages {
 public:
  // `config` and `clock` must outlive this; `config` may still change (the base URL once the
  // port is bound) before the first request.
  SitePages(soci::connection_pool& pool, const WebConfig& config, const Clock& clock);
  SitePages(const SitePages&) = delete;
  SitePages& operator=(const SitePages&) = delete;

  // Every page and endpoint; docs/ACCESS.md is this table as a role x page matrix
  // (site/access_matrix_test.cc checks both agree).
  std::vector<Route> Routes();
  JobHandlers Jobs();
  store::AccountStore& accounts() { return accounts_; }
  // The series the site serves, looked up once per request.
  web::SiteLookup SiteLookup();

 private:
  const WebConfig& config_;
  const Clock& clock_;
  store::SeriesStore series_;
  store::EditionStore editions_;
  store::PartnerStore partners_;
  store::AccountStore accounts_;
  store::AuditLog audit_;
  store::OutboxStore outbox_;
  store::JobStore jobs_;
  store::ProgrammeStore programme_;
  store::InvitationStore invitations_;
  store::RegistrationStore registrations_;
  store::ApprovalStore approvals_;
  store::SelectionStore selection_;
  store::AssignmentStore assignments_;
  store::AppointmentStore appointments_;

  LifecycleStores lifecycle_stores_;
  PhaseFactsOf phase_facts_;
  AccountStores account_stores_;
  SeriesStores series_stores_;
  PublicStores public_stores_;
  ProgrammeStores programme_stores_;
  ParticipationStores participation_stores_;
  SelectionStores selection_stores_;
  AssignmentStores assignment_stores_;
  OutboxStores outbox_stores_;
  RoleStores role_stores_;
  GroupStores group_stores_;
  MyPageStores my_page_stores_;
};

}  // namespace plenary::web
