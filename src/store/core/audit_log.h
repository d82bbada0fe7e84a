// Who changed what, when: every change to editions, partners and people is recorded in the
// same transaction as the change itself, so the log can never disagree with the data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/id.h"
#include "domain/core/zoned_time.h"

namespace plenary::store {

struct AuditEntry {
  Id id = 0;
  UtcSeconds at = 0;
  std::optional<Id> account_id;
  std::string actor_name;  // filled when listing
  std::string action;      // "create", "update", "delete", "upload", "erase", ...
  std::string entity;      // "edition", "partner_contact", "account", ...
  std::optional<Id> entity_id;
  std::string summary;     // human-readable: which fields changed, from what to what
};

// Records inside the caller's open transaction.
void RecordAudit(soci::session& session, const AuditEntry& entry);

class AuditLog {
 public:
  explicit AuditLog(soci::connection_pool& pool) : pool_(pool) {}
  std::vector<AuditEntry> Recent(int limit, std::optional<std::string> entity = std::nullopt);

 private:
  soci::connection_pool& pool_;
};

UtcSeconds NowUtc();

}  // namespace plenary::store
