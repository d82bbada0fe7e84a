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

  // With `mail`, the message carrying the link is queued in the same transaction.
  void CreateSignInLink(std::string_view token_hash, Id account_id, UtcSeconds expires_at,
                        const std::optional<OutgoingMail>& mail = std::nullopt);
  // Marks the link used and returns its account, once; nullopt when unknown, used or expired.
  std::optional<Id> ConsumeSignInLink(std::string_view token_hash, UtcSeconds now);

  // Deletes sessions and sign-in links that expired at or before `now`: they are of no use
  // to anyone and are personal data.
  void PurgeExpired(UtcSeconds now);

  void RecordAttempt(std::string_view key, UtcSeconds at);
  int CountAttempts(std::string_view key, UtcSeconds since);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
