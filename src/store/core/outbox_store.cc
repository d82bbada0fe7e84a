#include "store/core/outbox_store.h"

#include "domain/core/enum_names.h"
#include "store/core/audit_log.h"
#include "store/core/credentials.h"
#include "store/core/write_transaction.h"

namespace plenary::store {

const EnumNames<MailStatus> kMailStatusNames("mail status", {{MailStatus::kQueued, "queued", "Waiting to be sent"},
                                                           {MailStatus::kSending, "sending", "Being sent"},
                                                           {MailStatus::kSent, "sent", "Sent"},
                                                           {MailStatus::kFailed, "failed", "Failed"}});

namespace {


struct MailRow {
  long long id = 0, next = 0, sent = 0, edition = 0, claimed = 0;
  int attempts = 0;
  std::string status;
  soci::indicator sent_ind = soci::i_null, edition_ind = soci::i_null, claimed_ind = soci::i_null;
  OutgoingMail mail;
};

constexpr const char* kColumns =
    "SELECT id, to_address, to_name, subject, body_text, purpose, status, attempts, "
    "next_attempt_at, last_error, sent_at, reference, edition_id, claimed_at, message_token FROM outbox ";

// `where` has exactly one bound parameter.
template <typename Param>
std::vector<OutgoingMail> Select(soci::session& session, const std::string& where, Param param) {
  MailRow r;
  std::vector<OutgoingMail> out;
  soci::statement st = (session.prepare << std::string(kColumns) + where, soci::into(r.id),
                        soci::into(r.mail.to_address), soci::into(r.mail.to_name), soci::into(r.mail.subject),
                        soci::into(r.mail.body_text), soci::into(r.mail.purpose), soci::into(r.status),
                        soci::into(r.attempts), soci::into(r.next), soci::into(r.mail.last_error),
                        soci::into(r.sent, r.sent_ind), soci::into(r.mail.reference),
                        soci::into(r.edition, r.edition_ind), soci::into(r.claimed, r.claimed_ind),
                        soci::into(r.mail.message_token), soci::use(param));
  st.execute();
  while (st.fetch()) {
    OutgoingMail m = r.mail;
    m.id = r.id;
    m.status = kMailStatusNames.FromStored(r.status);
    m.attempts = r.attempts;
    m.next_attempt_at = r.next;
    if (r.sent_ind == soci::i_ok) m.sent_at = r.sent;
    m.edition_id = r.edition_ind == soci::i_ok ? std::optional<Id>(r.edition) : std::nullopt;
    m.claimed_at = r.claimed_ind == soci::i_ok ? std::optional<UtcSeconds>(r.claimed) : std::nullopt;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::string ToString(MailStatus status) { return std::string(kMailStatusNames.Stored(status)); }

bool IsStuck(const OutgoingMail& m, UtcSeconds now) {
  if (m.status == MailStatus::kSending) return m.claimed_at && *m.claimed_at + kStuckAfterSeconds < now;
  return m.status == MailStatus::kQueued && m.next_attempt_at + kOverdueAfterSeconds < now;
}

void EnqueueMail(soci::session& session, const OutgoingMail& m) {
  long long now = NowUtc(), next = m.next_attempt_at ? m.next_attempt_at : now;
  long long edition = m.edition_id.value_or(0);
  soci::indicator edition_ind = m.edition_id ? soci::i_ok : soci::i_null;
  const std::string token = RandomToken();
  session << "INSERT INTO outbox (created_at, to_address, to_name, subject, body_text, purpose, status, "
             "next_attempt_at, reference, edition_id, message_token) VALUES (:c, :a, :n, :s, :b, :p, 'queued', :next, "
             ":ref, :e, :token)",
      soci::use(now), soci::use(m.to_address), soci::use(m.to_name), soci::use(m.subject),
      soci::use(m.body_text), soci::use(m.purpose), soci::use(next), soci::use(m.reference),
      soci::use(edition, edition_ind), soci::use(token);
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

std::vector<OutgoingMail> OutboxStore::ListForEdition(Id edition_id) {
  soci::session session(pool_);
  return Select(session, "WHERE edition_id = :e ORDER BY id DESC", static_cast<long long>(edition_id));
}

OutboxCounts OutboxStore::CountsForEdition(Id edition_id, UtcSeconds now) {
  return CountsOf(ListForEdition(edition_id), now);
}

OutboxCounts CountsOf(const std::vector<OutgoingMail>& mails, UtcSeconds now) {
  OutboxCounts c;
  for (const auto& m : mails) {
    switch (m.status) {
      case MailStatus::kQueued: ++c.queued; break;
      case MailStatus::kSending: ++c.sending; break;
      case MailStatus::kSent: ++c.sent; break;
      case MailStatus::kFailed: ++c.failed; break;
    }
    if (IsStuck(m, now)) ++c.stuck;
  }
  return c;
}

namespace {

void Requeue(soci::session& session, long long id, long long now) {
  // The old answer stays in the audit entry; the row shows the next one.
  session << "UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = :t, claimed_by = NULL, "
             "claimed_at = NULL, last_error = '' WHERE id = :id",
      soci::use(now), soci::use(id);
}

}  // namespace

Status OutboxStore::Resend(Id edition_id, Id mail_id, std::optional<Id> actor, UtcSeconds now) {
  return Write(pool_, Error::Conflict("This message was changed at the same moment; reload the page."),
               [&](soci::session& session) -> Status {
    const auto rows = Select(session, "WHERE id = :id", static_cast<long long>(mail_id));
    if (rows.empty() || rows[0].edition_id != edition_id) {
      return Error::NotFound("Message " + std::to_string(mail_id) + " is not in this edition's outbox.");
    }
    const OutgoingMail& m = rows[0];
    if (m.status == MailStatus::kSent) {
      return Error::Conflict("Message " + std::to_string(mail_id) + " to " + m.to_address +
                             " was accepted by the mail server already; it is not sent twice.");
    }
    if (m.status != MailStatus::kFailed && !IsStuck(m, now)) {
      return Error::Conflict("Message " + std::to_string(mail_id) + " to " + m.to_address +
                             " is waiting to be sent; only a failed or stuck message can be sent again.");
    }
    Requeue(session, static_cast<long long>(mail_id), now);
    RecordAudit(session, {0, now, actor, "", "resend", "mail", mail_id,
                          "Message " + std::to_string(mail_id) + " (" + m.purpose + ") to " + m.to_address +
                              " queued again; last answer: " + m.last_error});
    return OkStatus();
  });
}

int OutboxStore::ResendFailed(Id edition_id, std::optional<Id> actor, UtcSeconds now) {
  return Write(pool_, [&](soci::session& session) {
    const auto rows = Select(session, "WHERE edition_id = :e AND status = 'failed' ORDER BY id",
                             static_cast<long long>(edition_id));
    for (const auto& m : rows) Requeue(session, static_cast<long long>(m.id), now);
    if (!rows.empty()) {
      RecordAudit(session, {0, now, actor, "", "resend", "edition", edition_id,
                            std::to_string(rows.size()) + " failed messages queued again"});
    }
    return static_cast<int>(rows.size());
  });
}

}  // namespace plenary::store
