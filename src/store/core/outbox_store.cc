#include "store/core/outbox_store.h"

#include "domain/core/enum_names.h"
#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {

const EnumNames<MailStatus> kMailStatusNames("mail status", {{MailStatus::kQueued, "queued", "Waiting to be sent"},
                                                           {MailStatus::kSending, "sending", "Being sent"},
                                                           {MailStatus::kSent, "sent", "Sent"},
                                                           {MailStatus::kFailed, "failed", "Failed"}});

namespace {


struct MailRow {
  long long id = 0, next = 0, sent = 0;
  int attempts = 0;
  std::string status;
  soci::indicator sent_ind = soci::i_null;
  OutgoingMail mail;
};

constexpr const char* kColumns =
    "SELECT id, to_address, to_name, subject, body_text, purpose, status, attempts, "
    "next_attempt_at, last_error, sent_at, reference FROM outbox ";

// `where` has exactly one bound parameter.
template <typename Param>
std::vector<OutgoingMail> Select(soci::session& session, const std::string& where, Param param) {
  MailRow r;
  std::vector<OutgoingMail> out;
  soci::statement st = (session.prepare << std::string(kColumns) + where, soci::into(r.id),
                        soci::into(r.mail.to_address), soci::into(r.mail.to_name), soci::into(r.mail.subject),
                        soci::into(r.mail.body_text), soci::into(r.mail.purpose), soci::into(r.status),
                        soci::into(r.attempts), soci::into(r.next), soci::into(r.mail.last_error),
                        soci::into(r.sent, r.sent_ind), soci::into(r.mail.reference), soci::use(param));
  st.execute();
  while (st.fetch()) {
    OutgoingMail m = r.mail;
    m.id = r.id;
    m.status = kMailStatusNames.FromStored(r.status);
    m.attempts = r.attempts;
    m.next_attempt_at = r.next;
    if (r.sent_ind == soci::i_ok) m.sent_at = r.sent;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::string ToString(MailStatus status) { return std::string(kMailStatusNames.Stored(status)); }

void EnqueueMail(soci::session& session, const OutgoingMail& m) {
  long long now = NowUtc(), next = m.next_attempt_at ? m.next_attempt_at : now;
  session << "INSERT INTO outbox (created_at, to_address, to_name, subject, body_text, purpose, status, "
             "next_attempt_at, reference) VALUES (:c, :a, :n, :s, :b, :p, 'queued', :next, :ref)",
      soci::use(now), soci::use(m.to_address), soci::use(m.to_name), soci::use(m.subject),
      soci::use(m.body_text), soci::use(m.purpose), soci::use(next), soci::use(m.reference);
}

void OutboxStore::Enqueue(const OutgoingMail& mail) {
  return Write(pool_, [&](soci::session& session) {
    EnqueueMail(session, mail);
  });
}

std::vector<OutgoingMail> OutboxStore::ClaimDue(std::string_view worker, UtcSeconds now, int limit,
                                                int stale_after) {
  return Write(pool_, [&](soci::session& session) -> std::vector<OutgoingMail> {
    const std::string who(worker);
    long long at = now, stale = now - stale_after;
    std::vector<OutgoingMail> claimed;
    std::vector<long long> candidates;
    long long id = 0;
    soci::statement st = (session.prepare << "SELECT id FROM outbox WHERE (status = 'queued' AND "
                                             "next_attempt_at <= :now) OR (status = 'sending' AND "
                                             "claimed_at < :stale) ORDER BY id LIMIT :lim",
                          soci::into(id), soci::use(at), soci::use(stale), soci::use(limit));
    st.execute();
    while (st.fetch()) candidates.push_back(id);
    for (long long candidate : candidates) {
      // The conditional UPDATE is the claim: of two workers, one changes the row.
      soci::statement claim = (session.prepare << "UPDATE outbox SET status = 'sending', claimed_by = :w, "
                                                  "claimed_at = :now, attempts = attempts + 1 WHERE id = :id AND "
                                                  "((status = 'queued' AND next_attempt_at <= :now2) OR "
                                                  "(status = 'sending' AND claimed_at < :stale))",
                               soci::use(who), soci::use(at), soci::use(candidate), soci::use(at), soci::use(stale));
      claim.execute(true);
      if (claim.get_affected_rows() != 1) continue;
      auto rows = Select(session, "WHERE id = :id", static_cast<long long>(candidate));
      if (!rows.empty()) claimed.push_back(rows[0]);
    }
    return claimed;
  });
}

void OutboxStore::MarkSent(Id id, UtcSeconds at) {
  return Write(pool_, [&](soci::session& session) {
    long long i = id, t = at;
    session << "UPDATE outbox SET status = 'sent', sent_at = :t, last_error = '' WHERE id = :id", soci::use(t), soci::use(i);
  });
}

void OutboxStore::MarkRetry(Id id, std::string_view error, UtcSeconds retry_at) {
  return Write(pool_, [&](soci::session& session) {
    long long i = id, t = retry_at;
    const std::string e(error);
    session << "UPDATE outbox SET status = 'queued', next_attempt_at = :t, last_error = :e WHERE id = :id",
        soci::use(t), soci::use(e), soci::use(i);
  });
}

void OutboxStore::MarkFailed(Id id, std::string_view error) {
  return Write(pool_, [&](soci::session& session) {
    long long i = id;
    const std::string e(error);
    session << "UPDATE outbox SET status = 'failed', last_error = :e WHERE id = :id", soci::use(e), soci::use(i);
  });
}

std::vector<OutgoingMail> OutboxStore::Recent(int limit) {
  soci::session session(pool_);
  return Select(session, "WHERE id > :zero ORDER BY id DESC LIMIT " + std::to_string(limit), 0LL);
}

std::vector<OutgoingMail> OutboxStore::ListTo(std::string_view address) {
  soci::session session(pool_);
  return Select(session, "WHERE LOWER(to_address) = LOWER(:a) ORDER BY id", std::string(address));
}

}  // namespace plenary::store
