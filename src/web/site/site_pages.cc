#include "web/site/site_pages.h"

#include "web/programme/programme_publish.h"

#include <utility>

#include "web/account/audit_pages.h"
#include "web/account/sign_in_pages.h"
#include "web/assignment/assignment_pages.h"
#include "web/participation/application_pages.h"
#include "web/participation/erasure_pages.h"
#include "web/participation/invitation_pages.h"
#include "web/participation/nomination_pages.h"
#include "web/participation/participant_pages.h"
#include "web/participation/registration_pages.h"
#include "web/programme/programme_admin_pages.h"
#include "web/programme/programme_pages.h"
#include "web/selection/replacement_pages.h"
#include "web/selection/selection_pages.h"
#include "web/series/edition_forms.h"
#include "web/series/partner_pages.h"
#include "web/server/static_files.h"

namespace plenary::web {

SitePages::SitePages(soci::connection_pool& pool, const WebConfig& config, const Clock& clock)
    : config_(config),
      clock_(clock),
      series_(pool),
      editions_(pool),
      partners_(pool),
      accounts_(pool),
      audit_(pool),
      outbox_(pool),
      jobs_(pool),
      programme_(pool),
      invitations_(pool),
      registrations_(pool),
      approvals_(pool),
      selection_(pool),
      assignments_(pool),
      appointments_(pool),
      lifecycle_stores_{editions_, registrations_, approvals_, programme_, assignments_},
      phase_facts_([this](const Edition& e) { return GatherPhaseFacts(lifecycle_stores_, e); }),
      account_stores_{accounts_, audit_},
      series_stores_{editions_, partners_, outbox_, phase_facts_},
      public_stores_{series_, editions_},
      programme_stores_{editions_, programme_, accounts_},
      participation_stores_{series_, editions_, partners_, accounts_, invitations_, registrations_, approvals_, jobs_, outbox_},
      selection_stores_{editions_, registrations_, invitations_, selection_, jobs_, accounts_},
      assignment_stores_{editions_, registrations_, assignments_, jobs_, accounts_},
      outbox_stores_{editions_, outbox_},
      role_stores_{editions_, registrations_, invitations_, programme_, appointments_},
      group_stores_{editions_, registrations_, programme_, appointments_},
      my_page_stores_{accounts_, editions_, partners_, registrations_, invitations_, programme_, appointments_, phase_facts_} {}

std::vector<Route> SitePages::Routes() {
  std::vector<Route> routes;
  auto add = [&routes](std::vector<Route> more) {
    for (auto& route : more) routes.push_back(std::move(route));
  };
  add(PublicRoutes(public_stores_));
  routes.push_back(StaticFileRoute());
  add(ProgrammeRoutes(programme_stores_));
  add(RegistrationRoutes(participation_stores_));
  add(ParticipantRoutes(participation_stores_));
  add(SignInRoutes(account_stores_));
  add(MyPageRoutes(my_page_stores_));
  add(EditionFormRoutes(series_stores_));
  add(ProgrammePublishRoutes(programme_stores_));
  add(ProgrammeAdminRoutes(programme_stores_));
  add(ErasureRoutes(participation_stores_));
  add(ApplicationRoutes(participation_stores_));
  add(SelectionRoutes(selection_stores_));
  add(ReplacementRoutes(selection_stores_));
  add(AssignmentRoutes(assignment_stores_));
  add(OutboxRoutes(outbox_stores_));
  add(PhaseRoutes(lifecycle_stores_));
  add(RoleRoutes(role_stores_));
  add(GroupRoutes(group_stores_));
  add(InvitationRoutes(participation_stores_));
  add(NominationRoutes(participation_stores_));
  add(PartnerRoutes(series_stores_));
  add(AuditRoutes(account_stores_));
  return routes;
}

JobHandlers SitePages::Jobs() {
  return {
      {store::JobKind::kInvitationImport, InvitationImportJobHandler(participation_stores_, config_, clock_)},
      {store::JobKind::kSelection, SelectionJobHandler(selection_stores_, clock_)},
      {store::JobKind::kAssignment, AssignmentJobHandler(assignment_stores_, clock_)},
  };
}

SiteLookup SitePages::SiteLookup() {
  return [this]() -> std::optional<Site> {
    const auto series = series_.Primary();
    if (!series) return std::nullopt;
    return Site{series->id, series->slug, series->name, series->short_name, series->contact_email};
  };
}

}  // namespace plenary::web
