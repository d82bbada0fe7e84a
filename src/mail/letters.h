// Every message Plenary sends, as text: one ctemplate TEXT template per kind
// (src/mail/templates/*.tpl, compiled into the binary), filled from the kind's view model. The
// pages and jobs that send a message fill the view model from their data and queue the Letter
// in the outbox; none of them writes message text itself.
//
// A template's first line is the subject; after one blank line comes the body. View models
// hold text already formatted for people (dates in the edition's zone, the edition named by
// EditionForPeople, domain/series/edition.h).
#pragma once

#include <string>
#include <vector>

#include "store/core/outbox_store.h"

namespace plenary::mail {

struct Letter {
  std::string subject;
  std::string body;
};

struct SignInLinkLetter {
  std::string name;
  std::string link;
  int hours = 24;  // how long the link works
};

struct InvitationLetter {
  std::string name;
  std::string edition;       // "the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar"
  std::string title;         // "Human Rights & Digital Civic Space"
  std::string dates;         // "8-10 June 2027"
  std::string nominated_by;  // the partner that nominated them; "" when invited
  std::string link;
  std::string expires;  // when the link stops working
  std::string closes;   // when registration closes; "" without a deadline
};

struct NominationRequestLetter {
  std::string name;
  std::string partner;
  std::string officials;  // "1 government official"
  std::string edition;
  std::string title;
  std::string dates;
  std::string deadline;  // "" without a registration deadline
  std::string link;
  int hours = 24;
};

struct RegistrationLetter {
  enum class Kind { kReceived, kUpdated };
  Kind kind = Kind::kReceived;
  std::string name;
  std::string latin_name;  // "" when the name is written in Latin letters already
  std::string organisation;
  std::string country;
  std::string edition;
  std::string title;
  std::vector<std::string> ranking;  // working-group names, first choice first
  std::string changes_until;         // the deadline; "" without one
  std::string link;                  // where to change the registration
};

struct DecisionLetter {
  enum class Decision { kAccepted, kWaitlisted, kDeclined, kConsidered, kWithdrawn };
  Decision decision = Decision::kConsidered;
  std::string name;
  std::string edition;
  std::string page;  // the edition's public page
};

struct ErasureNoticeLetter {
  long long registration_id = 0;
  std::string edition;  // "the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar"
  std::string link;     // the secretariat's erasure requests page
};

struct JoinLinkLetter {
  std::string name;
  std::string session;
  std::string starts;  // in the person's zone
  std::string join_url;
};

struct WorkingGroupLetter {
  std::string name;
  std::string edition;
  std::string dates;
  std::string group;
  std::string description;
};

// An appointment (domain/roles): the role as it reads inside a sentence ("rapporteur", "Lead
// Rapporteur"), where it is held
// ("the working group \"Privacy\"", "the session \"Opening plenary\" (8 June 2027, 09:00 ...)",
// "the whole seminar"), what the role does, and the page that lists what to do next.
struct AppointmentLetter {
  std::string name;
  std::string role;
  std::string place;
  std::string edition;
  std::string dates;
  std::string duties;
  std::string link;
};

// The published programme changed in sessions the person follows: one line per change, with
// times in the person's zone.
struct ProgrammeChangeLetter {
  std::string name;
  std::string edition;
  std::vector<std::string> changes;
  std::string link;  // the person's own programme
};

// The secretariat's answer to a request to change a locked fact ("Country: Denmark → Germany").
struct FactRequestLetter {
  std::string name;
  std::string edition;
  std::string change;
  bool accepted = false;
  std::string link;  // the person's registration
};

// The letter as an outbox message to one person; `purpose` says why it was sent ("invitation");
// `edition_id` the edition it concerns, whose outbox page lists it (none: a sign-in link).
store::OutgoingMail Addressed(const Letter& letter, std::string to_address, std::string to_name, std::string purpose,
                              std::optional<Id> edition_id);

Letter Compose(const SignInLinkLetter& letter);
Letter Compose(const InvitationLetter& letter);
Letter Compose(const NominationRequestLetter& letter);
Letter Compose(const RegistrationLetter& letter);
Letter Compose(const DecisionLetter& letter);
Letter Compose(const ErasureNoticeLetter& letter);
Letter Compose(const JoinLinkLetter& letter);
Letter Compose(const WorkingGroupLetter& letter);
Letter Compose(const AppointmentLetter& letter);
Letter Compose(const ProgrammeChangeLetter& letter);
Letter Compose(const FactRequestLetter& letter);

}  // namespace plenary::mail
