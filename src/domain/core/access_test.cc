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

TEST(Access, RoleNamesRoundTripAndCarryTheirScope) {
  for (Role role : {Role::kSecretariat, Role::kSteering, Role::kFocalPoint, Role::kParticipant,
                    Role::kModerator, Role::kRapporteur, Role::kNoteTaker, Role::kGroupMember}) {
    EXPECT_EQ(RoleFrom(ToString(role)), role);
  }
  EXPECT_EQ(ScopeOf(Role::kNoteTaker), ScopeKind::kWorkingGroup);
  EXPECT_EQ(ScopeOf(Role::kFocalPoint), ScopeKind::kPartner);
  EXPECT_EQ(RoleFrom("admin"), std::nullopt);
}

}  // namespace
}  // namespace plenary
