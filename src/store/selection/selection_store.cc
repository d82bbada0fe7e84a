#include "store/selection/selection_store.h"

#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {

Status SelectionStore::SetScores(Id edition_id, const std::vector<std::pair<Id, int>>& scores,
                                 std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition = edition_id, now = NowUtc();
  for (const auto& [registration, score] : scores) {
    long long id = registration;
    int value = score;
    soci::statement st = (session.prepare << "UPDATE registrations SET score = :s WHERE id = :r AND edition_id = :e",
                          soci::use(value), soci::use(id), soci::use(edition));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      return Error::NotFound("Registration " + std::to_string(registration) +
                             " is not part of this edition; check the id against the list.");
    }
  }
  RecordAudit(session, {0, now, actor, "", "score", "edition", edition_id,
                        std::to_string(scores.size()) + " selection scores set"});
  tx.Commit();
  return OkStatus();
}

}  // namespace plenary::store
