// Authorization in one place: who may do what, for every role of the seminar lifecycle.
// docs/ACCESS.md is the same rules written as a role x page matrix; a test walks every
// route with every role and compares the server's answers with that matrix.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/enum_names.h"
#include "domain/core/id.h"

namespace plenary {

enum class Role {
  kSecretariat,       // scope: series
  kSteering,          // scope: series (steering committee / co-organisers)
  kFocalPoint,        // scope: partner
  kParticipant,       // scope: edition; held while the person's place is accepted (RolesOfStanding
                      // below), removed by a decline, a withdrawal or an erasure
  kModerator,         // scope: working group
  kRapporteur,        // scope: working group
  kNoteTaker,         // scope: working group
  kGroupMember,       // scope: working group (an accepted participant assigned to it)
  kApplicant,         // scope: edition; anyone with a registration: sees and edits their own
};

enum class ScopeKind { kSeries, kPartner, kEdition, kWorkingGroup };

struct RoleGrant {
  Role role = Role::kParticipant;
  ScopeKind scope = ScopeKind::kSeries;
  Id scope_id = 0;
  Id edition_id = 0;  // for edition and working-group scopes: the edition they belong to
  friend bool operator==(const RoleGrant&, const RoleGrant&) = default;
};

extern const EnumNames<Role> kRoleNames;
extern const EnumNames<ScopeKind> kScopeKindNames;

std::string ToString(Role role);  // "secretariat", "steering", "focal_point", ...
std::optional<Role> RoleFrom(std::string_view text);
std::string Label(Role role);     // "Secretariat", "Steering committee", ...
std::string ToString(ScopeKind scope);
std::optional<ScopeKind> ScopeKindFrom(std::string_view text);
// The scope a role is granted in; a grant in any other scope is refused.
ScopeKind ScopeOf(Role role);

enum class Action {
  kViewPublic,             // home, archive, edition pages
  kViewOwnAccount,         // "my page": any signed-in account
  kViewManagement,         // the secretariat's dashboard and edition details, read-only
  kEditEditions,           // create and edit editions, upload the background paper
  kViewPartners,           // the list of partners and their focal points
  kEditPartners,           // edit focal-point contacts
  kViewPartner,            // one partner's page (target.partner_id)
  kViewAuditLog,
  kReadEditionDocuments,   // the background paper (target.edition_id)
  kFollowProgramme,        // "my programme", join links, a private calendar (target.edition_id)
  kViewWorkingGroupClosed, // closed-door material (target.working_group_id)
  // Participation (issue 3)
  kNominate,               // nominate a partner's officials (target.partner_id): its focal point
  kManageParticipants,     // invitations, imports, decisions, erasure, selection and assignment
  kViewApplications,       // the applications list and its exports (secretariat, steering)
  kApproveParticipantList, // the steering committee's approval of the accepted list
  kEditOwnRegistration,    // a participant's own registration and data (target.edition_id)
  kViewContactDetails,     // e-mail addresses, access and dietary needs, the mails sent to a person
};

struct AccessTarget {
  std::optional<Id> partner_id;
  std::optional<Id> edition_id;
  std::optional<Id> working_group_id;
};

struct Principal {
  std::optional<Id> account_id;  // empty: not signed in
  std::vector<RoleGrant> grants;
  bool signed_in() const { return account_id.has_value(); }
};

bool Can(const Principal& who, Action action, const AccessTarget& target = {});

// The roles a registration holds in its edition (scope: edition), decided by its status alone:
// every registration makes an applicant; only an accepted one that has not been withdrawn or
// erased makes a participant, and with it the working-group membership the assignment gives.
// The store applies this in the transaction that changes the status (store/participation).
enum class Standing { kErased, kApplicant, kAccepted };
std::vector<Role> RolesOfStanding(Standing standing);
// Whether a person of this standing keeps working-group grants that came from the assignment.
bool KeepsGroupMembership(Standing standing);

}  // namespace plenary
