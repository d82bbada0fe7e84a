#include "store/core/audit_log.h"

#include <ctime>

namespace plenary::store {

UtcSeconds NowUtc() { return static_cast<UtcSeconds>(std::time(nullptr)); }

void RecordAudit(soci::session& session, const AuditEntry& entry) {
  long long at = entry.at ? entry.at : NowUtc();
  long long account = entry.account_id.value_or(0);
  soci::indicator account_ind = entry.account_id ? soci::i_ok : soci::i_null;
  long long entity_id = entry.entity_id.value_or(0);
  soci::indicator entity_ind = entry.entity_id ? soci::i_ok : soci::i_null;
  session << "INSERT INTO audit_log (at, account_id, action, entity, entity_id, summary) "
             "VALUES (:at, :account, :action, :entity, :entity_id, :summary)",
      soci::use(at), soci::use(account, account_ind), soci::use(entry.action),
      soci::use(entry.entity), soci::use(entity_id, entity_ind), soci::use(entry.summary);
}

std::vector<AuditEntry> AuditLog::Recent(int limit, std::optional<std::string> entity) {
  soci::session session(pool_);
  std::vector<AuditEntry> out;
  AuditEntry row;
  long long id = 0, at = 0, account = 0, entity_id = 0;
  soci::indicator account_ind, entity_ind, name_ind;
  std::string name;
  const std::string filter = entity.value_or("");
  soci::statement st =
      (session.prepare << "SELECT a.id, a.at, a.account_id, COALESCE(c.display_name, ''), a.action, "
                          "a.entity, a.entity_id, a.summary FROM audit_log a "
                          "LEFT JOIN accounts c ON c.id = a.account_id "
                          "WHERE (:filter = '' OR a.entity = :filter2) ORDER BY a.id DESC LIMIT :limit",
       soci::into(id), soci::into(at), soci::into(account, account_ind), soci::into(name, name_ind),
       soci::into(row.action), soci::into(row.entity), soci::into(entity_id, entity_ind),
       soci::into(row.summary), soci::use(filter), soci::use(filter), soci::use(limit));
  st.execute();
  while (st.fetch()) {
    row.id = id;
    row.at = at;
    row.account_id = account_ind == soci::i_ok ? std::optional<Id>(account) : std::nullopt;
    row.actor_name = name;
    row.entity_id = entity_ind == soci::i_ok ? std::optional<Id>(entity_id) : std::nullopt;
    out.push_back(row);
  }
  return out;
}

}  // namespace plenary::store
