#include "store/participation/approval_store.h"

#include <algorithm>
#include <iterator>

#include "store/core/audit_log.h"
#include "store/core/credentials.h"
#include "store/core/write_transaction.h"

namespace plenary::store {

const EnumNames<Verdict> kVerdictNames("verdict", {{Verdict::kApproved, "approved", "Approved"},
                                                   {Verdict::kChangesRequested, "changes_requested",
                                                    "Changes requested"}});

namespace {

std::vector<Id> AcceptedIdsIn(soci::session& session, long long edition) {
  std::vector<Id> ids;
  long long id = 0;
  soci::statement st = (session.prepare << "SELECT id FROM registrations WHERE edition_id = :e AND "
                                           "COALESCE(proposed_status, status) = 'accepted' AND erased_at IS NULL "
                                           "ORDER BY id",
                        soci::into(id), soci::use(edition));
  st.execute();
  while (st.fetch()) ids.push_back(id);
  return ids;
}

std::vector<ListApproval> Select(soci::session& session, long long edition, const std::string& limit) {
  std::vector<ListApproval> out;
  ListApproval row;
  long long id = 0, account = 0, at = 0;
  int count = 0;
  soci::indicator account_ind, name_ind;
  std::string name, verdict;
  soci::statement st =
      (session.prepare << "SELECT a.id, a.account_id, c.display_name, a.at, a.accepted_count, a.accepted_digest, "
                          "a.comment, a.verdict FROM list_approvals a LEFT JOIN accounts c ON c.id = a.account_id "
                          "WHERE a.edition_id = :e ORDER BY a.id DESC" + limit,
       soci::into(id), soci::into(account, account_ind), soci::into(name, name_ind), soci::into(at), soci::into(count),
       soci::into(row.accepted_digest), soci::into(row.comment), soci::into(verdict), soci::use(edition));
  st.execute();
  while (st.fetch()) {
    ListApproval a = row;
    a.id = id;
    a.edition_id = edition;
    if (account_ind == soci::i_ok) a.account_id = account;
    a.approver_name = name_ind == soci::i_ok ? name : "";
    a.at = at;
    a.accepted_count = count;
    a.verdict = kVerdictNames.FromStored(verdict);
    out.push_back(std::move(a));
  }
  for (auto& a : out) {
    long long member = 0, approval = a.id;
    soci::statement members = (session.prepare << "SELECT registration_id FROM list_approval_members "
                                                  "WHERE approval_id = :a ORDER BY registration_id",
                               soci::into(member), soci::use(approval));
    members.execute();
    while (members.fetch()) a.accepted_ids.push_back(member);
  }
  return out;
}

}  // namespace

std::string AcceptedDigest(std::vector<Id> ids) {
  std::sort(ids.begin(), ids.end());
  std::string text;
  for (Id id : ids) text += std::to_string(id) + "\n";
  return Sha256Hex(text);
}

ApprovalDrift DriftSince(const ListApproval& approval, std::vector<Id> accepted_now) {
  std::vector<Id> then = approval.accepted_ids;
  std::sort(then.begin(), then.end());
  std::sort(accepted_now.begin(), accepted_now.end());
  ApprovalDrift drift;
  std::set_difference(accepted_now.begin(), accepted_now.end(), then.begin(), then.end(),
                      std::back_inserter(drift.added));
  std::set_difference(then.begin(), then.end(), accepted_now.begin(), accepted_now.end(),
                      std::back_inserter(drift.removed));
  return drift;
}

ListStanding StandingOfList(const std::vector<ListApproval>& all, const std::vector<Id>& accepted_now) {
  const std::string digest = AcceptedDigest(accepted_now);
  ListStanding out;
  std::vector<std::optional<Id>> heard;  // members whose latest word on this list is counted
  for (const auto& a : all) {
    if (a.accepted_digest != digest) continue;
    if (a.account_id && std::find(heard.begin(), heard.end(), a.account_id) != heard.end()) continue;
    heard.push_back(a.account_id);
    (a.verdict == Verdict::kApproved ? out.approvals : out.change_requests).push_back(a);
  }
  return out;
}

ListApproval ApprovalStore::Approve(Id edition_id, std::string_view comment, std::optional<Id> actor, UtcSeconds now,
                                    Verdict verdict) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  const long long edition = edition_id, at = now;
  ListApproval a;
  a.edition_id = edition_id;
  a.account_id = actor;
  a.at = now;
  a.comment = std::string(comment);
  a.verdict = verdict;
  a.accepted_ids = AcceptedIdsIn(session, edition);
  a.accepted_count = static_cast<int>(a.accepted_ids.size());
  a.accepted_digest = AcceptedDigest(a.accepted_ids);
  long long account = actor.value_or(0), id = 0;
  soci::indicator account_ind = actor ? soci::i_ok : soci::i_null;
  const std::string stored_verdict(kVerdictNames.Stored(verdict));
  session << "INSERT INTO list_approvals (edition_id, account_id, at, accepted_count, accepted_digest, comment, "
             "verdict) VALUES (:e, :a, :t, :n, :d, :c, :v) RETURNING id",
      soci::use(edition), soci::use(account, account_ind), soci::use(at), soci::use(a.accepted_count),
      soci::use(a.accepted_digest), soci::use(a.comment), soci::use(stored_verdict), soci::into(id);
  a.id = id;
  for (Id member : a.accepted_ids) {
    long long registration = member;
    session << "INSERT INTO list_approval_members (approval_id, registration_id) VALUES (:a, :r)", soci::use(id),
        soci::use(registration);
  }
  RecordAudit(session, {0, now, actor, "", verdict == Verdict::kApproved ? "approve" : "ask_changes",
                        "list_approval", a.id,
                        std::string(verdict == Verdict::kApproved ? "Approved" : "Asked for changes to") +
                            " the accepted list of edition " + std::to_string(edition_id) + " (" +
                            std::to_string(a.accepted_count) + " accepted)"});
  tx.Commit();
  return a;
}

std::vector<ListApproval> ApprovalStore::List(Id edition_id) {
  soci::session session(pool_);
  return Select(session, edition_id, "");
}

std::optional<ListApproval> ApprovalStore::Latest(Id edition_id) {
  soci::session session(pool_);
  auto all = Select(session, edition_id, " LIMIT 1");
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::vector<Id> ApprovalStore::AcceptedIds(Id edition_id) {
  soci::session session(pool_);
  return AcceptedIdsIn(session, edition_id);
}

}  // namespace plenary::store
