#include "store/participation/registration_store.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/core/text.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/database.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

constexpr const char* kColumns =
    "id, edition_id, invitation_id, account_id, full_name, family_name, latin_name, organisation, position, "
    "country, region, sector, gender, expertise, access_needs, dietary_needs, privacy_version, consented_at, "
    "chatham_acknowledged_at, public_listing, status, decision_reason, score, working_group_id, version, "
    "created_at, updated_at, erasure_requested_at, erased_at, proposed_status, proposed_reason, replaces_id";

// Loads registrations matching `where` (two BIGINT parameters) with their rankings.
std::vector<Registration> Load(soci::session& session, const std::string& where, long long a, long long b) {
  std::vector<Registration> out;
  long long id = 0, edition = 0, invitation = 0, account = 0, consented = 0, chatham = 0, group = 0, created = 0,
            updated = 0, erasure = 0, erased = 0, replaces = 0;
  int listing = 0, score = 0, version = 0;
  soci::indicator account_ind, group_ind, erasure_ind, erased_ind, proposed_ind, replaces_ind;
  std::string full, family, latin, org, position, country, region, sector, gender, expertise, access, dietary,
      privacy, status, reason, proposed, proposed_reason;
  soci::statement st =
      (session.prepare << std::string("SELECT ") + kColumns + " FROM registrations " + where,
       soci::into(id), soci::into(edition), soci::into(invitation), soci::into(account, account_ind),
       soci::into(full), soci::into(family), soci::into(latin), soci::into(org), soci::into(position),
       soci::into(country), soci::into(region), soci::into(sector), soci::into(gender), soci::into(expertise),
       soci::into(access), soci::into(dietary), soci::into(privacy), soci::into(consented), soci::into(chatham),
       soci::into(listing), soci::into(status), soci::into(reason), soci::into(score), soci::into(group, group_ind),
       soci::into(version), soci::into(created), soci::into(updated), soci::into(erasure, erasure_ind),
       soci::into(erased, erased_ind), soci::into(proposed, proposed_ind), soci::into(proposed_reason),
       soci::into(replaces, replaces_ind), soci::use(a), soci::use(b));
  st.execute();
  std::map<long long, size_t> index;
  while (st.fetch()) {
    Registration r;
    r.id = id;
    r.edition_id = edition;
    r.invitation_id = invitation;
    if (account_ind == soci::i_ok) r.account_id = account;
    r.full_name = full;
    r.family_name = family;
    r.latin_name = latin;
    r.organisation = org;
    r.position = position;
    r.country = country;
    r.region = region;
    r.sector = kSectorNames.FromStored(sector);
    r.gender = kGenderNames.FromStored(gender);
    r.expertise = ParseTags(expertise);
    r.access_needs = access;
    r.dietary_needs = dietary;
    r.privacy_version = privacy;
    r.consented_at = consented;
    r.chatham_acknowledged_at = chatham;
    r.public_listing = listing != 0;
    r.status = kRegistrationStatusNames.FromStored(status);
    r.decision_reason = reason;
    r.score = score;
    if (group_ind == soci::i_ok) r.working_group_id = group;
    r.version = version;
    r.created_at = created;
    r.updated_at = updated;
    if (erasure_ind == soci::i_ok) r.erasure_requested_at = erasure;
    if (erased_ind == soci::i_ok) r.erased_at = erased;
    if (proposed_ind == soci::i_ok) r.proposed_status = kRegistrationStatusNames.FromStored(proposed);
    r.proposed_reason = proposed_reason;
    if (replaces_ind == soci::i_ok) r.replaces_id = replaces;
    index[id] = out.size();
    out.push_back(std::move(r));
  }
  if (out.empty()) return out;
  // Rankings: one query for all the loaded registrations of the edition.
  long long reg = 0, wg = 0;
  int rank = 0;
  long long edition_id = out.front().edition_id;
  soci::statement prefs =
      (session.prepare << "SELECT p.registration_id, p.rank, p.working_group_id FROM registration_preferences p "
                          "JOIN registrations r ON r.id = p.registration_id WHERE r.edition_id = :e "
                          "ORDER BY p.registration_id, p.rank",
       soci::into(reg), soci::into(rank), soci::into(wg), soci::use(edition_id));
  prefs.execute();
  while (prefs.fetch()) {
    auto it = index.find(reg);
    if (it != index.end()) out[it->second].ranking.push_back(wg);
  }
  return out;
}

void WritePreferences(soci::session& session, long long registration_id, const std::vector<Id>& ranking) {
  session << "DELETE FROM registration_preferences WHERE registration_id = :r", soci::use(registration_id);
  for (size_t i = 0; i < ranking.size(); ++i) {
    int rank = static_cast<int>(i) + 1;
    long long group = ranking[i];
    session << "INSERT INTO registration_preferences (registration_id, rank, working_group_id) VALUES (:r, :k, :g)",
        soci::use(registration_id), soci::use(rank), soci::use(group);
  }
}

}  // namespace

void AddHistory(soci::session& session, Id registration_id, RegistrationStatus status, std::string_view reason,
                std::optional<Id> actor, UtcSeconds at) {
  long long reg = registration_id, when = at, who = actor.value_or(0);
  soci::indicator who_ind = actor ? soci::i_ok : soci::i_null;
  const std::string s = ToString(status), why(reason);
  session << "INSERT INTO registration_history (registration_id, at, status, reason, actor_id) VALUES (:r, :t, :s, :w, :a)",
      soci::use(reg), soci::use(when), soci::use(s), soci::use(why), soci::use(who, who_ind);
}

Result<RegistrationCreated> RegistrationStore::Create(std::string_view invitation_token_hash, const Registration& r,
                                                      const std::optional<OutgoingMail>& confirmation, UtcSeconds now) {
  const Error registered_meanwhile = Error::Conflict(
      "A registration with this e-mail address was saved at the same moment. Sign in to see it; "
      "if it is not yours, write to the secretariat.");
  return Write(pool_, registered_meanwhile, [&](soci::session& session) -> Result<RegistrationCreated> {
    const std::string hash(invitation_token_hash);
    long long invitation = 0, edition = 0, at = now;
    std::string email;
    soci::indicator email_ind;
    session << "SELECT id, edition_id, email FROM invitations WHERE token_hash = :h", soci::use(hash),
        soci::into(invitation), soci::into(edition), soci::into(email, email_ind);
    if (!session.got_data() || edition != r.edition_id) {
      return Error::NotFound("This invitation link is not valid. Check that you used the whole link from the e-mail, "
                             "or ask the secretariat for a new invitation.");
    }
    // The conditional UPDATE consumes the invitation: of two submissions, one changes the row.
    soci::statement consume = (session.prepare << "UPDATE invitations SET used_at = :t WHERE id = :id AND used_at IS NULL "
                                                  "AND revoked_at IS NULL AND expires_at > :now",
                               soci::use(at), soci::use(invitation), soci::use(at));
    consume.execute(true);
    if (consume.get_affected_rows() != 1) {
      long long used = 0, revoked = 0;
      soci::indicator used_ind, revoked_ind;
      session << "SELECT used_at, revoked_at FROM invitations WHERE id = :id", soci::use(invitation),
          soci::into(used, used_ind), soci::into(revoked, revoked_ind);
      if (used_ind == soci::i_ok) {
        return Error::Conflict("This invitation has already been used to register. Sign in to see or change your "
                               "registration.");
      }
      if (revoked_ind == soci::i_ok) {
        return Error::Conflict("This invitation was withdrawn by the secretariat. Write to them if you think this is a "
                               "mistake.");
      }
      return Error::Conflict("This invitation link has expired. Ask the secretariat to send it again.");
    }
    long long account = 0;
    const std::string address = AsciiLower(email);
    session << "SELECT id FROM accounts WHERE email = :e", soci::use(address), soci::into(account);
    if (!session.got_data()) {
      Account a;
      a.email = email;
      a.display_name = r.full_name;
      auto created = InsertAccount(session, a, std::nullopt);
      if (!created) return created.error();
      account = *created;
    }
    Id account_id = account;
    int existing = 0;
    session << "SELECT COUNT(*) FROM registrations WHERE edition_id = :e AND account_id = :a", soci::use(edition),
        soci::use(account), soci::into(existing);
    if (existing) {
      return Error::Conflict("You have already registered for this edition with this e-mail address. Sign in to see or "
                             "change your registration.");
    }
    long long id = 0, consented = r.consented_at, chatham = r.chatham_acknowledged_at;
    int listing = r.public_listing ? 1 : 0;
    const std::string sector = ToString(r.sector), gender = ToString(r.gender), expertise = JoinTags(r.expertise),
                      status = ToString(RegistrationStatus::kApplied);
    session << "INSERT INTO registrations (edition_id, invitation_id, account_id, full_name, family_name, latin_name, "
               "organisation, position, country, region, sector, gender, expertise, access_needs, dietary_needs, "
               "privacy_version, consented_at, chatham_acknowledged_at, public_listing, status, created_at, updated_at) "
               "VALUES (:e, :i, :a, :fn, :fam, :lat, :o, :p, :c, :rg, :s, :g, :x, :an, :dn, :pv, :ca, :ch, :pl, :st, "
               ":t1, :t2) RETURNING id",
        soci::use(edition), soci::use(invitation), soci::use(account), soci::use(r.full_name), soci::use(r.family_name),
        soci::use(r.latin_name), soci::use(r.organisation), soci::use(r.position), soci::use(r.country),
        soci::use(r.region), soci::use(sector), soci::use(gender), soci::use(expertise), soci::use(r.access_needs),
        soci::use(r.dietary_needs), soci::use(r.privacy_version), soci::use(consented), soci::use(chatham),
        soci::use(listing), soci::use(status), soci::use(at), soci::use(at), soci::into(id);
    WritePreferences(session, id, r.ranking);
    AddHistory(session, id, RegistrationStatus::kApplied, "", account_id, now);
    if (auto standing = ApplyStanding(session, id, account_id); !standing) return standing.error();
    if (confirmation) {
      OutgoingMail mail = *confirmation;
      mail.to_address = email;
      EnqueueMail(session, mail);
    }
    RecordAudit(session, {0, now, account_id, "", "create", "registration", id,
                          "Registration " + std::to_string(id) + " from invitation " + std::to_string(invitation)});
    return RegistrationCreated{id, account_id};
  });
}

Status RegistrationStore::Update(const Registration& r, const OutgoingMail& confirmation,
                                 const std::vector<FactChangeRequest>& requests) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long id = r.id, edition = r.edition_id, now = NowUtc(), consented = r.consented_at,
            chatham = r.chatham_acknowledged_at;
  int listing = r.public_listing ? 1 : 0, version = r.version;
  const std::string sector = ToString(r.sector), gender = ToString(r.gender), expertise = JoinTags(r.expertise);
  soci::statement st =
      (session.prepare << "UPDATE registrations SET full_name = :fn, family_name = :fam, latin_name = :lat, "
                          "organisation = :o, position = :p, country = :c, region = :rg, sector = :s, gender = :g, "
                          "expertise = :x, access_needs = :an, dietary_needs = :dn, privacy_version = :pv, "
                          "consented_at = :ca, chatham_acknowledged_at = :ch, public_listing = :pl, "
                          "updated_at = :t, version = version + 1 "
                          "WHERE id = :id AND edition_id = :e AND version = :v AND erased_at IS NULL",
       soci::use(r.full_name), soci::use(r.family_name), soci::use(r.latin_name), soci::use(r.organisation),
       soci::use(r.position), soci::use(r.country), soci::use(r.region), soci::use(sector), soci::use(gender),
       soci::use(expertise), soci::use(r.access_needs), soci::use(r.dietary_needs), soci::use(r.privacy_version),
       soci::use(consented), soci::use(chatham), soci::use(listing), soci::use(now), soci::use(id),
       soci::use(edition), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error::Conflict("Your registration was changed elsewhere since you opened this form. Reload the page to "
                           "see the current version, then make your change again.");
  }
  WritePreferences(session, id, r.ranking);
  for (const auto& q : requests) {
    const std::string pending = ToString(RequestState::kPending);
    session << "DELETE FROM fact_change_requests WHERE registration_id = :r AND field = :f AND state = :s",
        soci::use(id), soci::use(q.change.field), soci::use(pending);
    session << "INSERT INTO fact_change_requests (registration_id, field, from_value, to_value, to_region, state, "
               "requested_at) VALUES (:r, :f, :fr, :to, :rg, :s, :t)",
        soci::use(id), soci::use(q.change.field), soci::use(q.change.from), soci::use(q.change.to),
        soci::use(q.to_region), soci::use(pending), soci::use(now);
    RecordAudit(session, {0, now, r.account_id, "", "request", "registration", id,
                          "Registration " + std::to_string(id) + " asks to change its " + q.change.field});
  }
  EnqueueMail(session, confirmation);
  RecordAudit(session, {0, now, r.account_id, "", "update", "registration", id,
                        "Registration " + std::to_string(id) + " edited"});
  tx.Commit();
  return OkStatus();
}

Status ApplyStanding(soci::session& session, Id registration_id, std::optional<Id> actor) {
  long long reg = registration_id, account = 0, edition = 0, erased = 0;
  std::string status;
  soci::indicator account_ind, erased_ind;
  session << "SELECT account_id, edition_id, status, erased_at FROM registrations WHERE id = :id", soci::use(reg),
      soci::into(account, account_ind), soci::into(edition), soci::into(status), soci::into(erased, erased_ind);
  if (!session.got_data()) return Error::NotFound("Registration " + std::to_string(reg) + " does not exist.");
  if (account_ind != soci::i_ok) return OkStatus();
  const Standing standing =
      StandingOf(kRegistrationStatusNames.FromStored(status), erased_ind == soci::i_ok);
  const std::vector<Role> held = RolesOfStanding(standing);
  const std::string edition_scope = ToString(ScopeKind::kEdition);
  for (Role role : {Role::kApplicant, Role::kParticipant}) {
    if (std::find(held.begin(), held.end(), role) != held.end()) {
      if (auto s = InsertGrant(session, account, {role, ScopeKind::kEdition, edition, edition}, actor); !s) return s;
      continue;
    }
    const std::string name = ToString(role);
    soci::statement revoke = (session.prepare << "DELETE FROM role_grants WHERE account_id = :a AND role = :r "
                                                 "AND scope_kind = :k AND scope_id = :s",
                              soci::use(account), soci::use(name), soci::use(edition_scope), soci::use(edition));
    revoke.execute(true);
    if (revoke.get_affected_rows() > 0) {
      RecordAudit(session, {0, NowUtc(), actor, "", "revoke", "account", account,
                            "Revoked " + name + " in edition " + std::to_string(edition) + " (registration " +
                                status + ")"});
    }
  }
  if (!KeepsGroupMembership(standing)) {
    const std::string member = ToString(Role::kGroupMember), group_scope = ToString(ScopeKind::kWorkingGroup);
    soci::statement revoke = (session.prepare << "DELETE FROM role_grants WHERE account_id = :a AND role = :r "
                                                 "AND scope_kind = :k AND scope_id IN "
                                                 "(SELECT id FROM working_groups WHERE edition_id = :e)",
                              soci::use(account), soci::use(member), soci::use(group_scope), soci::use(edition));
    revoke.execute(true);
    if (revoke.get_affected_rows() > 0) {
      RecordAudit(session, {0, NowUtc(), actor, "", "revoke", "account", account,
                            "Revoked working-group membership in edition " + std::to_string(edition) +
                                " (registration " + status + ")"});
    }
    session << "UPDATE registrations SET working_group_id = NULL WHERE id = :id", soci::use(reg);
  }
  return OkStatus();
}

Status RegistrationStore::Withdraw(Id edition_id, Id registration_id, std::string_view reason,
                                   const std::optional<OutgoingMail>& mail, std::optional<Id> actor, UtcSeconds now) {
  const Error twice = Error::Conflict("This place was withdrawn at the same moment; reload the page.");
  return Write(pool_, twice, [&](soci::session& session) -> Status {
    long long id = registration_id, edition = edition_id, at = now, erased = 0;
    std::string current;
    soci::indicator erased_ind;
    session << "SELECT status, erased_at FROM registrations WHERE id = :id AND edition_id = :e", soci::use(id),
        soci::use(edition), soci::into(current), soci::into(erased, erased_ind);
    if (!session.got_data() || erased_ind == soci::i_ok) {
      return Error::NotFound("Registration " + std::to_string(id) + " is not part of this edition.");
    }
    const auto status = kRegistrationStatusNames.FromStored(current);
    if (status != RegistrationStatus::kAccepted && status != RegistrationStatus::kWaitlisted) {
      return Error::Conflict("Only an accepted or waitlisted registration can be withdrawn; this one is " +
                             AsciiLower(Label(status)) + ".");
    }
    const std::string withdrawn = ToString(RegistrationStatus::kWithdrawn), why(reason);
    session << "UPDATE registrations SET status = :s, updated_at = :t, version = version + 1 WHERE id = :id",
        soci::use(withdrawn), soci::use(at), soci::use(id);
    AddHistory(session, id, RegistrationStatus::kWithdrawn, why, actor, now);
    if (auto standing = ApplyStanding(session, id, actor); !standing) return standing;
    if (mail) EnqueueMail(session, *mail);
    RecordAudit(session, {0, now, actor, "", "withdraw", "registration", id,
                          "Registration " + std::to_string(id) + " withdrawn (was " + current + ")"});
    return OkStatus();
  });
}

namespace {

// The stored status of a registration a decision (draft or released) may touch: one of the
// edition's, not erased. Shared by Propose and DecideIn.
Result<std::string> DecidableStatus(soci::session& session, long long edition, long long id) {
  std::string current;
  soci::indicator erased_ind;
  long long erased = 0;
  session << "SELECT status, erased_at FROM registrations WHERE id = :id AND edition_id = :e", soci::use(id),
      soci::use(edition), soci::into(current), soci::into(erased, erased_ind);
  if (!session.got_data()) {
    return Error::NotFound("Registration " + std::to_string(id) + " is not part of this edition; reload the list.");
  }
  if (erased_ind == soci::i_ok) {
    return Error::Conflict("Registration " + std::to_string(id) + " has been erased; it cannot be decided on.");
  }
  return current;
}

}  // namespace

Status RegistrationStore::Propose(Id edition_id, const std::vector<Decision>& decisions, std::optional<Id> actor) {
  const Error meanwhile = Error::Conflict("The list changed at the same moment; reload it and decide again.");
  return Write(pool_, meanwhile, [&](soci::session& session) -> Status {
    const long long edition = edition_id, now = NowUtc();
    for (const auto& d : decisions) {
      long long id = d.registration_id;
      auto stored = DecidableStatus(session, edition, id);
      if (!stored) return stored.error();
      const std::string& current = *stored;
      const std::string proposed = ToString(d.status);
      // The same as the released status: no draft left to release.
      soci::indicator proposed_ind = proposed == current ? soci::i_null : soci::i_ok;
      const std::string reason = proposed == current ? std::string() : d.reason;
      session << "UPDATE registrations SET proposed_status = :p, proposed_reason = :r, updated_at = :t WHERE id = :id",
          soci::use(proposed, proposed_ind), soci::use(reason), soci::use(now), soci::use(id);
      RecordAudit(session, {0, now, actor, "", "propose", "registration", id,
                            "Registration " + std::to_string(id) + " proposed " + proposed});
    }
    return OkStatus();
  });
}

namespace {

// The decisions inside the caller's transaction (Decide and Release).
Status DecideIn(soci::session& session, Id edition_id, const std::vector<Decision>& decisions,
                std::optional<Id> actor) {
  const long long edition = edition_id, now = NowUtc();
  for (const auto& d : decisions) {
    long long id = d.registration_id;
    auto stored = DecidableStatus(session, edition, id);
    if (!stored) return stored.error();
    const std::string& current = *stored;
    const std::string status = ToString(d.status);
    // A released decision is no longer a draft.
    session << "UPDATE registrations SET proposed_status = NULL, proposed_reason = '' WHERE id = :id", soci::use(id);
    if (current == status) continue;
    session << "UPDATE registrations SET status = :s, decision_reason = :r, updated_at = :t, version = version + 1 "
               "WHERE id = :id",
        soci::use(status), soci::use(d.reason), soci::use(now), soci::use(id);
    AddHistory(session, id, d.status, d.reason, actor, now);
    if (auto standing = ApplyStanding(session, id, actor); !standing) return standing;
    if (d.mail) EnqueueMail(session, *d.mail);
    RecordAudit(session, {0, now, actor, "", "decide", "registration", id,
                          "Registration " + std::to_string(id) + " " + status});
  }
  return OkStatus();
}

}  // namespace

Status RegistrationStore::Decide(Id edition_id, const std::vector<Decision>& decisions, std::optional<Id> actor) {
  const Error meanwhile = Error::Conflict("The list changed at the same moment; reload it and decide again.");
  return Write(pool_, meanwhile,
               [&](soci::session& session) { return DecideIn(session, edition_id, decisions, actor); });
}

Status RegistrationStore::Release(Id edition_id, const std::vector<Decision>& decisions, std::string_view note,
                                  std::optional<Id> actor, UtcSeconds now) {
  const Error meanwhile = Error::Conflict("The list changed at the same moment; reload it and release again.");
  return Write(pool_, meanwhile, [&](soci::session& session) -> Status {
    if (auto done = DecideIn(session, edition_id, decisions, actor); !done) return done;
    RecordAudit(session, {0, now, actor, "", "release", "edition", edition_id, std::string(note)});
    return OkStatus();
  });
}

std::optional<Registration> RegistrationStore::Get(Id edition_id, Id registration_id) {
  soci::session session(pool_);
  auto rows = Load(session, "WHERE edition_id = :e AND id = :id", edition_id, registration_id);
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::optional<Registration> RegistrationStore::FindForAccount(Id edition_id, Id account_id) {
  soci::session session(pool_);
  auto rows = Load(session, "WHERE edition_id = :e AND account_id = :a", edition_id, account_id);
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::vector<Registration> RegistrationStore::List(Id edition_id) {
  soci::session session(pool_);
  return Load(session, "WHERE edition_id = :e AND id > :z ORDER BY id", edition_id, 0);
}

std::vector<FactChangeRequest> RegistrationStore::FactRequests(Id edition_id) {
  soci::session session(pool_);
  std::vector<FactChangeRequest> out;
  long long edition = edition_id, id = 0, reg = 0, at = 0, decided = 0;
  std::string field, from, to, region, state;
  soci::indicator decided_ind;
  soci::statement st =
      (session.prepare << "SELECT q.id, q.registration_id, q.field, q.from_value, q.to_value, q.to_region, q.state, "
                          "q.requested_at, q.decided_at FROM fact_change_requests q JOIN registrations r ON "
                          "r.id = q.registration_id WHERE r.edition_id = :e ORDER BY q.id",
       soci::into(id), soci::into(reg), soci::into(field), soci::into(from), soci::into(to), soci::into(region),
       soci::into(state), soci::into(at), soci::into(decided, decided_ind), soci::use(edition));
  st.execute();
  while (st.fetch()) {
    FactChangeRequest q;
    q.id = id;
    q.registration_id = reg;
    q.change = {field, from, to};
    q.to_region = region;
    q.state = kRequestStateNames.FromStored(state);
    q.requested_at = at;
    if (decided_ind == soci::i_ok) q.decided_at = decided;
    out.push_back(std::move(q));
  }
  return out;
}

Status RegistrationStore::DecideFactRequest(Id edition_id, Id request_id, bool accept,
                                            const std::optional<OutgoingMail>& mail, std::optional<Id> actor,
                                            UtcSeconds now) {
  return Write(pool_, [&](soci::session& session) -> Status {
    long long edition = edition_id, id = request_id, reg = 0, at = now;
    std::string field, to, region, state;
    soci::indicator erased_ind;
    long long erased = 0;
    session << "SELECT q.registration_id, q.field, q.to_value, q.to_region, q.state, r.erased_at FROM "
               "fact_change_requests q JOIN registrations r ON r.id = q.registration_id WHERE q.id = :q AND "
               "r.edition_id = :e",
        soci::use(id), soci::use(edition), soci::into(reg), soci::into(field), soci::into(to), soci::into(region),
        soci::into(state), soci::into(erased, erased_ind);
    if (!session.got_data() || erased_ind == soci::i_ok) {
      return Error::NotFound("This request is not part of this edition; reload the page.");
    }
    if (state != ToString(RequestState::kPending)) {
      return Error::Conflict("This request was answered already (" + AsciiLower(std::string(kRequestStateNames.Label(kRequestStateNames.FromStored(state)))) +
                             "); reload the page.");
    }
    if (accept) {
      // The column is named by the request's field, one of three fixed names.
      if (field == "country") {
        session << "UPDATE registrations SET country = :v, region = :rg, updated_at = :t, version = version + 1 "
                   "WHERE id = :id",
            soci::use(to), soci::use(region), soci::use(at), soci::use(reg);
      } else if (field == "sector" || field == "gender") {
        session << "UPDATE registrations SET " + field + " = :v, updated_at = :t, version = version + 1 WHERE id = :id",
            soci::use(to), soci::use(at), soci::use(reg);
      } else {
        return Error::Internal("A request names an unknown fact: " + field);
      }
    }
    const std::string answer = ToString(accept ? RequestState::kAccepted : RequestState::kRefused);
    soci::indicator actor_ind = actor ? soci::i_ok : soci::i_null;
    long long actor_id = actor.value_or(0);
    session << "UPDATE fact_change_requests SET state = :s, decided_at = :t, decided_by = :a WHERE id = :q",
        soci::use(answer), soci::use(at), soci::use(actor_id, actor_ind), soci::use(id);
    if (mail) EnqueueMail(session, *mail);
    RecordAudit(session, {0, now, actor, "", accept ? "accept" : "refuse", "registration", reg,
                          "Registration " + std::to_string(reg) + ": change of " + field + " " + answer});
    return OkStatus();
  });
}

namespace {

// A place given up after acceptance that no promotion has taken yet (FreedPlaces, Promote).
constexpr const char* kFreedPlace =
    "status = 'withdrawn' AND EXISTS (SELECT 1 FROM registration_history h WHERE h.registration_id = "
    "registrations.id AND h.status = 'accepted') AND NOT EXISTS (SELECT 1 FROM registrations p WHERE "
    "p.replaces_id = registrations.id)";

}  // namespace

std::vector<Registration> RegistrationStore::FreedPlaces(Id edition_id) {
  soci::session session(pool_);
  return Load(session, std::string("WHERE edition_id = :e AND id > :z AND ") + kFreedPlace + " ORDER BY id",
              edition_id, 0);
}

Status RegistrationStore::Promote(Id edition_id, Id registration_id, Id replaces_id, std::string_view reason,
                                  const std::optional<OutgoingMail>& mail, std::optional<Id> actor, UtcSeconds now) {
  const Error meanwhile = Error::Conflict("The list changed at the same moment; reload the page and promote again.");
  return Write(pool_, meanwhile, [&](soci::session& session) -> Status {
    const long long edition = edition_id, id = registration_id, freed = replaces_id;
    auto place = Load(session, std::string("WHERE edition_id = :e AND id = :id AND ") + kFreedPlace, edition, freed);
    if (place.empty()) {
      return Error::Conflict("Registration " + std::to_string(freed) +
                             " is not a freed place of this edition (or someone has taken it already); reload the "
                             "page to see the places still free.");
    }
    auto stored = DecidableStatus(session, edition, id);
    if (!stored) return stored.error();
    if (*stored != ToString(RegistrationStatus::kWaitlisted)) {
      return Error::Conflict("Only a person on the waiting list can be promoted; registration " + std::to_string(id) +
                             " is " + AsciiLower(Label(kRegistrationStatusNames.FromStored(*stored))) + ".");
    }
    const std::string why(reason);
    if (auto done = DecideIn(session, edition_id, {{registration_id, RegistrationStatus::kAccepted, why, mail}}, actor);
        !done) {
      return done;
    }
    session << "UPDATE registrations SET replaces_id = :f WHERE id = :id", soci::use(freed), soci::use(id);
    RecordAudit(session, {0, now, actor, "", "promote", "registration", id,
                          "Registration " + std::to_string(id) + " promoted from the waiting list into the place of " +
                              "registration " + std::to_string(freed)});
    return OkStatus();
  });
}

std::vector<StatusChange> RegistrationStore::History(Id registration_id) {
  soci::session session(pool_);
  long long reg = registration_id, at = 0, actor = 0;
  soci::indicator actor_ind;
  std::string status, reason;
  std::vector<StatusChange> out;
  soci::statement st = (session.prepare << "SELECT at, status, reason, actor_id FROM registration_history "
                                           "WHERE registration_id = :r ORDER BY id",
                        soci::into(at), soci::into(status), soci::into(reason), soci::into(actor, actor_ind),
                        soci::use(reg));
  st.execute();
  while (st.fetch()) {
    StatusChange c;
    c.at = at;
    c.status = kRegistrationStatusNames.FromStored(status);
    c.reason = reason;
    if (actor_ind == soci::i_ok) c.actor_id = actor;
    out.push_back(std::move(c));
  }
  return out;
}

namespace {

constexpr const char* kErasedName = "Erased participant";

void ForgetAddress(soci::session& session, const std::string& email) {
  const std::string lower = AsciiLower(email), attempts = "email:" + lower;
  session << "DELETE FROM outbox WHERE LOWER(to_address) = :e", soci::use(lower);
  session << "DELETE FROM signin_attempts WHERE attempt_key = :k", soci::use(attempts);
}

// The invitation keeps its edition, kind, sector and country (statistics); who it was for goes.
void BlankInvitation(soci::session& session, long long invitation_id) {
  std::string email;
  session << "SELECT email FROM invitations WHERE id = :i", soci::use(invitation_id), soci::into(email);
  if (!session.got_data()) return;
  ForgetAddress(session, email);
  const std::string erased = "erased-" + std::to_string(invitation_id) + "@invalid";
  session << "UPDATE invitations SET name = '', organisation = '', email = :e WHERE id = :i", soci::use(erased),
      soci::use(invitation_id);
}

void DisableAccount(soci::session& session, long long account_id) {
  std::string email;
  session << "SELECT email FROM accounts WHERE id = :a", soci::use(account_id), soci::into(email);
  if (!session.got_data()) return;
  ForgetAddress(session, email);
  const std::string erased = "erased-account-" + std::to_string(account_id) + "@invalid";
  const std::string name = kErasedName;
  session << "UPDATE accounts SET email = :e, display_name = :n, password_hash = NULL, disabled = 1 WHERE id = :a",
      soci::use(erased), soci::use(name), soci::use(account_id);
  for (const char* table : {"web_sessions", "signin_links", "calendar_feeds", "role_grants", "appointments"}) {
    session << std::string("DELETE FROM ") + table + " WHERE account_id = :a", soci::use(account_id);
  }
}

// Erases one registration inside the caller's transaction (shared by Erase and the purge).
void EraseInSession(soci::session& session, const Registration& r, UtcSeconds now) {
  const Registration a = Anonymised(r, now);
  long long id = r.id, at = now;
  const std::string gender = ToString(a.gender);
  session << "UPDATE registrations SET full_name = :fn, family_name = :fam, latin_name = :lat, organisation = :o, "
             "position = :p, country = :c, gender = :g, expertise = '', access_needs = '', dietary_needs = '', "
             "public_listing = 0, decision_reason = '', account_id = NULL, working_group_id = NULL, updated_at = :t1, "
             "version = version + 1, erased_at = :t2 WHERE id = :id",
      soci::use(a.full_name), soci::use(a.family_name), soci::use(a.latin_name), soci::use(a.organisation),
      soci::use(a.position), soci::use(a.country), soci::use(gender), soci::use(at), soci::use(at), soci::use(id);
  session << "UPDATE registration_history SET reason = '' WHERE registration_id = :id", soci::use(id);
  session << "DELETE FROM fact_change_requests WHERE registration_id = :id", soci::use(id);
  BlankInvitation(session, r.invitation_id);
  if (r.account_id) DisableAccount(session, *r.account_id);
}

}  // namespace

Status RegistrationStore::RequestErasure(Id edition_id, Id registration_id,
                                         const std::optional<OutgoingMail>& notice, UtcSeconds now) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long id = registration_id, edition = edition_id, at = now;
  soci::statement st = (session.prepare << "UPDATE registrations SET erasure_requested_at = :t WHERE id = :id AND "
                                           "edition_id = :e AND erased_at IS NULL AND erasure_requested_at IS NULL",
                        soci::use(at), soci::use(id), soci::use(edition));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    int pending = 0;
    session << "SELECT COUNT(*) FROM registrations WHERE id = :id AND edition_id = :e AND erased_at IS NULL",
        soci::use(id), soci::use(edition), soci::into(pending);
    if (!pending) return Error::NotFound("This registration does not exist or has already been erased.");
    return OkStatus();  // asked before: the first request stands, the secretariat was told then
  }
  if (notice) EnqueueMail(session, *notice);
  RecordAudit(session, {0, now, std::nullopt, "", "erasure_request", "registration", id,
                        "Registration " + std::to_string(id) + " erasure requested"});
  tx.Commit();
  return OkStatus();
}

std::vector<Registration> RegistrationStore::ErasureRequests(Id edition_id) {
  soci::session session(pool_);
  return Load(session,
              "WHERE edition_id = :e AND id > :z AND erasure_requested_at IS NOT NULL AND erased_at IS NULL "
              "ORDER BY erasure_requested_at, id",
              edition_id, 0);
}

Status RegistrationStore::Erase(Id edition_id, Id registration_id, std::optional<Id> actor, UtcSeconds now,
                                std::string_view legal_reason) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  // The claim: of two erasures of the same registration, one changes the row.
  long long id = registration_id, edition = edition_id, at = now;
  soci::statement claim = (session.prepare << "UPDATE registrations SET erased_at = :t WHERE id = :id AND "
                                              "edition_id = :e AND erased_at IS NULL",
                           soci::use(at), soci::use(id), soci::use(edition));
  claim.execute(true);
  auto rows = Load(session, "WHERE edition_id = :e AND id = :id", edition_id, registration_id);
  if (rows.empty()) return Error::NotFound("Registration " + std::to_string(registration_id) + " is not part of this edition.");
  if (claim.get_affected_rows() != 1) {
    return Error::Conflict("Registration " + std::to_string(registration_id) + " has already been erased.");
  }
  // Only on the person's request, or with a legal reason the audit keeps.
  if (!rows[0].erasure_requested_at && legal_reason.empty()) {
    return Error::Invalid("Registration " + std::to_string(registration_id) + " has not asked to be erased: give the "
                          "legal reason for erasing it (it is recorded).");
  }
  EraseInSession(session, rows[0], now);
  RecordAudit(session, {0, now, actor, "", "erase", "registration", registration_id,
                        "Registration " + std::to_string(registration_id) + " erased" +
                            (rows[0].erasure_requested_at ? std::string(" on the person's request")
                                                          : "; legal reason: " + std::string(legal_reason))});
  tx.Commit();
  return OkStatus();
}

std::vector<Registration> RegistrationStore::PublicList(Id edition_id) {
  soci::session session(pool_);
  auto rows = Load(session,
                   "WHERE edition_id = :e AND id > :z AND status = 'accepted' AND public_listing = 1 "
                   "AND erased_at IS NULL",
                   edition_id, 0);
  // Sorted here, not in SQL: the two databases collate differently.
  std::sort(rows.begin(), rows.end(), [](const Registration& a, const Registration& b) {
    return std::tie(a.family_name, a.full_name, a.id) < std::tie(b.family_name, b.full_name, b.id);
  });
  return rows;
}

PersonalData RegistrationStore::PersonalDataOf(Id edition_id, Id account_id) {
  PersonalData out;
  {
    soci::session session(pool_);
    long long account = account_id;
    session << "SELECT email, display_name FROM accounts WHERE id = :a", soci::use(account),
        soci::into(out.account_email), soci::into(out.display_name);
    auto rows = Load(session, "WHERE edition_id = :e AND account_id = :a", edition_id, account_id);
    if (!rows.empty()) out.registration = rows[0];
    const std::string lower = AsciiLower(out.account_email);
    std::string subject, status;
    long long created = 0, sent = 0;
    soci::indicator sent_ind;
    soci::statement st = (session.prepare << "SELECT subject, status, created_at, sent_at FROM outbox "
                                             "WHERE LOWER(to_address) = :e ORDER BY id",
                          soci::into(subject), soci::into(status), soci::into(created), soci::into(sent, sent_ind),
                          soci::use(lower));
    st.execute();
    while (st.fetch()) {
      MailSummary m{subject, status, created, std::nullopt};
      if (sent_ind == soci::i_ok) m.sent_at = sent;
      out.mails.push_back(std::move(m));
    }
  }
  if (out.registration) {
    out.history = History(out.registration->id);
    for (auto& change : out.history) change.reason.clear();
  }
  return out;
}

int RegistrationStore::PurgeEdition(Id edition_id, UtcSeconds now) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition = edition_id, invitation = 0;
  auto rows = Load(session, "WHERE edition_id = :e AND id > :z AND erased_at IS NULL", edition_id, 0);
  for (const auto& r : rows) EraseInSession(session, r, now);
  std::vector<long long> unused;
  soci::statement st = (session.prepare << "SELECT id FROM invitations WHERE edition_id = :e AND email NOT LIKE "
                                           "'erased-%' AND id NOT IN (SELECT invitation_id FROM registrations)",
                        soci::into(invitation), soci::use(edition));
  st.execute();
  while (st.fetch()) unused.push_back(invitation);
  for (long long id : unused) BlankInvitation(session, id);
  const int count = static_cast<int>(rows.size() + unused.size());
  if (count > 0) {
    RecordAudit(session, {0, now, std::nullopt, "", "purge", "edition", edition_id,
                          "Edition " + std::to_string(edition_id) + " personal data purged: " +
                              std::to_string(rows.size()) + " registration(s), " + std::to_string(unused.size()) +
                              " invitation(s)"});
  }
  tx.Commit();
  return count;
}

}  // namespace plenary::store
