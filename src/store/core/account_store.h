// Accounts, their role grants, web sessions, one-time sign-in links and sign-in attempts.
// Secrets are never stored: sessions and links are kept as SHA-256 hashes of their tokens,
// passwords as argon2id hashes made by the caller.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/access.h"
#include "domain/core/status.h"
#include "store/core/outbox_store.h"

namespace plenary::store {

struct Account {
  Id id = 0;
  std::string email;
  std::string display_name;
  std::optional<std::string> password_hash;
  bool disabled = false;
  std::string time_zone;  // IANA name chosen by the person; "" when not set
};

struct WebSession {
  Id account_id = 0;
  std::string csrf_token;
  UtcSeconds expires_at = 0;
  UtcSeconds created_at = 0;
  bool by_link = false;  // begun with a one-time sign-in link (not a password)
};

// A limit on sign-in attempts: at most `most` under `key` ("email:a@b", "ip:10.0.0.1") since
// the window began.
struct AttemptLimit {
  std::string key;
  int most = 5;
};

// Inside the caller's transaction (a registration creates its account and grant with it).
Result<Id> InsertAccount(soci::session& session, const Account& account, std::optional<Id> actor);
Status InsertGrant(soci::session& session, Id account_id, const RoleGrant& grant, std::optional<Id> actor);

class AccountStore {
 public:
  explicit AccountStore(soci::connection_pool& pool) : pool_(pool) {}

  Result<Id> Create(const Account& account, std::optional<Id> actor);
  std::optional<Account> Get(Id id);
  std::optional<Account> FindByEmail(std::string_view email);  // case-insensitive
  void SetTimeZone(Id account_id, std::string_view zone);
  void SetPasswordHash(Id account_id, std::string_view hash, std::optional<Id> actor);
  Status Grant(Id account_id, const RoleGrant& grant, std::optional<Id> actor);
  // With edition_id filled for working-group grants.
  std::vector<RoleGrant> GrantsOf(Id account_id);

  void CreateSession(std::string_view token_hash, const WebSession& session);
  std::optional<WebSession> FindSession(std::string_view token_hash, UtcSeconds now);
  void DeleteSession(std::string_view token_hash);
  // Ends every session of the account but the one whose token hashes to `keep` (a changed
  // password signs out the other browsers).
  void EndOtherSessions(Id account_id, std::string_view keep);

  // With `mail`, the message carrying the link is queued in the same transaction.
  void CreateSignInLink(std::string_view token_hash, Id account_id, UtcSeconds expires_at,
                        const std::optional<OutgoingMail>& mail = std::nullopt);
  // Marks the link used and returns its account, once; nullopt when unknown, used or expired.
  std::optional<Id> ConsumeSignInLink(std::string_view token_hash, UtcSeconds now);

  // Deletes sessions and sign-in links that expired at or before `now`: they are of no use
  // to anyone and are personal data.
  void PurgeExpired(UtcSeconds now);

  // Counts one attempt under every key, unless a key already has its most since `since`: then
  // nothing is counted and the answer is false. Checked and counted in one transaction holding
  // each key's lock, so concurrent attempts never pass the limit.
  bool TakeAttempt(const std::vector<AttemptLimit>& limits, UtcSeconds since, UtcSeconds at);
  // Gives back the attempt taken at `at` (a sign-in that succeeded is not a failure).
  void GiveBackAttempt(const std::vector<AttemptLimit>& limits, UtcSeconds at);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
