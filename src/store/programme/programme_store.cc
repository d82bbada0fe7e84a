#include "store/programme/programme_store.h"

#include <map>
#include <set>

#include "domain/series/edition_draft.h"
#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

struct SessionRow {
  long long id = 0, edition_id = 0, start = 0, end = 0, group = 0;
  soci::indicator group_ind = soci::i_null;
  std::string title, kind, room, join_url, webcast_url, chair, speakers, description, questions;

  ProgrammeSession ToSession() const {
    ProgrammeSession s;
    s.id = id;
    s.edition_id = edition_id;
    s.title = title;
    s.kind = kSessionKindNames.FromStored(kind);
    s.start = start;
    s.end = end;
    s.room = room;
    s.join_url = join_url;
    s.webcast_url = webcast_url;
    if (group_ind == soci::i_ok) s.working_group_id = group;
    s.chair = chair;
    s.speakers = SplitLines(speakers);
    s.description = description;
    s.questions = SplitLines(questions);
    return s;
  }
};

// From the draft (programme_sessions) or the published version (published_sessions).
std::vector<ProgrammeSession> Select(soci::session& session, const std::string& where, long long a, long long b,
                                     const std::string& table = "programme_sessions") {
  SessionRow r;
  std::vector<ProgrammeSession> out;
  soci::statement st =
      (session.prepare << "SELECT id, edition_id, title, kind, starts_at, ends_at, room, join_url, webcast_url, "
                          "working_group_id, chair, speakers, description, questions FROM " + table + " " + where,
       soci::into(r.id), soci::into(r.edition_id), soci::into(r.title), soci::into(r.kind), soci::into(r.start),
       soci::into(r.end), soci::into(r.room), soci::into(r.join_url), soci::into(r.webcast_url),
       soci::into(r.group, r.group_ind), soci::into(r.chair), soci::into(r.speakers), soci::into(r.description),
       soci::into(r.questions), soci::use(a), soci::use(b));
  st.execute();
  while (st.fetch()) out.push_back(r.ToSession());
  return out;
}

// Columns bound for INSERT and UPDATE.
struct Bound {
  explicit Bound(const ProgrammeSession& s)
      : kind(ToString(s.kind)), speakers(JoinLines(s.speakers)), questions(JoinLines(s.questions)),
        start(s.start), end(s.end), group(s.working_group_id.value_or(0)),
        group_ind(s.working_group_id ? soci::i_ok : soci::i_null) {}
  std::string kind, speakers, questions;
  long long start, end, group;
  soci::indicator group_ind;
};

void ReplaceScheduled(soci::session& session, long long session_id, const std::vector<OutgoingMail>& scheduled) {
  // Only join links wait in the outbox under a session's reference.
  const std::string reference = "session:" + std::to_string(session_id);
  session << "DELETE FROM outbox WHERE reference = :r AND status = 'queued'", soci::use(reference);
  for (auto mail : scheduled) {
    mail.reference = reference;
    EnqueueMail(session, mail);
  }
}

}  // namespace

std::vector<ProgrammeSession> ProgrammeStore::List(Id edition_id) {
  soci::session session(pool_);
  return Select(session, "WHERE edition_id = :e AND id > :z ORDER BY starts_at, id", edition_id, 0);
}

std::optional<ProgrammeSession> ProgrammeStore::Get(Id edition_id, Id session_id) {
  soci::session session(pool_);
  auto rows = Select(session, "WHERE edition_id = :e AND id = :id", edition_id, session_id);
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

Id ProgrammeStore::Create(const ProgrammeSession& s, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  Bound b(s);
  long long edition = s.edition_id, id = 0;
  session << "INSERT INTO programme_sessions (edition_id, title, kind, starts_at, ends_at, room, join_url, "
             "webcast_url, working_group_id, chair, speakers, description, questions) VALUES (:e, :t, :k, :s, :en, "
             ":r, :j, :w, :g, :c, :sp, :d, :q) RETURNING id",
      soci::use(edition), soci::use(s.title), soci::use(b.kind), soci::use(b.start), soci::use(b.end),
      soci::use(s.room), soci::use(s.join_url), soci::use(s.webcast_url), soci::use(b.group, b.group_ind),
      soci::use(s.chair), soci::use(b.speakers), soci::use(s.description), soci::use(b.questions), soci::into(id);
  RecordAudit(session, {0, 0, actor, "", "create", "programme_session", id, "Added session \"" + s.title + "\""});
  tx.Commit();
  return id;
}

Status ProgrammeStore::Update(const ProgrammeSession& s, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  Bound b(s);
  long long id = s.id, edition = s.edition_id;
  soci::statement st =
      (session.prepare << "UPDATE programme_sessions SET title = :t, kind = :k, starts_at = :s, ends_at = :en, "
                          "room = :r, join_url = :j, webcast_url = :w, working_group_id = :g, chair = :c, "
                          "speakers = :sp, description = :d, questions = :q WHERE id = :id AND edition_id = :e",
       soci::use(s.title), soci::use(b.kind), soci::use(b.start), soci::use(b.end), soci::use(s.room),
       soci::use(s.join_url), soci::use(s.webcast_url), soci::use(b.group, b.group_ind), soci::use(s.chair),
       soci::use(b.speakers), soci::use(s.description), soci::use(b.questions), soci::use(id), soci::use(edition));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Error::NotFound("That session no longer exists; reload the programme.");
  RecordAudit(session, {0, 0, actor, "", "update", "programme_session", id, "Changed session \"" + s.title + "\""});
  tx.Commit();
  return OkStatus();
}

Status ProgrammeStore::Delete(Id edition_id, Id session_id, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  auto rows = Select(session, "WHERE edition_id = :e AND id = :id", edition_id, session_id);
  if (rows.empty()) return Error::NotFound("That session no longer exists; reload the programme.");
  long long id = session_id;
  // Its published version, and the join links scheduled for it, stay until the next publication.
  session << "DELETE FROM programme_sessions WHERE id = :id", soci::use(id);
  RecordAudit(session, {0, 0, actor, "", "delete", "programme_session", id, "Removed session \"" + rows[0].title + "\""});
  tx.Commit();
  return OkStatus();
}

std::vector<ProgrammeSession> ProgrammeStore::ListPublished(Id edition_id) {
  soci::session session(pool_);
  return Select(session, "WHERE edition_id = :e AND id > :z ORDER BY starts_at, id", edition_id, 0,
                "published_sessions");
}

std::optional<ProgrammePublication> ProgrammeStore::LastPublication(Id edition_id) {
  soci::session session(pool_);
  long long edition = edition_id, at = 0, actor = 0;
  int sessions = 0, clashes = 0;
  std::string reason;
  soci::indicator actor_ind;
  session << "SELECT published_at, actor_id, sessions, clashes, override_reason FROM programme_publications "
             "WHERE edition_id = :e ORDER BY id DESC LIMIT 1",
      soci::use(edition), soci::into(at), soci::into(actor, actor_ind), soci::into(sessions), soci::into(clashes),
      soci::into(reason);
  if (!session.got_data()) return std::nullopt;
  ProgrammePublication p{at, std::nullopt, sessions, clashes, reason};
  if (actor_ind == soci::i_ok) p.actor_id = actor;
  return p;
}

Status ProgrammeStore::Publish(Id edition_id, const std::map<Id, std::vector<OutgoingMail>>& join_links,
                               const std::vector<OutgoingMail>& notices, int clashes, std::string_view override_reason,
                               std::optional<Id> actor, UtcSeconds now) {
  return Write(pool_, [&](soci::session& session) -> Status {
    long long edition = edition_id, at = now;
    std::set<long long> ids;
    for (const auto& s : Select(session, "WHERE edition_id = :e AND id > :z", edition, 0, "published_sessions")) {
      ids.insert(s.id);
    }
    const auto draft = Select(session, "WHERE edition_id = :e AND id > :z", edition, 0);
    for (const auto& s : draft) ids.insert(s.id);
    session << "DELETE FROM published_sessions WHERE edition_id = :e", soci::use(edition);
    session << "INSERT INTO published_sessions (id, edition_id, title, kind, starts_at, ends_at, room, join_url, "
               "webcast_url, working_group_id, chair, speakers, description, questions) SELECT id, edition_id, title, "
               "kind, starts_at, ends_at, room, join_url, webcast_url, working_group_id, chair, speakers, "
               "description, questions FROM programme_sessions WHERE edition_id = :e",
        soci::use(edition);
    for (long long id : ids) {
      const auto it = join_links.find(id);
      ReplaceScheduled(session, id, it == join_links.end() ? std::vector<OutgoingMail>{} : it->second);
    }
    for (const auto& notice : notices) EnqueueMail(session, notice);
    int count = static_cast<int>(draft.size());
    const std::string reason(override_reason);
    soci::indicator actor_ind = actor ? soci::i_ok : soci::i_null;
    long long actor_id = actor.value_or(0);
    session << "INSERT INTO programme_publications (edition_id, published_at, actor_id, sessions, clashes, "
               "override_reason) VALUES (:e, :t, :a, :n, :c, :r)",
        soci::use(edition), soci::use(at), soci::use(actor_id, actor_ind), soci::use(count), soci::use(clashes),
        soci::use(reason);
    std::string summary = "Programme published: " + std::to_string(count) + " session(s), " +
                          std::to_string(notices.size()) + " change notice(s)";
    if (clashes > 0) summary += "; " + std::to_string(clashes) + " clash(es) published anyway: " + reason;
    RecordAudit(session, {0, now, actor, "", "publish", "edition", edition_id, summary});
    return OkStatus();
  });
}

std::vector<EditionMember> ProgrammeStore::Members(Id edition_id) {
  soci::session session(pool_);
  const std::string participant = ToString(Role::kParticipant);
  long long edition = edition_id, account = 0, group = 0;
  std::string email, name, zone, scope;
  std::map<long long, EditionMember> members;
  soci::statement st =
      (session.prepare << "SELECT a.id, a.email, a.display_name, a.time_zone, g.scope_kind, g.scope_id "
                          "FROM role_grants g JOIN accounts a ON a.id = g.account_id "
                          "LEFT JOIN working_groups w ON g.scope_kind = 'working_group' AND w.id = g.scope_id "
                          // The grants follow each registration's status (domain/core/access.h
                          // RolesOfStanding): an accepted participant, or a role in a group.
                          "WHERE a.disabled = 0 AND ((g.scope_kind = 'edition' AND g.role = :p AND g.scope_id = :e) "
                          "OR (g.scope_kind = 'working_group' AND w.edition_id = :e2)) ORDER BY a.id",
       soci::into(account), soci::into(email), soci::into(name), soci::into(zone), soci::into(scope),
       soci::into(group), soci::use(participant), soci::use(edition), soci::use(edition));
  st.execute();
  while (st.fetch()) {
    auto& m = members[account];
    m.account_id = account;
    m.email = email;
    m.display_name = name;
    m.time_zone = zone;
    if (scope == "working_group") m.working_groups.push_back(group);
  }
  std::vector<EditionMember> out;
  for (auto& [id, m] : members) out.push_back(std::move(m));
  return out;
}

void ProgrammeStore::CreateFeed(std::string_view token_hash, Id account_id, Id edition_id) {
  return Write(pool_, [&](soci::session& session) {
    const std::string hash(token_hash);
    long long account = account_id, edition = edition_id, now = NowUtc();
    session << "INSERT INTO calendar_feeds (token_hash, account_id, edition_id, created_at) VALUES (:h, :a, :e, :t)",
        soci::use(hash), soci::use(account), soci::use(edition), soci::use(now);
  });
}

void ProgrammeStore::RevokeFeeds(Id account_id, Id edition_id) {
  return Write(pool_, [&](soci::session& session) {
    long long account = account_id, edition = edition_id, now = NowUtc();
    session << "UPDATE calendar_feeds SET revoked_at = :t WHERE account_id = :a AND edition_id = :e AND revoked_at IS NULL",
        soci::use(now), soci::use(account), soci::use(edition);
  });
}

std::optional<CalendarFeed> ProgrammeStore::FindFeed(std::string_view token_hash) {
  soci::session session(pool_);
  const std::string hash(token_hash);
  long long account = 0, edition = 0;
  session << "SELECT account_id, edition_id FROM calendar_feeds WHERE token_hash = :h AND revoked_at IS NULL",
      soci::use(hash), soci::into(account), soci::into(edition);
  if (!session.got_data()) return std::nullopt;
  return CalendarFeed{account, edition};
}

bool ProgrammeStore::HasFeed(Id account_id, Id edition_id) {
  soci::session session(pool_);
  long long account = account_id, edition = edition_id;
  int count = 0;
  session << "SELECT COUNT(*) FROM calendar_feeds WHERE account_id = :a AND edition_id = :e AND revoked_at IS NULL",
      soci::use(account), soci::use(edition), soci::into(count);
  return count > 0;
}

}  // namespace plenary::store
