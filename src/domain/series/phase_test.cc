// Every step of an edition's life with its preconditions: each refused while something is
// missing, with the missing thing named, and allowed once it is in place.
#include "domain/series/phase.h"

#include <gtest/gtest.h>

namespace plenary {
namespace {

using Missing = std::vector<std::string>;

// 1 June 2027 12:00 UTC; the seminar is 8-10 June 2027 in Ulaanbaatar (UTC+8).
constexpr UtcSeconds kJune1 = 1811851200;

Edition Draft() {
  Edition e;
  e.number = 24;
  e.phase = EditionPhase::kDraft;
  return e;
}

TEST(Phase, ThePhasesRunInOrderAndEndArchived) {
  std::vector<std::string> walked;
  for (std::optional<EditionPhase> p = EditionPhase::kDraft; p; p = NextPhase(*p)) walked.push_back(ToString(*p));
  EXPECT_EQ(walked, (std::vector<std::string>{"draft", "announced", "registration_open", "registration_closed",
                                              "selection", "assignment", "seminar", "reporting", "outputs_published",
                                              "follow_up", "archived"}));
  EXPECT_EQ(NextStepAction(EditionPhase::kRegistrationOpen), "Close registration");
  EXPECT_FALSE(IsPublic(EditionPhase::kDraft));
  EXPECT_TRUE(IsPublic(EditionPhase::kAnnounced));
  EXPECT_TRUE(AcceptsRegistrations(EditionPhase::kRegistrationOpen));
  EXPECT_FALSE(AcceptsRegistrations(EditionPhase::kRegistrationClosed));
}

TEST(Phase, EveryStepNamesWhatIsMissingAndPassesOnceItIsThere) {
  Edition e = Draft();
  PhaseFacts f;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            (Missing{"the edition has no title", "the edition has no dates", "the edition has no city and country",
                     "the edition has no time zone", "the edition has no working group"}));
  e.title = "Human Rights and Digital Civic Space";
  e.start_date = LocalDate{2027, 6, 8};
  e.end_date = LocalDate{2027, 6, 10};
  e.city = "Ulaanbaatar";
  e.country = "Mongolia";
  e.time_zone = "Asia/Ulaanbaatar";
  e.working_groups = {{1, "Expression", "", 2, 30, {}}};
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{});

  e.phase = EditionPhase::kAnnounced;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{"no registration deadline is set"});
  e.registration_deadline = kJune1 - 3600;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            Missing{"the registration deadline (1 June 2027, 19:00 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)) "
                    "has passed; set a later one"});
  e.registration_deadline = kJune1 + 3600;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{});

  e.phase = EditionPhase::kRegistrationOpen;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            Missing{"the registration deadline (1 June 2027, 21:00 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)) "
                    "has not passed; to close earlier, move the deadline"});
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1 + 3600), Missing{});

  e.phase = EditionPhase::kRegistrationClosed;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{"nobody has registered"});
  f.applications = 120;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{});

  e.phase = EditionPhase::kSelection;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            (Missing{"nobody is accepted", "the accepted list is not approved by the steering committee"}));
  f.accepted = 90;
  f.approval_recorded = true;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            Missing{"the accepted list changed since the steering committee approved it"});
  f.approval_current = true;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{});

  e.phase = EditionPhase::kAssignment;
  f.accepted_without_group = 90;
  f.programme_clashes = 2;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            (Missing{"the working-group assignment is not published", "90 accepted participants have no working group",
                     "the programme has no session", "2 clashes in the programme"}));
  f.assignment_published = true;
  f.accepted_without_group = 1;
  f.programme_sessions = 18;
  f.programme_clashes = 1;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1),
            (Missing{"1 accepted participant has no working group", "1 clash in the programme",
                     "the programme is not published"}));
  f.accepted_without_group = 0;
  f.programme_clashes = 0;
  f.programme_published = true;
  f.programme_unpublished = 2;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{"2 changes to the programme not published"});
  f.programme_unpublished = 0;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{});

  e.phase = EditionPhase::kSeminar;
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{"the seminar ends on 10 June 2027"});
  // 10 June 23:59 in Ulaanbaatar is 15:59 UTC; a minute later the seminar is over.
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1 + 9 * 86400 + 4 * 3600), Missing{});

  for (auto phase : {EditionPhase::kReporting, EditionPhase::kOutputsPublished, EditionPhase::kFollowUp}) {
    e.phase = phase;
    EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{}) << ToString(phase);
  }
  e.phase = EditionPhase::kArchived;
  EXPECT_EQ(NextPhase(e.phase), std::nullopt);
  EXPECT_EQ(MissingForNextPhase(e, f, kJune1), Missing{"an archived edition has no next phase"});
}

TEST(Phase, AnOnlineEditionNeedsNoCity) {
  Edition e = Draft();
  e.title = "Online seminar";
  e.mode = EditionMode::kOnline;
  e.start_date = e.end_date = LocalDate{2027, 6, 8};
  e.time_zone = "Europe/Brussels";
  e.working_groups = {{1, "Expression", "", 2, 30, {}}};
  EXPECT_EQ(MissingForNextPhase(e, {}, kJune1), Missing{});
}

}  // namespace
}  // namespace plenary
