#include "domain/core/access.h"

#include <algorithm>
#include <array>
#include <utility>

namespace plenary {
namespace {

struct RoleNames {
  Role role;
  const char* name;
  const char* label;
  ScopeKind scope;
};

constexpr std::array<RoleNames, 8> kRoles = {{
    {Role::kSecretariat, "secretariat", "Secretariat", ScopeKind::kSeries},
    {Role::kSteering, "steering", "Steering committee", ScopeKind::kSeries},
    {Role::kFocalPoint, "focal_point", "Partner focal point", ScopeKind::kPartner},
    {Role::kParticipant, "participant", "Participant", ScopeKind::kEdition},
    {Role::kModerator, "moderator", "Moderator", ScopeKind::kWorkingGroup},
    {Role::kRapporteur, "rapporteur", "Rapporteur", ScopeKind::kWorkingGroup},
    {Role::kNoteTaker, "note_taker", "Note-taker", ScopeKind::kWorkingGroup},
    {Role::kGroupMember, "group_member", "Working-group member", ScopeKind::kWorkingGroup},
}};

const RoleNames& NamesOf(Role role) {
  return *std::find_if(kRoles.begin(), kRoles.end(), [&](const auto& r) { return r.role == role; });
}

bool Has(const Principal& who, Role role) {
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) { return g.role == role; });
}

bool HasIn(const Principal& who, Role role, ScopeKind scope, std::optional<Id> id) {
  if (!id) return false;
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) {
    return g.role == role && g.scope == scope && g.scope_id == *id;
  });
}

// Anyone with a role in the edition itself or in one of its working groups.
bool TakesPartIn(const Principal& who, std::optional<Id> edition_id) {
  if (!edition_id) return false;
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const RoleGrant& g) {
    return (g.scope == ScopeKind::kEdition || g.scope == ScopeKind::kWorkingGroup) &&
           g.edition_id == *edition_id;
  });
}

bool InGroup(const Principal& who, std::optional<Id> group_id) {
  for (Role role : {Role::kModerator, Role::kRapporteur, Role::kNoteTaker, Role::kGroupMember}) {
    if (HasIn(who, role, ScopeKind::kWorkingGroup, group_id)) return true;
  }
  return false;
}

}  // namespace

std::string ToString(Role role) { return NamesOf(role).name; }
std::string Label(Role role) { return NamesOf(role).label; }
ScopeKind ScopeOf(Role role) { return NamesOf(role).scope; }

std::optional<Role> RoleFrom(std::string_view text) {
  for (const auto& r : kRoles) {
    if (text == r.name) return r.role;
  }
  return std::nullopt;
}

std::string ToString(ScopeKind scope) {
  switch (scope) {
    case ScopeKind::kSeries: return "series";
    case ScopeKind::kPartner: return "partner";
    case ScopeKind::kEdition: return "edition";
    case ScopeKind::kWorkingGroup: return "working_group";
  }
  return "series";
}

std::optional<ScopeKind> ScopeKindFrom(std::string_view text) {
  for (auto s : {ScopeKind::kSeries, ScopeKind::kPartner, ScopeKind::kEdition, ScopeKind::kWorkingGroup}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
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
      return HasIn(who, Role::kParticipant, ScopeKind::kEdition, target.edition_id);
  }
  return false;
}

}  // namespace plenary
