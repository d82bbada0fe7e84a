#include "store/participation/invitation_store.h"

#include "domain/core/text.h"
#include "store/core/audit_log.h"
#include "store/core/database.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

// The partner's quota for the sector: the one set, else one government official.
int QuotaIn(soci::session& session, Id edition_id, Id partner_id, Sector sector) {
  long long edition = edition_id, partner = partner_id;
  const std::string s = ToString(sector);
  int quota = 0;
  soci::indicator ind = soci::i_null;
  session << "SELECT quota FROM nomination_quotas WHERE edition_id = :e AND partner_id = :p AND sector = :s",
      soci::use(edition), soci::use(partner), soci::use(s), soci::into(quota, ind);
  if (session.got_data() && ind == soci::i_ok) return quota;
  return DefaultNominationQuota(sector);
}

// The nominations that count toward a partner's quota (edition :e, partner :p as text).
constexpr const char* kPartnersNominations =
    "edition_id = :e AND CAST(partner_id AS TEXT) = :p AND kind = 'nominated' AND revoked_at IS NULL";

// The mail counts come from the outbox: "sent" is what the mail server accepted.
constexpr const char* kColumns =
    "id, edition_id, kind, partner_id, email, name, sector, organisation, country, created_at, expires_at, "
    "sent_count, last_sent_at, revoked_at, used_at, "
    "(SELECT COUNT(*) FROM outbox o WHERE o.reference = 'invitation:' || CAST(invitations.id AS TEXT) "
    "AND o.status = 'sent'), "
    "(SELECT COUNT(*) FROM outbox o WHERE o.reference = 'invitation:' || CAST(invitations.id AS TEXT) "
    "AND o.status IN ('queued', 'sending')), "
    "(SELECT COUNT(*) FROM outbox o WHERE o.reference = 'invitation:' || CAST(invitations.id AS TEXT) "
    "AND o.status = 'failed')";

std::vector<Invitation> Load(soci::session& session, const std::string& where, long long a, const std::string& b) {
  std::vector<Invitation> out;
  long long id = 0, edition = 0, partner = 0, created = 0, expires = 0, last_sent = 0, revoked = 0, used = 0;
  int sent = 0, delivered = 0, waiting = 0, failed = 0;
  soci::indicator partner_ind, revoked_ind, used_ind;
  std::string kind, email, name, sector, org, country;
  soci::statement st =
      (session.prepare << std::string("SELECT ") + kColumns + " FROM invitations " + where, soci::into(id),
       soci::into(edition), soci::into(kind), soci::into(partner, partner_ind), soci::into(email), soci::into(name),
       soci::into(sector), soci::into(org), soci::into(country), soci::into(created), soci::into(expires),
       soci::into(sent), soci::into(last_sent), soci::into(revoked, revoked_ind), soci::into(used, used_ind),
       soci::into(delivered), soci::into(waiting), soci::into(failed), soci::use(a), soci::use(b));
  st.execute();
  while (st.fetch()) {
    Invitation i;
    i.id = id;
    i.edition_id = edition;
    i.kind = kInvitationKindNames.FromStored(kind);
    if (partner_ind == soci::i_ok) i.partner_id = partner;
    i.email = email;
    i.name = name;
    i.sector = kSectorNames.FromStored(sector);
    i.organisation = org;
    i.country = country;
    i.created_at = created;
    i.expires_at = expires;
    i.sent_count = sent;
    i.delivered = delivered;
    i.waiting = waiting;
    i.failed = failed;
    i.last_sent_at = last_sent;
    if (revoked_ind == soci::i_ok) i.revoked_at = revoked;
    if (used_ind == soci::i_ok) i.used_at = used;
    out.push_back(std::move(i));
  }
  return out;
}

}  // namespace

Result<std::vector<Id>> InvitationStore::Create(const std::vector<NewInvitation>& invitations, std::optional<Id> actor,
                                                std::optional<Id> job_id) {
  const Error invited_meanwhile = Error::Conflict(
      "One of these addresses was invited to this edition by someone else at the same moment. "
      "Reload the invitations page to see it; nothing of yours was saved.");
  return Write(pool_, invited_meanwhile, [&](soci::session& session) -> Result<std::vector<Id>> {
    std::vector<Id> ids;
    long long now = NowUtc(), job = job_id.value_or(0);
    soci::indicator job_ind = job_id ? soci::i_ok : soci::i_null;
    long long creator = actor.value_or(0);
    soci::indicator creator_ind = actor ? soci::i_ok : soci::i_null;
    for (const auto& n : invitations) {
      const auto& i = n.invitation;
      long long edition = i.edition_id, expires = i.expires_at, partner = i.partner_id.value_or(0), id = 0;
      soci::indicator partner_ind = i.partner_id ? soci::i_ok : soci::i_null;
      const std::string email = AsciiLower(Trim(i.email)), kind = ToString(i.kind), sector = ToString(i.sector);
      int taken = 0;
      session << "SELECT COUNT(*) FROM invitations WHERE edition_id = :e AND email = :m", soci::use(edition),
          soci::use(email), soci::into(taken);
      if (taken) return Error::Conflict(email + " has already been invited to this edition.");
      if (i.kind == InvitationKind::kNominated && i.partner_id) {
        // Two nominations sent at once must not both take the partner's last place: touching
        // the partner's row locks it until this transaction ends (on PostgreSQL; on SQLite the
        // WriteTransaction already holds the write lock), so the second nomination counts
        // after the first has committed.
        session << "UPDATE partners SET name = name WHERE id = :p", soci::use(partner);
        int nominated = 0;
        const std::string partner_text = std::to_string(partner);
        session << std::string("SELECT COUNT(*) FROM invitations WHERE ") + kPartnersNominations,
            soci::use(edition), soci::use(partner_text), soci::into(nominated);
        const int quota = QuotaIn(session, i.edition_id, *i.partner_id, i.sector);
        if (nominated >= quota) {
          return Error::Invalid("The partner's quota for this edition is " + std::to_string(quota) + " and " +
                                std::to_string(nominated) + " already nominated; ask the secretariat to raise it.");
        }
      }
      session << "INSERT INTO invitations (edition_id, kind, partner_id, email, name, sector, organisation, country, "
                 "token_hash, created_at, created_by, expires_at, sent_count, last_sent_at, job_id) VALUES (:e, :k, :p, "
                 ":m, :n, :s, :o, :c, :h, :t, :b, :x, 1, :t2, :j) RETURNING id",
          soci::use(edition), soci::use(kind), soci::use(partner, partner_ind), soci::use(email), soci::use(i.name),
          soci::use(sector), soci::use(i.organisation), soci::use(i.country), soci::use(n.token_hash), soci::use(now),
          soci::use(creator, creator_ind), soci::use(expires), soci::use(now), soci::use(job, job_ind), soci::into(id);
      if (n.mail) {
        OutgoingMail mail = *n.mail;
        mail.to_address = email;
        mail.reference = "invitation:" + std::to_string(id);
        EnqueueMail(session, mail);
      }
      RecordAudit(session, {0, now, actor, "", "create", "invitation", id, "Invitation " + std::to_string(id) + " sent"});
      ids.push_back(id);
    }
    return ids;
  });
}

std::optional<Invitation> InvitationStore::Get(Id edition_id, Id invitation_id) {
  soci::session session(pool_);
  auto rows = Load(session, "WHERE edition_id = :e AND CAST(id AS TEXT) = :id", edition_id, std::to_string(invitation_id));
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::optional<Invitation> InvitationStore::FindByTokenHash(std::string_view token_hash) {
  soci::session session(pool_);
  auto rows = Load(session, "WHERE id > :z AND token_hash = :h", 0, std::string(token_hash));
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::optional<Invitation> InvitationStore::FindByEmail(Id edition_id, std::string_view email) {
  soci::session session(pool_);
  auto rows = Load(session, "WHERE edition_id = :e AND email = :m", edition_id, AsciiLower(Trim(email)));
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::vector<Invitation> InvitationStore::List(Id edition_id) {
  soci::session session(pool_);
  return Load(session, "WHERE edition_id = :e AND kind <> :none ORDER BY id", edition_id, "");
}

int InvitationStore::CountForJob(Id job_id) {
  soci::session session(pool_);
  long long job = job_id;
  int count = 0;
  session << "SELECT COUNT(*) FROM invitations WHERE job_id = :j", soci::use(job), soci::into(count);
  return count;
}

Status InvitationStore::Resend(Id edition_id, Id invitation_id, std::string_view token_hash, UtcSeconds expires_at,
                               const OutgoingMail& mail, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition = edition_id, id = invitation_id, expires = expires_at, now = NowUtc();
  const std::string hash(token_hash);
  soci::statement st = (session.prepare << "UPDATE invitations SET token_hash = :h, expires_at = :x, revoked_at = NULL, "
                                           "sent_count = sent_count + 1, last_sent_at = :t WHERE id = :id AND "
                                           "edition_id = :e AND used_at IS NULL",
                        soci::use(hash), soci::use(expires), soci::use(now), soci::use(id), soci::use(edition));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error::Conflict("That invitation has already been used to register (or no longer exists); there is "
                           "nothing to resend.");
  }
  OutgoingMail m = mail;
  m.reference = "invitation:" + std::to_string(id);
  // A message still waiting carries the old link, which no longer works: the new one replaces it.
  session << "DELETE FROM outbox WHERE reference = :r AND status = 'queued'", soci::use(m.reference);
  EnqueueMail(session, m);
  RecordAudit(session, {0, now, actor, "", "resend", "invitation", id, "Invitation " + std::to_string(id) + " resent"});
  tx.Commit();
  return OkStatus();
}

Status InvitationStore::Revoke(Id edition_id, Id invitation_id, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition = edition_id, id = invitation_id, now = NowUtc();
  soci::statement st = (session.prepare << "UPDATE invitations SET revoked_at = :t WHERE id = :id AND edition_id = :e "
                                           "AND used_at IS NULL AND revoked_at IS NULL",
                        soci::use(now), soci::use(id), soci::use(edition));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error::Conflict("That invitation has already been used or revoked; nothing was changed.");
  }
  // Its unsent message goes too: a revoked invitation must not arrive afterwards.
  const std::string reference = "invitation:" + std::to_string(id);
  session << "DELETE FROM outbox WHERE reference = :r AND status = 'queued'", soci::use(reference);
  RecordAudit(session, {0, now, actor, "", "revoke", "invitation", id, "Invitation " + std::to_string(id) + " revoked"});
  tx.Commit();
  return OkStatus();
}

}  // namespace plenary::store

namespace plenary::store {

int InvitationStore::Quota(Id edition_id, Id partner_id, Sector sector) {
  soci::session session(pool_);
  return QuotaIn(session, edition_id, partner_id, sector);
}

void InvitationStore::SetQuota(Id edition_id, Id partner_id, Sector sector, int quota, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition = edition_id, partner = partner_id, now = NowUtc();
  const std::string s = ToString(sector);
  session << "DELETE FROM nomination_quotas WHERE edition_id = :e AND partner_id = :p AND sector = :s",
      soci::use(edition), soci::use(partner), soci::use(s);
  session << "INSERT INTO nomination_quotas (edition_id, partner_id, sector, quota) VALUES (:e, :p, :s, :q)",
      soci::use(edition), soci::use(partner), soci::use(s), soci::use(quota);
  RecordAudit(session, {0, now, actor, "", "update", "nomination_quota", partner,
                        "Quota of partner " + std::to_string(partner) + " for edition " + std::to_string(edition) +
                            " (" + s + ") set to " + std::to_string(quota)});
  tx.Commit();
}

std::map<std::pair<Id, Sector>, int> InvitationStore::Quotas(Id edition_id) {
  soci::session session(pool_);
  std::map<std::pair<Id, Sector>, int> out;
  long long edition = edition_id, partner = 0;
  std::string sector;
  int quota = 0;
  soci::statement st = (session.prepare << "SELECT partner_id, sector, quota FROM nomination_quotas WHERE edition_id = :e",
                        soci::into(partner), soci::into(sector), soci::into(quota), soci::use(edition));
  st.execute();
  while (st.fetch()) {
    out[{partner, kSectorNames.FromStored(sector)}] = quota;
  }
  return out;
}

std::vector<Invitation> InvitationStore::Nominations(Id edition_id, Id partner_id) {
  soci::session session(pool_);
  return Load(session, std::string("WHERE ") + kPartnersNominations + " ORDER BY id", edition_id,
              std::to_string(partner_id));
}

void InvitationStore::RecordNominationRequest(Id edition_id, Id partner_id, const std::vector<OutgoingMail>& mails,
                                              std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition = edition_id, partner = partner_id, now = NowUtc(), by = actor.value_or(0);
  soci::indicator by_ind = actor ? soci::i_ok : soci::i_null;
  session << "DELETE FROM nomination_requests WHERE edition_id = :e AND partner_id = :p", soci::use(edition),
      soci::use(partner);
  session << "INSERT INTO nomination_requests (edition_id, partner_id, requested_at, requested_by) VALUES (:e, :p, "
             ":t, :b)",
      soci::use(edition), soci::use(partner), soci::use(now), soci::use(by, by_ind);
  for (const auto& m : mails) EnqueueMail(session, m);
  RecordAudit(session, {0, now, actor, "", "request", "nomination", partner,
                        "Partner " + std::to_string(partner) + " asked to nominate for edition " +
                            std::to_string(edition) + " (" + std::to_string(mails.size()) + " focal points)"});
  tx.Commit();
}

std::optional<UtcSeconds> InvitationStore::NominationRequestedAt(Id edition_id, Id partner_id) {
  soci::session session(pool_);
  long long edition = edition_id, partner = partner_id, at = 0;
  soci::indicator ind = soci::i_null;
  session << "SELECT requested_at FROM nomination_requests WHERE edition_id = :e AND partner_id = :p",
      soci::use(edition), soci::use(partner), soci::into(at, ind);
  if (session.got_data() && ind == soci::i_ok) return at;
  return std::nullopt;
}

}  // namespace plenary::store
