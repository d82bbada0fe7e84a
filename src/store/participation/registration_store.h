// Registrations: created from a valid invitation in one transaction with the account, the
// participant grant, the status history and the confirmation e-mail; edited until the
// deadline; decided by the secretariat; approved by the steering committee; exported and
// erased on request.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/participation/participation.h"
#include "store/core/outbox_store.h"

namespace plenary::store {

struct RegistrationCreated {
  Id registration_id = 0;
  Id account_id = 0;
};

struct StatusChange {
  UtcSeconds at = 0;
  RegistrationStatus status = RegistrationStatus::kApplied;
  std::string reason;
  std::optional<Id> actor_id;
};

// Appends to a registration's status history, inside the caller's transaction.
void AddHistory(soci::session& session, Id registration_id, RegistrationStatus status, std::string_view reason,
                std::optional<Id> actor, UtcSeconds at);

// Makes the registration's account hold exactly the roles its status gives (domain/core/access
// RolesOfStanding): the applicant and participant grants in its edition, and, when the place is
// no longer accepted, no working-group membership and no group. Inside the caller's
// transaction, so that a status and the access it gives never disagree.
Status ApplyStanding(soci::session& session, Id registration_id, std::optional<Id> actor);

// A decision on one registration; the message tells the person (nullopt: no mail).
struct Decision {
  Id registration_id = 0;
  RegistrationStatus status = RegistrationStatus::kAccepted;
  std::string reason;  // internal to the secretariat
  std::optional<OutgoingMail> mail;
};

// A message the outbox holds for a person, as the data export shows it.
struct MailSummary {
  std::string subject;
  std::string status;  // queued, sending, sent, failed
  UtcSeconds created_at = 0;
  std::optional<UtcSeconds> sent_at;
};

struct PersonalData {
  std::string account_email;
  std::string display_name;
  std::optional<Registration> registration;
  std::vector<StatusChange> history;  // reasons left out: they are the secretariat's notes
  std::vector<MailSummary> mails;     // addressed to the account's e-mail
};

class RegistrationStore {
 public:
  explicit RegistrationStore(soci::connection_pool& pool) : pool_(pool) {}

  // Consumes the invitation (refused when it is unknown, used, revoked or expired at `now`),
  // finds or creates the account for the invitation's e-mail, grants it the participant role
  // in the edition, stores the registration (status applied) with its ranking and history,
  // and queues `confirmation` (sent to the invitation's address), all in one transaction.
  // The demo loads its people without mail (nullopt).
  Result<RegistrationCreated> Create(std::string_view invitation_token_hash, const Registration& registration,
                                     const std::optional<OutgoingMail>& confirmation, UtcSeconds now);
  // The participant's own edit: optimistic on `registration.version`; queues `confirmation`.
  // `requests` are changes to locked facts (domain LockedFactChanges), kept as pending requests
  // in the same transaction (a new one replaces a pending one for the same fact).
  Status Update(const Registration& registration, const OutgoingMail& confirmation,
                const std::vector<FactChangeRequest>& requests = {});
  // Every request of the edition's registrations to change a locked fact, oldest first.
  std::vector<FactChangeRequest> FactRequests(Id edition_id);
  // The secretariat's answer to a pending request, in one transaction: accepted, the fact (and
  // for a country its region) changes; either way the request is closed, `mail` queued and the
  // answer audited. Conflict when it was answered already; NotFound when it is not the edition's.
  Status DecideFactRequest(Id edition_id, Id request_id, bool accept, const std::optional<OutgoingMail>& mail,
                           std::optional<Id> actor, UtcSeconds now);

  // Released decisions, in one transaction: status, reason, history, access (ApplyStanding) and
  // mail together, and the registrations' drafts cleared. A registration that is
  // not in the edition, or erased, refuses the whole batch; an unchanged status is skipped.
  Status Decide(Id edition_id, const std::vector<Decision>& decisions, std::optional<Id> actor);
  // The release of the drafts: Decide, with `note` (counts, approval or the reason without it)
  // audited for the edition in the same transaction.
  Status Release(Id edition_id, const std::vector<Decision>& decisions, std::string_view note,
                 std::optional<Id> actor, UtcSeconds now);
  // Draft decisions (their mails are ignored): each registration's proposed status and reason,
  // or none when it equals the released status. Nothing is sent and no access changes until the
  // drafts are released with Decide. One transaction; an erased or foreign registration refuses all.
  Status Propose(Id edition_id, const std::vector<Decision>& decisions, std::optional<Id> actor);

  std::optional<Registration> Get(Id edition_id, Id registration_id);
  std::optional<Registration> FindForAccount(Id edition_id, Id account_id);
  // Every registration of the edition with its ranking, in id order.
  std::vector<Registration> List(Id edition_id);
  std::vector<StatusChange> History(Id registration_id);

  // The participant gives up their place (or the secretariat records that they did): status
  // withdrawn with `reason`, every grant the acceptance gave removed and `mail` queued, in one
  // transaction. Refused unless the registration is accepted (or waitlisted) and not erased.
  Status Withdraw(Id edition_id, Id registration_id, std::string_view reason,
                  const std::optional<OutgoingMail>& mail, std::optional<Id> actor, UtcSeconds now);

  // Places given up after acceptance that no one has taken yet: withdrawn registrations whose
  // history holds an acceptance and that no promotion replaces, oldest withdrawal first.
  std::vector<Registration> FreedPlaces(Id edition_id);
  // Promotion from the waiting list into a freed place, in one transaction: `registration_id`
  // (waitlisted, released) becomes accepted and names `replaces_id` (a freed place, see
  // FreedPlaces) as the place it fills, with history, access (ApplyStanding), `mail` and the
  // audit. Refused with a message that says why when either is not as described.
  Status Promote(Id edition_id, Id registration_id, Id replaces_id, std::string_view reason,
                 const std::optional<OutgoingMail>& mail, std::optional<Id> actor, UtcSeconds now);

  // Personal data (issue 3 items 6-7). The participant's request to be erased: recorded once
  // (a repeat keeps the first time) with `notice` to the secretariat queued in the same
  // transaction. Not found when the registration is not the edition's or is already erased.
  Status RequestErasure(Id edition_id, Id registration_id, const std::optional<OutgoingMail>& notice,
                        UtcSeconds now);
  // Requested and not yet completed, oldest request first.
  std::vector<Registration> ErasureRequests(Id edition_id);
  // Completes an erasure in one transaction: the registration anonymised (domain Anonymised),
  // its invitation's name, organisation and e-mail blanked, the account disabled with its
  // e-mail and name replaced, its sessions, sign-in links, calendar feeds, sign-in attempts and
  // grants deleted, the mails addressed to it deleted; the audit says "Registration N erased".
  // Only on the person's request (RequestErasure) or with `legal_reason` (recorded): else Invalid.
  Status Erase(Id edition_id, Id registration_id, std::optional<Id> actor, UtcSeconds now,
               std::string_view legal_reason = "");
  // The public participant list: accepted, not erased, consented to be listed; by family name.
  std::vector<Registration> PublicList(Id edition_id);
  // Everything stored about an account for one edition (the "Download my data" export).
  PersonalData PersonalDataOf(Id edition_id, Id account_id);
  // The retention purge: erases every registration of the edition that is not yet erased and
  // blanks every invitation that has none; one transaction; returns how many were anonymised
  // (registrations plus invitations without one).
  int PurgeEdition(Id edition_id, UtcSeconds now);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
