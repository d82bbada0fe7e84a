#include "domain/core/access.h"

#include <algorithm>
#include <array>
#include <utility>

namespace plenary {
namespace {

// The scope each role is granted in.
constexpr std::array<std::pair<Role, ScopeKind>, 9> kRoleScopes = {{
    {Role::kSecretariat, ScopeKind::kSeries},
    {Role::kSteering, ScopeKind::kSeries},
    {Role::kFocalPoint, ScopeKind::kPartner},
    {Role::kParticipant, ScopeKind::kEdition},
    {Role::kModerator, ScopeKind::kWorkingGroup},
    {Role::kRapporteur, ScopeKind::kWorkingGroup},
    {Role::kNoteTaker, ScopeKind::kWorkingGroup},
    {Role::kGroupMember, ScopeKind::kWorkingGroup},
    {Role::kApplicant, ScopeKind::kEdition},
}};

bool Has(const Principal& who, Role role) {
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) { return g.role == role; });
}

bool HasIn(const Principal& who, Role role, ScopeKind scope, std::optional<Id> id) {
  if (!id) return false;
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) {
    return g.role == role && g.scope == scope && g.scope_id == *id;
  });
}

// An accepted participant of the edition, or anyone appointed in one of its working groups.
// An applicant whose place is not (or no longer) accepted takes no part.
bool TakesPartIn(const Principal& who, std::optional<Id> edition_id) {
  if (!edition_id) return false;
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) {
    return g.edition_id == *edition_id &&
           ((g.scope == ScopeKind::kEdition && g.role == Role::kParticipant) || g.scope == ScopeKind::kWorkingGroup);
  });
}

bool InGroup(const Principal& who, std::optional<Id> group_id) {
  for (Role role : {Role::kModerator, Role::kRapporteur, Role::kNoteTaker, Role::kGroupMember}) {
    if (HasIn(who, role, ScopeKind::kWorkingGroup, group_id)) return true;
  }
  return false;
}

}  // namespace

const EnumNames<Role> kRoleNames("role", {{Role::kSecretariat, "secretariat", "Secretariat"},
                                          {Role::kSteering, "steering", "Steering committee"},
                                          {Role::kFocalPoint, "focal_point", "Partner focal point"},
                                          {Role::kParticipant, "participant", "Participant"},
                                          {Role::kModerator, "moderator", "Moderator"},
                                          {Role::kRapporteur, "rapporteur", "Rapporteur"},
                                          {Role::kNoteTaker, "note_taker", "Note-taker"},
                                          {Role::kGroupMember, "group_member", "Working-group member"},
                                          {Role::kApplicant, "applicant", "Applicant"}});
const EnumNames<ScopeKind> kScopeKindNames("scope", {{ScopeKind::kSeries, "series", "Series"},
                                                     {ScopeKind::kPartner, "partner", "Partner"},
                                                     {ScopeKind::kEdition, "edition", "Edition"},
                                                     {ScopeKind::kWorkingGroup, "working_group", "Working group"}});

std::string ToString(Role role) { return std::string(kRoleNames.Stored(role)); }
std::string Label(Role role) { return std::string(kRoleNames.Label(role)); }
std::optional<Role> RoleFrom(std::string_view text) { return kRoleNames.Parse(text); }
std::string ToString(ScopeKind scope) { return std::string(kScopeKindNames.Stored(scope)); }
std::optional<ScopeKind> ScopeKindFrom(std::string_view text) { return kScopeKindNames.Parse(text); }

ScopeKind ScopeOf(Role role) {
  return std::find_if(kRoleScopes.begin(), kRoleScopes.end(), [&](const auto& r) { return r.first == role; })->second;
}

bool Can(const Principal& who, Action action, const AccessTarget& target) {
  const bool secretariat = Has(who, Role::kSecretariat);
  const bool steering = Has(who, Role::kSteering);
  switch (action) {
    case Action::kViewPublic:
      return true;
    case Action::kViewOwnAccount:
      return who.signed_in();
    case Action::kViewManagement:
    case Action::kViewPartners:
      return secretariat || steering;
    case Action::kEditEditions:
    case Action::kEditPartners:
    case Action::kViewAuditLog:
      return secretariat;
    case Action::kViewPartner:
      return secretariat || steering || HasIn(who, Role::kFocalPoint, ScopeKind::kPartner, target.partner_id);
    case Action::kReadEditionDocuments:
    case Action::kFollowProgramme:
      return secretariat || steering || TakesPartIn(who, target.edition_id);
    case Action::kViewWorkingGroupClosed:
      // Closed-door content: its own group and the secretariat only, not the steering committee.
      return secretariat || InGroup(who, target.working_group_id);
    case Action::kNominate:
      return secretariat || HasIn(who, Role::kFocalPoint, ScopeKind::kPartner, target.partner_id);
    case Action::kManageParticipants:
      return secretariat;
    case Action::kViewApplications:
      return secretariat || steering;
    case Action::kApproveParticipantList:
      return steering;
    case Action::kEditOwnRegistration:
      return HasIn(who, Role::kApplicant, ScopeKind::kEdition, target.edition_id) ||
             HasIn(who, Role::kParticipant, ScopeKind::kEdition, target.edition_id);
    case Action::kViewContactDetails:
      // The steering committee sees what selection needs, not how to reach or host a person.
      return secretariat;
  }
  return false;
}

std::vector<Role> RolesOfStanding(Standing standing) {
  switch (standing) {
    case Standing::kErased:
      return {};
    case Standing::kApplicant:
      return {Role::kApplicant};
    case Standing::kAccepted:
      return {Role::kApplicant, Role::kParticipant};
  }
  return {};
}

bool KeepsGroupMembership(Standing standing) { return standing == Standing::kAccepted; }

}  // namespace plenary
