// The route table: every page and endpoint, the Action it needs and its target.
// docs/ACCESS.md is this table as a role x page matrix; access_matrix_test checks both agree.
#include "web/account/account_pages.h"
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
#include "web/public/public_pages.h"
#include "web/selection/selection_pages.h"
#include "web/series/edition_forms.h"
#include "web/series/partner_pages.h"
#include "web/server/router.h"

namespace plenary::web {

const std::vector<Route>& Routes() {
  using enum Method;
  static const std::vector<Route> kRoutes = {
      {kGet, "/", Action::kViewPublic, nullptr, HomePage},
      {kGet, "/static/{file}", Action::kViewPublic, nullptr, StaticFile},
      {kGet, "/editions/{number}", Action::kViewPublic, EditionTarget, EditionPage},
      {kGet, "/editions/{number}/background-paper", Action::kReadEditionDocuments, EditionTarget, BackgroundPaper},
      {kGet, "/editions/{number}/programme", Action::kViewPublic, EditionTarget, ProgrammePage},
      {kGet, "/editions/{number}/programme/print", Action::kViewPublic, EditionTarget, PrintableProgramme},
      {kGet, "/editions/{number}/programme.ics", Action::kViewPublic, EditionTarget, ProgrammeIcs},
      {kGet, "/editions/{number}/schedule.xml", Action::kViewPublic, EditionTarget, ScheduleXml},
      {kGet, "/editions/{number}/schedule.json", Action::kViewPublic, EditionTarget, ScheduleJson},
      {kGet, "/api/editions/{number}/programme", Action::kViewPublic, EditionTarget, ProgrammeApiJson},
      {kGet, "/editions/{number}/my-programme", Action::kFollowProgramme, EditionTarget, MyProgramme},
      {kPost, "/editions/{number}/my-programme/calendar", Action::kFollowProgramme, EditionTarget, CreateCalendarFeed},
      {kPost, "/editions/{number}/my-programme/calendar/revoke", Action::kFollowProgramme, EditionTarget, RevokeCalendarFeed},
      {kGet, "/calendar/{token}", Action::kViewPublic, nullptr, PrivateCalendar},
      {kGet, "/privacy", Action::kViewPublic, nullptr, PrivacyNotice},
      {kGet, "/invitations/{token}", Action::kViewPublic, nullptr, InvitationForm},
      {kPost, "/invitations/{token}", Action::kViewPublic, nullptr, RegisterWithInvitation},
      {kGet, "/editions/{number}/registration", Action::kEditOwnRegistration, EditionTarget, OwnRegistrationForm},
      {kPost, "/editions/{number}/registration", Action::kEditOwnRegistration, EditionTarget, UpdateOwnRegistration},
      {kGet, "/editions/{number}/me", Action::kEditOwnRegistration, EditionTarget, ParticipantPage},
      {kGet, "/editions/{number}/me/data.json", Action::kEditOwnRegistration, EditionTarget, MyDataJson},
      {kPost, "/editions/{number}/me/erasure", Action::kEditOwnRegistration, EditionTarget, RequestErasure},
      {kGet, "/editions/{number}/participants", Action::kViewPublic, EditionTarget, PublicParticipants},
      {kGet, "/sign-in", Action::kViewPublic, nullptr, SignInForm},
      {kPost, "/sign-in", Action::kViewPublic, nullptr, SignIn},
      {kPost, "/sign-in/link/request", Action::kViewPublic, nullptr, RequestSignInLink},
      {kGet, "/sign-in/link", Action::kViewPublic, nullptr, SignInLinkConfirm},
      {kPost, "/sign-in/link", Action::kViewPublic, nullptr, SignInWithLink},
      {kPost, "/sign-out", Action::kViewOwnAccount, nullptr, SignOut},
      {kGet, "/me", Action::kViewOwnAccount, nullptr, MyPage},
      {kPost, "/me/password", Action::kViewOwnAccount, nullptr, SetPassword},
      {kPost, "/me/time-zone", Action::kViewOwnAccount, nullptr, SetTimeZone},
      {kGet, "/manage", Action::kViewManagement, nullptr, ManageDashboard},
      {kGet, "/manage/editions/new", Action::kEditEditions, nullptr, NewEditionForm},
      {kPost, "/manage/editions", Action::kEditEditions, nullptr, CreateEdition},
      {kGet, "/manage/editions/{number}", Action::kViewManagement, EditionTarget, ManageEdition},
      {kGet, "/manage/editions/{number}/edit", Action::kEditEditions, EditionTarget, EditEditionForm},
      {kPost, "/manage/editions/{number}/edit", Action::kEditEditions, EditionTarget, UpdateEdition},
      {kPost, "/manage/editions/{number}/background-paper", Action::kEditEditions, EditionTarget, UploadBackgroundPaper},
      {kGet, "/manage/editions/{number}/programme", Action::kViewManagement, EditionTarget, ManageProgramme},
      {kPost, "/manage/editions/{number}/programme", Action::kEditEditions, EditionTarget, AddSession},
      {kGet, "/manage/editions/{number}/programme/{session}", Action::kEditEditions, EditionTarget, EditSessionForm},
      {kPost, "/manage/editions/{number}/programme/{session}", Action::kEditEditions, EditionTarget, UpdateSession},
      {kPost, "/manage/editions/{number}/programme/{session}/delete", Action::kEditEditions, EditionTarget, DeleteSession},
      {kGet, "/manage/editions/{number}/erasures", Action::kManageParticipants, EditionTarget, ErasureRequests},
      {kPost, "/manage/editions/{number}/erasures/{erasure}", Action::kManageParticipants, EditionTarget, CompleteErasure},
      {kGet, "/manage/editions/{number}/applications", Action::kViewApplications, EditionTarget, ApplicationsPage},
      {kGet, "/manage/editions/{number}/applications.csv", Action::kViewApplications, EditionTarget, ApplicationsCsv},
      {kGet, "/manage/editions/{number}/applications.xlsx", Action::kViewApplications, EditionTarget, ApplicationsXlsx},
      {kPost, "/manage/editions/{number}/applications/decisions", Action::kManageParticipants, EditionTarget, DecideApplications},
      {kPost, "/manage/editions/{number}/applications/approval", Action::kApproveParticipantList, EditionTarget, ApproveApplications},
      {kGet, "/manage/editions/{number}/applications/{registration}", Action::kViewApplications, EditionTarget, ApplicationPage},
      {kPost, "/manage/editions/{number}/applications/{registration}/decision", Action::kManageParticipants, EditionTarget, DecideApplication},
      {kGet, "/manage/editions/{number}/selection", Action::kViewApplications, EditionTarget, SelectionPage},
      {kPost, "/manage/editions/{number}/selection", Action::kManageParticipants, EditionTarget, RunSelection},
      {kPost, "/manage/editions/{number}/selection/scores", Action::kManageParticipants, EditionTarget, SaveScores},
      {kPost, "/manage/editions/{number}/selection/apply", Action::kManageParticipants, EditionTarget, ApplySelection},
      {kGet, "/manage/editions/{number}/assignment", Action::kViewApplications, EditionTarget, AssignmentPage},
      {kPost, "/manage/editions/{number}/assignment", Action::kManageParticipants, EditionTarget, RunAssignment},
      {kPost, "/manage/editions/{number}/assignment/move", Action::kManageParticipants, EditionTarget, MoveParticipant},
      {kPost, "/manage/editions/{number}/assignment/publish", Action::kManageParticipants, EditionTarget, PublishAssignment},
      {kGet, "/manage/editions/{number}/invitations", Action::kManageParticipants, EditionTarget, InvitationsPage},
      {kPost, "/manage/editions/{number}/invitations", Action::kManageParticipants, EditionTarget, InviteOne},
      {kPost, "/manage/editions/{number}/invitations/import", Action::kManageParticipants, EditionTarget, PreviewInvitationImport},
      {kPost, "/manage/editions/{number}/invitations/import/confirm", Action::kManageParticipants, EditionTarget, ConfirmInvitationImport},
      {kPost, "/manage/editions/{number}/invitations/{invitation}/resend", Action::kManageParticipants, EditionTarget, ResendInvitation},
      {kPost, "/manage/editions/{number}/invitations/{invitation}/revoke", Action::kManageParticipants, EditionTarget, RevokeInvitation},
      {kGet, "/manage/editions/{number}/jobs/{job}", Action::kManageParticipants, EditionTarget, EditionJobPage},
      {kGet, "/manage/editions/{number}/nominations", Action::kManageParticipants, EditionTarget, NominationsOverview},
      {kPost, "/manage/editions/{number}/nominations/quotas", Action::kManageParticipants, EditionTarget, SetNominationQuota},
      {kPost, "/manage/editions/{number}/nominations/request", Action::kManageParticipants, EditionTarget, AskPartnersToNominate},
      {kPost, "/manage/editions/{number}/nominations/{partner}/request", Action::kManageParticipants, EditionTarget, AskPartnerAgain},
      {kGet, "/editions/{number}/nominations/{partner}", Action::kNominate, NominationTarget, PartnerNominationsPage},
      {kPost, "/editions/{number}/nominations/{partner}", Action::kNominate, NominationTarget, NominateOfficial},
      {kGet, "/manage/partners", Action::kViewPartners, nullptr, PartnersPage},
      {kGet, "/manage/partners/{partner}", Action::kViewPartner, PartnerTarget, PartnerPage},
      {kPost, "/manage/partners/{partner}/contacts", Action::kEditPartners, PartnerTarget, AddPartnerContact},
      {kPost, "/manage/partners/{partner}/contacts/{contact}", Action::kEditPartners, PartnerTarget, UpdatePartnerContact},
      {kPost, "/manage/partners/{partner}/contacts/{contact}/delete", Action::kEditPartners, PartnerTarget, RemovePartnerContact},
      {kGet, "/manage/audit", Action::kViewAuditLog, nullptr, AuditLogPage},
  };
  return kRoutes;
}

}  // namespace plenary::web
