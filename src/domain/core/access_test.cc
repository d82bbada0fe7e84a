#include "domain/core/access.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

Principal With(std::vector<RoleGrant> grants) { return {Id{7}, std::move(grants)}; }

TEST(Access, AnonymousSeesOnlyPublicPages) {
  Principal anonymous;
  EXPECT_TRUE(Can(anonymous, Action::kViewPublic));
  EXPECT_FALSE(Can(anonymous, Action::kViewOwnAccount));
  EXPECT_FALSE(Can(anonymous, Action::kReadEditionDocuments, {.edition_id = 1}));
}

TEST(Access, SteeringReadsButDoesNotEditNorEnterClosedRooms) {
  auto steering = With({{Role::kSteering, ScopeKind::kSeries, 1, 0}});
  EXPECT_TRUE(Can(steering, Action::kViewManagement));
  EXPECT_FALSE(Can(steering, Action::kEditEditions));
  EXPECT_FALSE(Can(steering, Action::kViewAuditLog));
  EXPECT_FALSE(Can(steering, Action::kViewWorkingGroupClosed, {.working_group_id = 3}));
  EXPECT_TRUE(Can(steering, Action::kViewApplications));
  EXPECT_FALSE(Can(steering, Action::kViewContactDetails));  // e-mail, access and dietary needs
  EXPECT_TRUE(Can(With({{Role::kSecretariat, ScopeKind::kSeries, 1, 0}}), Action::kViewContactDetails));
}

TEST(Access, FocalPointSeesOnlyTheirPartner) {
  auto focal = With({{Role::kFocalPoint, ScopeKind::kPartner, 40, 0}});
  EXPECT_TRUE(Can(focal, Action::kViewPartner, {.partner_id = 40}));
  EXPECT_FALSE(Can(focal, Action::kViewPartner, {.partner_id = 41}));
  EXPECT_FALSE(Can(focal, Action::kViewPartners));
}

TEST(Access, WorkingGroupRolesReachOnlyTheirOwnGroup) {
  auto rapporteur = With({{Role::kRapporteur, ScopeKind::kWorkingGroup, 5, 2}});
  EXPECT_TRUE(Can(rapporteur, Action::kViewWorkingGroupClosed, {.working_group_id = 5}));
  EXPECT_FALSE(Can(rapporteur, Action::kViewWorkingGroupClosed, {.working_group_id = 6}));
  EXPECT_TRUE(Can(rapporteur, Action::kReadEditionDocuments, {.edition_id = 2}));
  EXPECT_FALSE(Can(rapporteur, Action::kReadEditionDocuments, {.edition_id = 3}));
}

TEST(Access, ParticipantReadsTheirEditionsPaperOnly) {
  auto participant = With({{Role::kParticipant, ScopeKind::kEdition, 2, 2}});
  EXPECT_TRUE(Can(participant, Action::kReadEditionDocuments, {.edition_id = 2}));
  EXPECT_FALSE(Can(participant, Action::kReadEditionDocuments, {.edition_id = 1}));
  EXPECT_FALSE(Can(participant, Action::kViewWorkingGroupClosed, {.working_group_id = 5}));
}

// An applicant (applied, waitlisted, declined, withdrawn) sees and edits their own registration
// and nothing of the participant material.
TEST(Access, AnApplicantEditsTheirRegistrationButGetsNoParticipantMaterial) {
  auto applicant = With({{Role::kApplicant, ScopeKind::kEdition, 2, 2}});
  EXPECT_TRUE(Can(applicant, Action::kEditOwnRegistration, {.edition_id = 2}));
  EXPECT_FALSE(Can(applicant, Action::kEditOwnRegistration, {.edition_id = 3}));
  EXPECT_FALSE(Can(applicant, Action::kReadEditionDocuments, {.edition_id = 2}));
  EXPECT_FALSE(Can(applicant, Action::kFollowProgramme, {.edition_id = 2}));
}

TEST(Access, TheStandingDecidesTheEditionRoles) {
  EXPECT_EQ(RolesOfStanding(Standing::kErased), std::vector<Role>{});
  EXPECT_EQ(RolesOfStanding(Standing::kApplicant), std::vector<Role>{Role::kApplicant});
  EXPECT_EQ(RolesOfStanding(Standing::kAccepted), (std::vector<Role>{Role::kApplicant, Role::kParticipant}));
  EXPECT_TRUE(KeepsGroupMembership(Standing::kAccepted));
  EXPECT_FALSE(KeepsGroupMembership(Standing::kApplicant));
  EXPECT_FALSE(KeepsGroupMembership(Standing::kErased));
  for (Role role : RolesOfStanding(Standing::kAccepted)) EXPECT_EQ(ScopeOf(role), ScopeKind::kEdition);
}

TEST(Access, RoleNamesRoundTripAndCarryTheirScope) {
  for (Role role : {Role::kSecretariat, Role::kSteering, Role::kFocalPoint, Role::kParticipant,
                    Role::kModerator, Role::kRapporteur, Role::kNoteTaker, Role::kGroupMember, Role::kApplicant}) {
    EXPECT_EQ(RoleFrom(ToString(role)), role);
  }
  EXPECT_EQ(ScopeOf(Role::kNoteTaker), ScopeKind::kWorkingGroup);
  EXPECT_EQ(ScopeOf(Role::kFocalPoint), ScopeKind::kPartner);
  EXPECT_EQ(RoleFrom("admin"), std::nullopt);
}

}  // namespace
}  // namespace plenary
