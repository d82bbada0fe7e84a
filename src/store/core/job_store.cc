#include "store/core/job_store.h"

#include "domain/core/enum_names.h"
#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {

const EnumNames<JobStatus> kJobStatusNames("job status", {{JobStatus::kQueued, "queued", "Waiting to start"},
                                                      {JobStatus::kRunning, "running", "Running"},
                                                      {JobStatus::kDone, "done", "Done"},
                                                      {JobStatus::kFailed, "failed", "Failed"}});
const EnumNames<JobKind> kJobKindNames("job kind", {{JobKind::kInvitationImport, "invitation_import", "Invitation import"},
                                                  {JobKind::kSelection, "selection", "Selection run"},
                                                  {JobKind::kAssignment, "assignment", "Assignment job"}});

namespace {

std::vector<Job> Select(soci::session& session, const std::string& where, long long a, const std::string& b, int limit) {
  std::vector<Job> out;
  long long id = 0, edition = 0, created = 0, creator = 0, finished = 0;
  int total = 0, done = 0;
  soci::indicator edition_ind, creator_ind, finished_ind;
  std::string kind, status, message, input, result;
  soci::statement st =
      (session.prepare << "SELECT id, edition_id, kind, status, total_count, done_count, message, input, result, "
                          "created_at, created_by, finished_at FROM jobs " + where + " LIMIT :lim",
       soci::into(id), soci::into(edition, edition_ind), soci::into(kind), soci::into(status), soci::into(total),
       soci::into(done), soci::into(message), soci::into(input), soci::into(result), soci::into(created),
       soci::into(creator, creator_ind), soci::into(finished, finished_ind), soci::use(a), soci::use(b),
       soci::use(limit));
  st.execute();
  while (st.fetch()) {
    Job j;
    j.id = id;
    if (edition_ind == soci::i_ok) j.edition_id = edition;
    j.kind = kJobKindNames.FromStored(kind);
    j.status = kJobStatusNames.FromStored(status);
    j.total_count = total;
    j.done_count = done;
    j.message = message;
    j.input = input;
    j.result = result;
    j.created_at = created;
    if (creator_ind == soci::i_ok) j.created_by = creator;
    if (finished_ind == soci::i_ok) j.finished_at = finished;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

std::string ToString(JobStatus status) { return std::string(kJobStatusNames.Stored(status)); }
std::string ToString(JobKind kind) { return std::string(kJobKindNames.Stored(kind)); }
std::optional<JobKind> JobKindFrom(std::string_view text) { return kJobKindNames.Parse(text); }

Id JobStore::Enqueue(const Job& job) {
  return Write(pool_, [&](soci::session& session) -> Id {
    long long id = 0, edition = job.edition_id.value_or(0), created = NowUtc(), creator = job.created_by.value_or(0);
    soci::indicator edition_ind = job.edition_id ? soci::i_ok : soci::i_null;
    soci::indicator creator_ind = job.created_by ? soci::i_ok : soci::i_null;
    const std::string kind = ToString(job.kind);
    session << "INSERT INTO jobs (edition_id, kind, status, total_count, done_count, message, input, result, "
               "created_at, created_by) VALUES (:e, :k, 'queued', :t, 0, :m, :i, '', :c, :b) RETURNING id",
        soci::use(edition, edition_ind), soci::use(kind), soci::use(job.total_count), soci::use(job.message),
        soci::use(job.input), soci::use(created), soci::use(creator, creator_ind), soci::into(id);
    return id;
  });
}

std::optional<Job> JobStore::Get(Id id) {
  soci::session session(pool_);
  auto rows = Select(session, "WHERE id = :id AND kind <> :none", id, "", 1);
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::vector<Job> JobStore::Recent(Id edition_id, JobKind kind, int limit) {
  soci::session session(pool_);
  return Select(session, "WHERE edition_id = :e AND kind = :k ORDER BY id DESC", edition_id, ToString(kind), limit);
}

std::optional<Job> JobStore::ClaimNext(std::string_view worker, UtcSeconds now, int stale_after) {
  return Write(pool_, [&](soci::session& session) -> std::optional<Job> {
    const std::string who(worker);
    long long at = now, stale = now - stale_after, id = 0;
    std::vector<long long> candidates;
    soci::statement st = (session.prepare << "SELECT id FROM jobs WHERE status = 'queued' OR (status = 'running' AND "
                                             "claimed_at < :stale) ORDER BY id LIMIT 5",
                          soci::into(id), soci::use(stale));
    st.execute();
    while (st.fetch()) candidates.push_back(id);
    for (long long candidate : candidates) {
      // The conditional UPDATE is the claim: of two workers, one changes the row.
      soci::statement claim = (session.prepare << "UPDATE jobs SET status = 'running', claimed_by = :w, claimed_at = :now "
                                                  "WHERE id = :id AND (status = 'queued' OR (status = 'running' AND "
                                                  "claimed_at < :stale))",
                               soci::use(who), soci::use(at), soci::use(candidate), soci::use(stale));
      claim.execute(true);
      if (claim.get_affected_rows() != 1) continue;
      auto rows = Select(session, "WHERE id = :id AND kind <> :none", candidate, "", 1);
      if (!rows.empty()) return rows[0];
    }
    return std::nullopt;
  });
}

void JobStore::Progress(Id id, int done, int total, std::string_view message) {
  return Write(pool_, [&](soci::session& session) {
    long long i = id, now = NowUtc();
    const std::string m(message);
    session << "UPDATE jobs SET done_count = :d, total_count = :t, message = :m, claimed_at = :now WHERE id = :id",
        soci::use(done), soci::use(total), soci::use(m), soci::use(now), soci::use(i);
  });
}

void JobStore::Finish(Id id, std::string_view result, std::string_view message) {
  return Write(pool_, [&](soci::session& session) {
    long long i = id, now = NowUtc();
    const std::string r(result), m(message);
    session << "UPDATE jobs SET status = 'done', result = :r, message = :m, finished_at = :now, "
               "done_count = total_count WHERE id = :id",
        soci::use(r), soci::use(m), soci::use(now), soci::use(i);
  });
}

void JobStore::Fail(Id id, std::string_view message) {
  return Write(pool_, [&](soci::session& session) {
    long long i = id, now = NowUtc();
    const std::string m(message);
    session << "UPDATE jobs SET status = 'failed', message = :m, finished_at = :now WHERE id = :id",
        soci::use(m), soci::use(now), soci::use(i);
  });
}

}  // namespace plenary::store
