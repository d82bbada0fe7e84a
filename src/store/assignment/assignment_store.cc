#include "store/assignment/assignment_store.h"

#include "domain/core/access.h"
#include "domain/core/enum_names.h"
#include "domain/participation/participation.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {

const EnumNames<RunStatus> kRunStatusNames("assignment run status",
                                           {{RunStatus::kDraft, "draft", "Draft"}, {RunStatus::kPublished, "published", "Published"}});

namespace {


std::vector<AssignmentRun> LoadRuns(soci::session& session, const std::string& where, long long a, long long b) {
  std::vector<AssignmentRun> out;
  long long id = 0, edition = 0, job = 0, created = 0, creator = 0, objective = 0, bound = 0, published = 0;
  int proven = 0;
  std::string status;
  soci::indicator job_ind, creator_ind, published_ind;
  soci::statement st =
      (session.prepare << "SELECT id, edition_id, job_id, created_at, created_by, objective, lower_bound, "
                          "proven_optimal, status, published_at FROM assignment_runs " + where,
       soci::into(id), soci::into(edition), soci::into(job, job_ind), soci::into(created),
       soci::into(creator, creator_ind), soci::into(objective), soci::into(bound), soci::into(proven),
       soci::into(status), soci::into(published, published_ind), soci::use(a), soci::use(b));
  st.execute();
  while (st.fetch()) {
    AssignmentRun r;
    r.id = id;
    r.edition_id = edition;
    if (job_ind == soci::i_ok) r.job_id = job;
    r.created_at = created;
    if (creator_ind == soci::i_ok) r.created_by = creator;
    r.objective = objective;
    r.lower_bound = bound;
    r.proven_optimal = proven != 0;
    r.status = kRunStatusNames.FromStored(status);
    if (published_ind == soci::i_ok) r.published_at = published;
    out.push_back(r);
  }
  return out;
}

std::optional<AssignmentRun> First(std::vector<AssignmentRun> runs) {
  if (runs.empty()) return std::nullopt;
  return runs.front();
}

}  // namespace

Id AssignmentStore::SaveDraft(const AssignmentRun& run, const std::vector<AssignmentMember>& members) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  if (run.job_id) {
    if (auto existing = First(LoadRuns(session, "WHERE job_id = :j AND id > :z", *run.job_id, 0))) return existing->id;
  }
  long long edition = run.edition_id, job = run.job_id.value_or(0), creator = run.created_by.value_or(0),
            created = run.created_at, objective = run.objective, bound = run.lower_bound, id = 0;
  int proven = run.proven_optimal ? 1 : 0;
  soci::indicator job_ind = run.job_id ? soci::i_ok : soci::i_null;
  soci::indicator creator_ind = run.created_by ? soci::i_ok : soci::i_null;
  const std::string status = "draft";
  session << "INSERT INTO assignment_runs (edition_id, job_id, created_at, created_by, objective, lower_bound, "
             "proven_optimal, status) VALUES (:e, :j, :t, :c, :o, :b, :p, :s) RETURNING id",
      soci::use(edition), soci::use(job, job_ind), soci::use(created), soci::use(creator, creator_ind),
      soci::use(objective), soci::use(bound), soci::use(proven), soci::use(status), soci::into(id);
  for (const auto& m : members) {
    long long reg = m.registration_id, group = m.working_group_id;
    session << "INSERT INTO assignment_members (run_id, registration_id, working_group_id) VALUES (:r, :g, :w)",
        soci::use(id), soci::use(reg), soci::use(group);
  }
  RecordAudit(session, {0, created, run.created_by, "", "create", "assignment_run", id,
                        "Assignment run " + std::to_string(id) + " with " + std::to_string(members.size()) +
                            " participants, objective " + std::to_string(run.objective)});
  tx.Commit();
  return id;
}

std::optional<AssignmentRun> AssignmentStore::Get(Id edition_id, Id run_id) {
  soci::session session(pool_);
  return First(LoadRuns(session, "WHERE edition_id = :e AND id = :r", edition_id, run_id));
}

std::optional<AssignmentRun> AssignmentStore::ForJob(Id job_id) {
  soci::session session(pool_);
  return First(LoadRuns(session, "WHERE job_id = :j AND id > :z", job_id, 0));
}

std::optional<AssignmentRun> AssignmentStore::Latest(Id edition_id) {
  soci::session session(pool_);
  return First(LoadRuns(session, "WHERE edition_id = :e AND id > :z ORDER BY id DESC LIMIT 1", edition_id, 0));
}

std::vector<AssignmentMember> AssignmentStore::Members(Id run_id) {
  soci::session session(pool_);
  long long run = run_id, reg = 0, group = 0;
  std::vector<AssignmentMember> out;
  soci::statement st = (session.prepare << "SELECT registration_id, working_group_id FROM assignment_members "
                                           "WHERE run_id = :r ORDER BY registration_id",
                        soci::into(reg), soci::into(group), soci::use(run));
  st.execute();
  while (st.fetch()) out.push_back({reg, group});
  return out;
}

Status AssignmentStore::Move(Id edition_id, Id run_id, Id registration_id, Id working_group_id, int64_t objective,
                             std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long run = run_id, edition = edition_id, reg = registration_id, group = working_group_id, value = objective,
            now = NowUtc();
  soci::statement st = (session.prepare << "UPDATE assignment_members SET working_group_id = :w WHERE run_id = :r "
                                           "AND registration_id = :g AND run_id IN "
                                           "(SELECT id FROM assignment_runs WHERE edition_id = :e)",
                        soci::use(group), soci::use(run), soci::use(reg), soci::use(edition));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error::NotFound("Registration " + std::to_string(registration_id) +
                           " is not part of this assignment; reload the page and choose someone listed.");
  }
  const std::string draft = "draft";
  session << "UPDATE assignment_runs SET objective = :o, status = :s WHERE id = :r", soci::use(value),
      soci::use(draft), soci::use(run);
  RecordAudit(session, {0, now, actor, "", "move", "assignment_run", run_id,
                        "Registration " + std::to_string(registration_id) + " moved to working group " +
                            std::to_string(working_group_id) + " in run " + std::to_string(run_id)});
  tx.Commit();
  return OkStatus();
}

Status AssignmentStore::Publish(Id edition_id, Id run_id, const std::vector<Placement>& placements,
                                std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long run = run_id, edition = edition_id, now = NowUtc();
  const std::string published = "published", role = ToString(Role::kGroupMember),
                    scope = ToString(ScopeKind::kWorkingGroup), accepted = ToString(RegistrationStatus::kAccepted);
  for (const auto& p : placements) {
    long long reg = p.registration_id, group = p.working_group_id;
    // Only an accepted place takes a group: a place declined, withdrawn or erased since the run
    // refuses the publication (the run is stale).
    soci::statement st = (session.prepare << "UPDATE registrations SET working_group_id = :w, updated_at = :t "
                                             "WHERE id = :r AND edition_id = :e AND erased_at IS NULL AND status = :s",
                          soci::use(group), soci::use(now), soci::use(reg), soci::use(edition), soci::use(accepted));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      return Error::Conflict("Registration " + std::to_string(p.registration_id) +
                             " is no longer an accepted place in this edition (withdrawn or erased since the run); "
                             "run the assignment again.");
    }
    if (p.account_id) {
      long long account = *p.account_id;
      if (p.previous_group && *p.previous_group != p.working_group_id) {
        long long previous = *p.previous_group;
        session << "DELETE FROM role_grants WHERE account_id = :a AND role = :r AND scope_kind = :k AND scope_id = :s",
            soci::use(account), soci::use(role), soci::use(scope), soci::use(previous);
      }
      if (auto granted = InsertGrant(session, *p.account_id, {Role::kGroupMember, ScopeKind::kWorkingGroup,
                                                              p.working_group_id, edition_id}, actor);
          !granted) {
        return granted;
      }
    }
    if (p.mail) EnqueueMail(session, *p.mail);
  }
  session << "UPDATE assignment_runs SET status = :s, published_at = :t WHERE id = :r AND edition_id = :e",
      soci::use(published), soci::use(now), soci::use(run), soci::use(edition);
  RecordAudit(session, {0, now, actor, "", "publish", "assignment_run", run_id,
                        "Assignment run " + std::to_string(run_id) + " published; " +
                            std::to_string(placements.size()) + " participants placed or moved"});
  tx.Commit();
  return OkStatus();
}

}  // namespace plenary::store
