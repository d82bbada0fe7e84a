// The roles appointed for an edition (domain/roles): the working-group roles as role grants
// (they give access to the group), the Lead Rapporteur and the chairs and speakers of plenary
// sessions as rows of `appointments`. Appointing finds or creates the person's account by
// e-mail and queues their letter in the same transaction; every change is audited by account
// id (never by name or address, which an erasure must be able to remove).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "domain/roles/appointment.h"
#include "store/core/outbox_store.h"

namespace plenary::store {

class AppointmentStore {
 public:
  explicit AppointmentStore(soci::connection_pool& pool) : pool_(pool) {}

  // Every role of the edition: the working-group ones first (by group, then kind, then name),
  // then the Lead Rapporteur, then the sessions' chairs and speakers (by session start).
  std::vector<Appointment> List(Id edition_id);
  // Every role an account holds, in every edition, in the same order per edition.
  std::vector<Appointment> OfAccount(Id account_id);

  // Appoints the person with `email` (an account is created with `name` when there is none) to
  // `a.kind` at its place, which must be the edition's: a working group for the group roles, a
  // plenary session for chair and speaker, none for the Lead Rapporteur. Refused with the
  // reason when the place is wrong, the person already holds the role there, or a disabled
  // (erased) account has the address. `mail` (to_address set here) is queued with it.
  Status Appoint(const Appointment& a, std::string_view email, std::string_view name,
                 const std::optional<OutgoingMail>& mail, std::optional<Id> actor, UtcSeconds now);
  // Ends a role (a.kind, place and account_id): the grant or the row goes; NotFound when there
  // is no such role.
  Status Remove(const Appointment& a, std::optional<Id> actor, UtcSeconds now);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
