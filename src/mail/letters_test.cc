// Snapshot tests of every message kind: each view model below renders exactly the text in
// src/mail/testdata/<kind>.txt ("Subject: ..." line, blank line, body). A change of wording
// changes the snapshot in the same commit, so it is reviewed as text.
#include "mail/letters.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace plenary::mail {
namespace {

std::string SnapshotPath(const std::string& kind) {
  return std::string(PLENARY_SOURCE_DIR) + "/src/mail/testdata/" + kind + ".txt";
}

// The text must equal the snapshot. PLENARY_UPDATE_SNAPSHOTS=1 rewrites the snapshots instead
// (then review them with git diff, as text).
void ExpectSnapshot(const std::string& kind, const std::string& text) {
  if (const char* update = std::getenv("PLENARY_UPDATE_SNAPSHOTS"); update && std::string(update) == "1") {
    std::ofstream(SnapshotPath(kind)) << text;
  }
  std::ifstream in(SnapshotPath(kind));
  ASSERT_TRUE(in) << "no snapshot " << SnapshotPath(kind);
  std::stringstream stored;
  stored << in.rdbuf();
  EXPECT_EQ(text, stored.str());
}

std::string AsText(const Letter& l) { return "Subject: " + l.subject + "\n\n" + l.body; }

const char* const kEdition = "the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar";
const char* const kTitle = "Human Rights & Digital Civic Space";

TEST(Letters, SignInLink) {
  ExpectSnapshot("sign_in_link",
                 AsText(Compose(SignInLinkLetter{"Тэмүүлэн Бат", "https://seminar.example.org/sign-in/link?token=T", 24})));
}

TEST(Letters, InvitationOfAnInvitedPersonWithADeadline) {
  InvitationLetter l{"Ana Lee", kEdition, kTitle, "8-10 June 2027", "", "https://seminar.example.org/invitations/T",
                     "30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)",
                     "30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)"};
  ExpectSnapshot("invitation_invited", AsText(Compose(l)));
}

TEST(Letters, InvitationOfANomineeWithoutADeadline) {
  InvitationLetter l{"สมชาย ใจดี", kEdition, kTitle, "8-10 June 2027", "Thailand", "https://seminar.example.org/invitations/T",
                     "2 May 2027, 10:00 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)", ""};
  ExpectSnapshot("invitation_nominated", AsText(Compose(l)));
}

TEST(Letters, NominationRequest) {
  NominationRequestLetter l{"Focal Point", "Mongolia", "2 government officials", kEdition, kTitle, "8-10 June 2027",
                            "30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)",
                            "https://seminar.example.org/sign-in/link?token=T&next=/editions/24/nominations/7", 24};
  ExpectSnapshot("nomination_request", AsText(Compose(l)));
}

TEST(Letters, RegistrationReceivedAndUpdated) {
  RegistrationLetter l;
  l.name = "Оюунаа Бат";
  l.latin_name = "Oyunaa Bat";
  l.organisation = "Globe International";
  l.country = "Mongolia";
  l.edition = kEdition;
  l.title = kTitle;
  l.ranking = {"Freedom of Expression Online", "Digital Public Services", "Data Protection"};
  l.changes_until = "30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)";
  l.link = "https://seminar.example.org/editions/24/registration";
  ExpectSnapshot("registration_received", AsText(Compose(l)));
  l.kind = RegistrationLetter::Kind::kUpdated;
  l.latin_name.clear();
  l.changes_until.clear();
  ExpectSnapshot("registration_updated", AsText(Compose(l)));
}

TEST(Letters, EveryDecision) {
  DecisionLetter l{DecisionLetter::Decision::kAccepted, "Ana Lee", kEdition, "https://seminar.example.org/editions/24"};
  std::string all;
  for (auto d : {DecisionLetter::Decision::kAccepted, DecisionLetter::Decision::kWaitlisted,
                 DecisionLetter::Decision::kDeclined, DecisionLetter::Decision::kConsidered,
                 DecisionLetter::Decision::kWithdrawn}) {
    l.decision = d;
    all += AsText(Compose(l)) + "----\n";
  }
  ExpectSnapshot("decisions", all);
}

TEST(Letters, ErasureNotice) {
  ExpectSnapshot("erasure_notice", AsText(Compose(ErasureNoticeLetter{17, kEdition, "https://seminar.example.org/manage/editions/24/erasures"})));
}

TEST(Letters, JoinLink) {
  ExpectSnapshot("join_link", AsText(Compose(JoinLinkLetter{"Ana Lee", "Opening plenary", "8 June 2027, 09:00 Copenhagen time (Europe/Copenhagen, UTC+02:00)",
                                          "https://meet.example.org/opening"})));
}

TEST(Letters, WorkingGroupWithAndWithoutADescription) {
  WorkingGroupLetter l{"Ana Lee", kEdition, "8-10 June 2027", "Privacy & Data Protection",
                       "How personal data held by the state is protected."};
  std::string both = AsText(Compose(l)) + "----\n";
  l.description.clear();
  both += AsText(Compose(l));
  ExpectSnapshot("working_group", both);
}

TEST(Letters, AppointmentOfARapporteur) {
  ExpectSnapshot("appointment",
                 AsText(Compose(AppointmentLetter{
                     "Ana Lee", "rapporteur", "the working group \"Privacy & Data Protection\"", kEdition,
                     "8-10 June 2027",
                     "The rapporteur records the group's outcomes and drafts its first recommendations within one "
                     "week after the seminar, naming no one (Chatham House Rule).",
                     "https://seminar.example.org/me"})));
}

TEST(Letters, ProgrammeChange) {
  ExpectSnapshot("programme_change",
                 AsText(Compose(ProgrammeChangeLetter{
                     "Тэмүүлэн Бат", kEdition,
                     {"\"Opening plenary\": the time and the room have changed. Now: 8 June 2027, 09:30 Ulaanbaatar "
                      "time (Asia/Ulaanbaatar, UTC+08:00), Hall B.",
                      "Cancelled: \"Lunch debate\", which was on 9 June 2027, 12:00 Ulaanbaatar time (Asia/Ulaanbaatar, "
                      "UTC+08:00)."},
                     "https://seminar.example.org/editions/24/my-programme"})));
}

TEST(Letters, FactRequestAcceptedAndRefused) {
  FactRequestLetter l{"Ana Lee", kEdition, "Country: Denmark → Germany", true,
                      "https://seminar.example.org/editions/24/registration"};
  std::string both = AsText(Compose(l)) + "----\n";
  l.accepted = false;
  both += AsText(Compose(l));
  ExpectSnapshot("fact_request", both);
}

}  // namespace
}  // namespace plenary::mail
