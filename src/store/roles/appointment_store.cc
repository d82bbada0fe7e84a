#include "store/roles/appointment_store.h"

#include "domain/core/text.h"
#include "store/core/account_store.h"
#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

// Both kinds of role for `where` ("w.edition_id = :p" or "g.account_id = :p"), with one BIGINT
// parameter: the group roles (grants), then the appointments.
std::vector<Appointment> Select(soci::session& session, const std::string& group_where,
                                const std::string& appointment_where, long long param) {
  std::vector<Appointment> out;
  long long edition = 0, place = 0, account = 0;
  soci::indicator place_ind;
  std::string kind, name, email;
  soci::statement groups =
      (session.prepare << "SELECT w.edition_id, g.role, w.id, g.account_id, c.display_name, c.email "
                          "FROM role_grants g JOIN working_groups w ON w.id = g.scope_id "
                          "JOIN accounts c ON c.id = g.account_id "
                          "WHERE g.scope_kind = 'working_group' AND g.role IN ('moderator', 'rapporteur', "
                          "'note_taker') AND " + group_where +
                          " ORDER BY w.edition_id, w.position, CASE g.role WHEN 'moderator' THEN 0 "
                          "WHEN 'rapporteur' THEN 1 ELSE 2 END, c.display_name, g.account_id",
       soci::into(edition), soci::into(kind), soci::into(place), soci::into(account), soci::into(name),
       soci::into(email), soci::use(param));
  groups.execute();
  while (groups.fetch()) {
    Appointment a;
    a.kind = *KindOfGrant(kRoleNames.FromStored(kind));
    a.edition_id = edition;
    a.working_group_id = place;
    a.account_id = account;
    a.name = name;
    a.email = email;
    out.push_back(std::move(a));
  }
  soci::statement rows =
      (session.prepare << "SELECT a.edition_id, a.kind, a.session_id, a.account_id, c.display_name, c.email "
                          "FROM appointments a JOIN accounts c ON c.id = a.account_id "
                          "LEFT JOIN programme_sessions s ON s.id = a.session_id WHERE " + appointment_where +
                          " ORDER BY a.edition_id, CASE WHEN a.session_id IS NULL THEN 0 ELSE 1 END, s.starts_at, "
                          "a.session_id, CASE a.kind WHEN 'chair' THEN 0 ELSE 1 END, c.display_name, a.account_id",
       soci::into(edition), soci::into(kind), soci::into(place, place_ind), soci::into(account), soci::into(name),
       soci::into(email), soci::use(param));
  rows.execute();
  while (rows.fetch()) {
    Appointment a;
    a.kind = kAppointmentKindNames.FromStored(kind);
    a.edition_id = edition;
    if (place_ind == soci::i_ok) a.session_id = place;
    a.account_id = account;
    a.name = name;
    a.email = email;
    out.push_back(std::move(a));
  }
  return out;
}

// "moderator of working group 3", "chair of session 12", "lead_rapporteur of edition 2".
std::string Where(const Appointment& a) {
  switch (PlaceOf(a.kind)) {
    case AppointmentPlace::kWorkingGroup: return "working group " + std::to_string(a.working_group_id.value_or(0));
    case AppointmentPlace::kSession: return "session " + std::to_string(a.session_id.value_or(0));
    case AppointmentPlace::kEdition: break;
  }
  return "edition " + std::to_string(a.edition_id);
}

// The place named by `a` is the edition's and of the right kind; the error says what is wrong.
Status CheckPlace(soci::session& session, const Appointment& a) {
  long long edition = a.edition_id;
  switch (PlaceOf(a.kind)) {
    case AppointmentPlace::kWorkingGroup: {
      long long group = a.working_group_id.value_or(0);
      int found = 0;
      session << "SELECT COUNT(*) FROM working_groups WHERE id = :g AND edition_id = :e", soci::use(group),
          soci::use(edition), soci::into(found);
      if (!a.working_group_id || !found) {
        return Error::Invalid("Choose one of this edition's working groups for the " + AsciiLower(Label(a.kind)) + ".");
      }
      return OkStatus();
    }
    case AppointmentPlace::kSession: {
      long long id = a.session_id.value_or(0);
      std::string kind;
      session << "SELECT kind FROM programme_sessions WHERE id = :s AND edition_id = :e", soci::use(id),
          soci::use(edition), soci::into(kind);
      if (!a.session_id || !session.got_data()) {
        return Error::Invalid("Choose one of this edition's plenary sessions for the " + AsciiLower(Label(a.kind)) + ".");
      }
      if (kind != "plenary") {
        return Error::Invalid("Chairs and speakers are appointed for plenary sessions; a working group has a moderator.");
      }
      return OkStatus();
    }
    case AppointmentPlace::kEdition:
      if (a.working_group_id || a.session_id) return Error::Invalid("The Lead Rapporteur is appointed for the whole edition.");
      return OkStatus();
  }
  return OkStatus();
}

int CountHeld(soci::session& session, const Appointment& a) {
  long long account = a.account_id, edition = a.edition_id;
  int n = 0;
  if (const auto role = GrantOf(a.kind)) {
    long long group = *a.working_group_id;
    const std::string name = ToString(*role);
    session << "SELECT COUNT(*) FROM role_grants WHERE account_id = :a AND role = :r AND "
               "scope_kind = 'working_group' AND scope_id = :g",
        soci::use(account), soci::use(name), soci::use(group), soci::into(n);
    return n;
  }
  const std::string kind = ToString(a.kind);
  long long place = a.session_id.value_or(0);
  session << "SELECT COUNT(*) FROM appointments WHERE account_id = :a AND edition_id = :e AND kind = :k AND "
             "COALESCE(session_id, 0) = :s",
      soci::use(account), soci::use(edition), soci::use(kind), soci::use(place), soci::into(n);
  return n;
}

}  // namespace

std::vector<Appointment> AppointmentStore::List(Id edition_id) {
  soci::session session(pool_);
  return Select(session, "w.edition_id = :p", "a.edition_id = :p", edition_id);
}

std::vector<Appointment> AppointmentStore::OfAccount(Id account_id) {
  soci::session session(pool_);
  return Select(session, "g.account_id = :p", "a.account_id = :p", account_id);
}

Status AppointmentStore::Appoint(const Appointment& wanted, std::string_view email, std::string_view name,
                                 const std::optional<OutgoingMail>& mail, std::optional<Id> actor, UtcSeconds now) {
  const Error twice = Error::Conflict("This role was given at the same moment by someone else; reload the page.");
  return Write(pool_, twice, [&](soci::session& session) -> Status {
    Appointment a = wanted;
    if (auto place = CheckPlace(session, a); !place) return place;
    const std::string address = AsciiLower(Trim(email));
    long long account = 0;
    int disabled = 0;
    session << "SELECT id, disabled FROM accounts WHERE email = :e", soci::use(address), soci::into(account),
        soci::into(disabled);
    if (session.got_data() && disabled) {
      return Error::Conflict("The account of " + address + " is disabled; it cannot be given a role.");
    }
    if (!session.got_data()) {
      Account created;
      created.email = address;
      created.display_name = std::string(Trim(name));
      auto id = InsertAccount(session, created, actor);
      if (!id) return id.error();
      account = *id;
    }
    a.account_id = account;
    if (CountHeld(session, a) > 0) {
      return Error::Conflict(address + " is already " + AsciiLower(Label(a.kind)) + " there.");
    }
    if (const auto role = GrantOf(a.kind)) {
      if (auto granted = InsertGrant(session, account, {*role, ScopeKind::kWorkingGroup, *a.working_group_id, a.edition_id}, actor);
          !granted) {
        return granted;
      }
    } else {
      long long edition = a.edition_id, at = now;
      const std::string kind = ToString(a.kind);
      soci::indicator session_ind = a.session_id ? soci::i_ok : soci::i_null;
      long long session_id = a.session_id.value_or(0);
      session << "INSERT INTO appointments (edition_id, kind, session_id, account_id, created_at) "
                 "VALUES (:e, :k, :s, :a, :t)",
          soci::use(edition), soci::use(kind), soci::use(session_id, session_ind), soci::use(account), soci::use(at);
    }
    if (mail) {
      OutgoingMail m = *mail;
      m.to_address = address;
      EnqueueMail(session, m);
    }
    RecordAudit(session, {0, now, actor, "", "appoint", "account", account,
                          "Account " + std::to_string(account) + " appointed " + ToString(a.kind) + " of " + Where(a)});
    return OkStatus();
  });
}

Status AppointmentStore::Remove(const Appointment& a, std::optional<Id> actor, UtcSeconds now) {
  return Write(pool_, [&](soci::session& session) -> Status {
    if (auto place = CheckPlace(session, a); !place) return place;
    if (CountHeld(session, a) == 0) return Error::NotFound("This person does not hold this role; reload the page.");
    long long account = a.account_id, edition = a.edition_id;
    if (const auto role = GrantOf(a.kind)) {
      long long group = *a.working_group_id;
      const std::string name = ToString(*role);
      session << "DELETE FROM role_grants WHERE account_id = :a AND role = :r AND scope_kind = 'working_group' AND "
                 "scope_id = :g",
          soci::use(account), soci::use(name), soci::use(group);
    } else {
      const std::string kind = ToString(a.kind);
      long long place = a.session_id.value_or(0);
      session << "DELETE FROM appointments WHERE account_id = :a AND edition_id = :e AND kind = :k AND "
                 "COALESCE(session_id, 0) = :s",
          soci::use(account), soci::use(edition), soci::use(kind), soci::use(place);
    }
    RecordAudit(session, {0, now, actor, "", "unappoint", "account", account,
                          "Account " + std::to_string(account) + " no longer " + ToString(a.kind) + " of " + Where(a)});
    return OkStatus();
  });
}

}  // namespace plenary::store
