#include "store/core/account_store.h"

#include <algorithm>
#include <cctype>

#include "domain/core/text.h"
#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

std::optional<Account> LoadAccount(soci::session& session, const std::string& where, const std::string& key) {
  Account a;
  long long id = 0;
  int disabled = 0;
  std::string hash;
  soci::indicator hash_ind;
  session << "SELECT id, email, display_name, password_hash, disabled, time_zone FROM accounts WHERE " + where,
      soci::use(key), soci::into(id), soci::into(a.email), soci::into(a.display_name),
      soci::into(hash, hash_ind), soci::into(disabled), soci::into(a.time_zone);
  if (!session.got_data()) return std::nullopt;
  a.id = id;
  a.disabled = disabled != 0;
  if (hash_ind == soci::i_ok) a.password_hash = hash;
  return a;
}

}  // namespace

Result<Id> InsertAccount(soci::session& session, const Account& a, std::optional<Id> actor) {
  const std::string email = AsciiLower(a.email);
  int taken = 0;
  session << "SELECT COUNT(*) FROM accounts WHERE email = :e", soci::use(email), soci::into(taken);
  if (taken) return Error::Conflict("An account for " + email + " already exists.");
  long long id = 0, now = NowUtc();
  std::string hash = a.password_hash.value_or("");
  soci::indicator hash_ind = a.password_hash ? soci::i_ok : soci::i_null;
  session << "INSERT INTO accounts (email, display_name, password_hash, created_at) "
             "VALUES (:e, :n, :h, :t) RETURNING id",
      soci::use(email), soci::use(a.display_name), soci::use(hash, hash_ind), soci::use(now),
      soci::into(id);
  // The audit names the account by id only: an erased participant leaves no name behind.
  RecordAudit(session, {0, now, actor, "", "create", "account", id, "Created account " + std::to_string(id)});
  return static_cast<Id>(id);
}

Result<Id> AccountStore::Create(const Account& a, std::optional<Id> actor) {
  return Write(pool_, Error::Conflict("An account for " + AsciiLower(a.email) + " already exists."),
               [&](soci::session& session) { return InsertAccount(session, a, actor); });
}

std::optional<Account> AccountStore::Get(Id id) {
  soci::session session(pool_);
  return LoadAccount(session, "id = CAST(:k AS BIGINT)", std::to_string(id));
}

std::optional<Account> AccountStore::FindByEmail(std::string_view email) {
  soci::session session(pool_);
  return LoadAccount(session, "email = :k", AsciiLower(email));
}

void AccountStore::SetTimeZone(Id account_id, std::string_view zone) {
  soci::session session(pool_);
  long long id = account_id;
  const std::string z(zone);
  WriteTransaction tx(session);
  session << "UPDATE accounts SET time_zone = :z WHERE id = :id", soci::use(z), soci::use(id);
  tx.Commit();
}

void AccountStore::SetPasswordHash(Id account_id, std::string_view hash, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long id = account_id;
  const std::string h(hash);
  session << "UPDATE accounts SET password_hash = :h WHERE id = :id", soci::use(h), soci::use(id);
  RecordAudit(session, {0, 0, actor, "", "update", "account", id, "Set a new password"});
  tx.Commit();
}

Status InsertGrant(soci::session& session, Id account_id, const RoleGrant& g, std::optional<Id> actor) {
  if (ScopeOf(g.role) != g.scope) {
    return Error::Invalid("The role " + Label(g.role) + " is granted per " + ToString(ScopeOf(g.role)) +
                          ", not per " + ToString(g.scope) + ".");
  }
  long long aid = account_id, sid = g.scope_id, now = NowUtc();
  const std::string role = ToString(g.role), scope = ToString(g.scope);
  int exists = 0;
  session << "SELECT COUNT(*) FROM role_grants WHERE account_id = :a AND role = :r AND scope_kind = :k "
             "AND scope_id = :s",
      soci::use(aid), soci::use(role), soci::use(scope), soci::use(sid), soci::into(exists);
  if (exists) return OkStatus();
  session << "INSERT INTO role_grants (account_id, role, scope_kind, scope_id, created_at) "
             "VALUES (:a, :r, :k, :s, :t)",
      soci::use(aid), soci::use(role), soci::use(scope), soci::use(sid), soci::use(now);
  RecordAudit(session, {0, now, actor, "", "grant", "account", aid,
                        "Granted " + role + " in " + scope + " " + std::to_string(sid)});
  return OkStatus();
}

Status AccountStore::Grant(Id account_id, const RoleGrant& g, std::optional<Id> actor) {
  // Granted at the same moment by someone else: the grant is there, which is what was asked.
  return Write(pool_, Error::Conflict("This role was granted by someone else at the same moment."),
               [&](soci::session& session) { return InsertGrant(session, account_id, g, actor); });
}

std::vector<RoleGrant> AccountStore::GrantsOf(Id account_id) {
  soci::session session(pool_);
  long long aid = account_id, sid = 0, edition = 0;
  std::string role, scope;
  soci::indicator edition_ind;
  std::vector<RoleGrant> out;
  soci::statement st =
      (session.prepare << "SELECT g.role, g.scope_kind, g.scope_id, "
                          "CASE WHEN g.scope_kind = 'edition' THEN g.scope_id ELSE w.edition_id END "
                          "FROM role_grants g LEFT JOIN working_groups w "
                          "ON g.scope_kind = 'working_group' AND w.id = g.scope_id "
                          "WHERE g.account_id = :a ORDER BY g.id",
       soci::into(role), soci::into(scope), soci::into(sid), soci::into(edition, edition_ind),
       soci::use(aid));
  st.execute();
  while (st.fetch()) {
    out.push_back({kRoleNames.FromStored(role), kScopeKindNames.FromStored(scope), sid,
                   edition_ind == soci::i_ok ? edition : 0});
  }
  return out;
}

void AccountStore::CreateSession(std::string_view token_hash, const WebSession& s) {
  soci::session session(pool_);
  const std::string hash(token_hash);
  long long aid = s.account_id, now = s.created_at ? s.created_at : NowUtc(), expires = s.expires_at;
  WriteTransaction tx(session);
  int by_link = s.by_link ? 1 : 0;
  session << "INSERT INTO web_sessions (token_hash, account_id, csrf_token, created_at, expires_at, by_link) "
             "VALUES (:h, :a, :c, :t, :e, :l)",
      soci::use(hash), soci::use(aid), soci::use(s.csrf_token), soci::use(now), soci::use(expires), soci::use(by_link);
  tx.Commit();
}

std::optional<WebSession> AccountStore::FindSession(std::string_view token_hash, UtcSeconds now) {
  soci::session session(pool_);
  const std::string hash(token_hash);
  long long at = now, aid = 0, expires = 0, created = 0;
  int by_link = 0;
  WebSession s;
  session << "SELECT account_id, csrf_token, expires_at, s.created_at, by_link FROM web_sessions s "
             "JOIN accounts a ON a.id = s.account_id "
             "WHERE s.token_hash = :h AND s.expires_at > :now AND a.disabled = 0",
      soci::use(hash), soci::use(at), soci::into(aid), soci::into(s.csrf_token), soci::into(expires),
      soci::into(created), soci::into(by_link);
  if (!session.got_data()) return std::nullopt;
  s.account_id = aid;
  s.expires_at = expires;
  s.created_at = created;
  s.by_link = by_link != 0;
  return s;
}

void AccountStore::DeleteSession(std::string_view token_hash) {
  soci::session session(pool_);
  const std::string hash(token_hash);
  WriteTransaction tx(session);
  session << "DELETE FROM web_sessions WHERE token_hash = :h", soci::use(hash);
  tx.Commit();
}

void AccountStore::CreateSignInLink(std::string_view token_hash, Id account_id, UtcSeconds expires_at,
                                    const std::optional<OutgoingMail>& mail) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  const std::string hash(token_hash);
  long long aid = account_id, now = NowUtc(), expires = expires_at;
  session << "INSERT INTO signin_links (token_hash, account_id, created_at, expires_at) "
             "VALUES (:h, :a, :t, :e)",
      soci::use(hash), soci::use(aid), soci::use(now), soci::use(expires);
  if (mail) EnqueueMail(session, *mail);
  tx.Commit();
}

std::optional<Id> AccountStore::ConsumeSignInLink(std::string_view token_hash, UtcSeconds now) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  const std::string hash(token_hash);
  long long at = now;
  // The conditional UPDATE is the single-use guarantee: of two concurrent uses, one updates.
  soci::statement st = (session.prepare << "UPDATE signin_links SET used_at = :now "
                                           "WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now2",
                        soci::use(at), soci::use(hash), soci::use(at));
  st.execute(true);
  if (st.get_affected_rows() != 1) return std::nullopt;
  long long aid = 0;
  session << "SELECT account_id FROM signin_links WHERE token_hash = :h", soci::use(hash), soci::into(aid);
  tx.Commit();
  return static_cast<Id>(aid);
}

void AccountStore::PurgeExpired(UtcSeconds now) {
  soci::session session(pool_);
  long long t = now;
  WriteTransaction tx(session);
  session << "DELETE FROM web_sessions WHERE expires_at <= :now", soci::use(t);
  session << "DELETE FROM signin_links WHERE expires_at <= :now", soci::use(t);
  tx.Commit();
}

bool AccountStore::TakeAttempt(const std::vector<AttemptLimit>& limits, UtcSeconds since, UtcSeconds at) {
  soci::session session(pool_);
  long long from = since, now = at, old = at - 86400;
  std::vector<AttemptLimit> sorted = limits;  // locks taken in one order: no deadlock
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  WriteTransaction tx(session);
  for (const auto& limit : sorted) {
    session << "INSERT INTO signin_locks (attempt_key) VALUES (:k) ON CONFLICT (attempt_key) DO NOTHING",
        soci::use(limit.key);
    // The row lock (PostgreSQL; SQLite's write lock is the whole database) makes the count below
    // and the insert one step for everyone trying under this key.
    session << "UPDATE signin_locks SET attempt_key = attempt_key WHERE attempt_key = :k", soci::use(limit.key);
  }
  for (const auto& limit : sorted) {
    int count = 0;
    session << "SELECT COUNT(*) FROM signin_attempts WHERE attempt_key = :k AND at >= :t", soci::use(limit.key),
        soci::use(from), soci::into(count);
    if (count >= limit.most) return false;  // rolled back: nothing counted
  }
  for (const auto& limit : sorted) {
    session << "INSERT INTO signin_attempts (attempt_key, at) VALUES (:k, :t)", soci::use(limit.key), soci::use(now);
  }
  session << "DELETE FROM signin_attempts WHERE at < :old", soci::use(old);
  tx.Commit();
  return true;
}

void AccountStore::GiveBackAttempt(const std::vector<AttemptLimit>& limits, UtcSeconds at) {
  soci::session session(pool_);
  long long t = at;
  WriteTransaction tx(session);
  for (const auto& limit : limits) {
    session << "DELETE FROM signin_attempts WHERE id IN (SELECT id FROM signin_attempts WHERE attempt_key = :k "
               "AND at = :t ORDER BY id DESC LIMIT 1)",
        soci::use(limit.key), soci::use(t);
  }
  tx.Commit();
}

void AccountStore::EndOtherSessions(Id account_id, std::string_view keep) {
  soci::session session(pool_);
  long long aid = account_id;
  const std::string kept(keep);
  WriteTransaction tx(session);
  session << "DELETE FROM web_sessions WHERE account_id = :a AND token_hash <> :h", soci::use(aid), soci::use(kept);
  tx.Commit();
}

}  // namespace plenary::store
