// Invitations to an edition: single-use links kept as token hashes, each created together with
// the e-mail that carries it (queued in the same transaction), resent with a new token, revoked.
// Nomination quotas and requests (a partner's focal points asked to nominate) live here too.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/participation/participation.h"
#include "store/core/outbox_store.h"

namespace plenary::store {

// An invitation to create and the message that carries its link.
struct NewInvitation {
  Invitation invitation;  // id, times and counts are set by the store
  std::string token_hash;
  std::optional<OutgoingMail> mail;  // nullopt: stored without a message (the demo)
};

class InvitationStore {
 public:
  explicit InvitationStore(soci::connection_pool& pool) : pool_(pool) {}

  // One transaction for all: either every invitation (and its mail) is stored or none is.
  // An e-mail already invited to the edition is a conflict naming the address; a nomination
  // beyond the partner's quota (counted with the partner's row locked) is refused as invalid
  // input.
  Result<std::vector<Id>> Create(const std::vector<NewInvitation>& invitations, std::optional<Id> actor,
                                 std::optional<Id> job_id = std::nullopt);
  std::optional<Invitation> Get(Id edition_id, Id invitation_id);
  std::optional<Invitation> FindByTokenHash(std::string_view token_hash);
  std::optional<Invitation> FindByEmail(Id edition_id, std::string_view email);  // case-insensitive
  std::vector<Invitation> List(Id edition_id);
  // How many invitations a job has created so far (a resumed import skips them).
  int CountForJob(Id job_id);
  // A new token and expiry, and the message with the new link; the old link stops working.
  Status Resend(Id edition_id, Id invitation_id, std::string_view token_hash, UtcSeconds expires_at,
                const OutgoingMail& mail, std::optional<Id> actor);
  Status Revoke(Id edition_id, Id invitation_id, std::optional<Id> actor);

  // Nominations: quota per partner and sector (default: one government official).
  int Quota(Id edition_id, Id partner_id, Sector sector);
  void SetQuota(Id edition_id, Id partner_id, Sector sector, int quota, std::optional<Id> actor);
  // Every quota set for the edition: (partner id, sector) -> quota; absent pairs take the default.
  std::map<std::pair<Id, Sector>, int> Quotas(Id edition_id);
  // Invitations nominated by the partner for the edition (all states but revoked).
  std::vector<Invitation> Nominations(Id edition_id, Id partner_id);
  // Records that the partner's focal points were asked, with their messages, in one transaction.
  void RecordNominationRequest(Id edition_id, Id partner_id, const std::vector<OutgoingMail>& mails,
                               std::optional<Id> actor);
  std::optional<UtcSeconds> NominationRequestedAt(Id edition_id, Id partner_id);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
