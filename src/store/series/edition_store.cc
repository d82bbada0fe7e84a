#include "store/series/edition_store.h"

#include <algorithm>

#include "domain/core/access.h"


#include "store/core/audit_log.h"
#include "store/core/credentials.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

// Columns of an edition row, bound once for every SELECT of editions.
struct EditionRow {
  long long id = 0, series_id = 0, deadline = 0;
  int number = 0, year = 0, month = 0, version = 0;
  std::string title, city, country, venue, mode, zone, start, end, concept_note, phase;
  soci::indicator month_ind = soci::i_ok, start_ind = soci::i_ok, end_ind = soci::i_ok,
                  deadline_ind = soci::i_ok;

  Edition ToEdition() const {
    Edition e;
    e.id = id;
    e.series_id = series_id;
    e.number = number;
    e.title = title;
    e.city = city;
    e.country = country;
    e.venue = venue;
    e.mode = kEditionModeNames.FromStored(mode);
    e.time_zone = zone;
    e.year = year;
    if (month_ind == soci::i_ok) e.month = month;
    if (start_ind == soci::i_ok) e.start_date = ParseLocalDate(start).ok() ? std::optional(*ParseLocalDate(start)) : std::nullopt;
    if (end_ind == soci::i_ok) e.end_date = ParseLocalDate(end).ok() ? std::optional(*ParseLocalDate(end)) : std::nullopt;
    if (deadline_ind == soci::i_ok) e.registration_deadline = deadline;
    e.concept_note = concept_note;
    e.phase = kEditionPhaseNames.FromStored(phase);
    e.version = version;
    return e;
  }
};

constexpr const char* kEditionColumns =
    "SELECT id, series_id, number, title, city, country, venue, mode, time_zone, year, month, "
    "start_date, end_date, registration_deadline, concept_note, phase, version FROM editions ";

void BindEditionColumns(soci::statement& st, EditionRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.series_id));
  st.exchange(soci::into(r.number));
  st.exchange(soci::into(r.title));
  st.exchange(soci::into(r.city));
  st.exchange(soci::into(r.country));
  st.exchange(soci::into(r.venue));
  st.exchange(soci::into(r.mode));
  st.exchange(soci::into(r.zone));
  st.exchange(soci::into(r.year));
  st.exchange(soci::into(r.month, r.month_ind));
  st.exchange(soci::into(r.start, r.start_ind));
  st.exchange(soci::into(r.end, r.end_ind));
  st.exchange(soci::into(r.deadline, r.deadline_ind));
  st.exchange(soci::into(r.concept_note));
  st.exchange(soci::into(r.phase));
  st.exchange(soci::into(r.version));
}

void PrepareAndRun(soci::statement& st, const std::string& where) {
  st.alloc();
  st.prepare(std::string(kEditionColumns) + where);
  st.define_and_bind();
  st.execute();
}

std::vector<std::string> LoadTopics(soci::session& session, long long edition_id) {
  std::vector<std::string> topics;
  std::string topic;
  soci::statement st = (session.prepare << "SELECT topic FROM edition_topics WHERE edition_id = :id "
                                           "ORDER BY position",
                        soci::into(topic), soci::use(edition_id));
  st.execute();
  while (st.fetch()) topics.push_back(topic);
  return topics;
}

void LoadDetails(soci::session& session, Edition& e) {
  long long id = e.id;
  Organiser o;
  std::string role;
  soci::statement orgs = (session.prepare << "SELECT name, role FROM edition_organisers "
                                             "WHERE edition_id = :id ORDER BY position",
                          soci::into(o.name), soci::into(role), soci::use(id));
  orgs.execute();
  while (orgs.fetch()) {
    o.role = kOrganiserRoleNames.FromStored(role);
    e.organisers.push_back(o);
  }
  WorkingGroup g;
  long long gid = 0;
  soci::statement groups = (session.prepare << "SELECT id, name, description, min_size, max_size "
                                               "FROM working_groups WHERE edition_id = :id ORDER BY position",
                            soci::into(gid), soci::into(g.name), soci::into(g.description),
                            soci::into(g.min_size), soci::into(g.max_size), soci::use(id));
  groups.execute();
  while (groups.fetch()) {
    g.id = gid;
    e.working_groups.push_back(g);
  }
  for (auto& group : e.working_groups) {
    std::string q;
    long long group_id = group.id;
    soci::statement qs = (session.prepare << "SELECT question FROM working_group_questions "
                                             "WHERE working_group_id = :id ORDER BY position",
                          soci::into(q), soci::use(group_id));
    qs.execute();
    while (qs.fetch()) group.questions.push_back(q);
  }
}

void WriteChildren(soci::session& session, long long id, const Edition& e) {
  session << "DELETE FROM edition_topics WHERE edition_id = :id", soci::use(id);
  session << "DELETE FROM edition_organisers WHERE edition_id = :id", soci::use(id);
  for (int i = 0; i < static_cast<int>(e.topics.size()); ++i) {
    session << "INSERT INTO edition_topics (edition_id, position, topic) VALUES (:e, :p, :t)",
        soci::use(id), soci::use(i), soci::use(e.topics[i]);
  }
  for (int i = 0; i < static_cast<int>(e.organisers.size()); ++i) {
    const std::string role = ToString(e.organisers[i].role);
    session << "INSERT INTO edition_organisers (edition_id, position, name, role) "
               "VALUES (:e, :p, :n, :r)",
        soci::use(id), soci::use(i), soci::use(e.organisers[i].name), soci::use(role);
  }
}

// Working groups keep their ids across edits (later data hangs on them): rows are matched by
// position, extra stored rows are removed, new ones inserted.
// The stored groups by id: updated when `e` still has them (by id), inserted when new (id 0),
// removed when missing; a removed group's members, sessions and roles move first to the group
// `moves` names. Refuses (nothing written by the caller's transaction) a removal in use without one.
Status WriteWorkingGroups(soci::session& session, long long edition_id, const Edition& e,
                          const std::map<Id, Id>& moves) {
  std::vector<long long> existing;
  long long gid = 0;
  std::string gname;
  std::map<long long, std::string> names;
  soci::statement st = (session.prepare << "SELECT id, name FROM working_groups WHERE edition_id = :id "
                                           "ORDER BY position",
                        soci::into(gid), soci::into(gname), soci::use(edition_id));
  st.execute();
  while (st.fetch()) {
    existing.push_back(gid);
    names[gid] = gname;
  }
  std::vector<long long> kept;
  for (size_t i = 0; i < e.working_groups.size(); ++i) {
    const auto& g = e.working_groups[i];
    int position = static_cast<int>(i);
    long long id = g.id;
    if (id != 0 && names.count(id)) {
      session << "UPDATE working_groups SET name = :n, description = :d, min_size = :mi, "
                 "max_size = :ma, position = :p WHERE id = :id",
          soci::use(g.name), soci::use(g.description), soci::use(g.min_size), soci::use(g.max_size),
          soci::use(position), soci::use(id);
      session << "DELETE FROM working_group_questions WHERE working_group_id = :id", soci::use(id);
    } else {
      session << "INSERT INTO working_groups (edition_id, position, name, description, min_size, "
                 "max_size) VALUES (:e, :p, :n, :d, :mi, :ma) RETURNING id",
          soci::use(edition_id), soci::use(position), soci::use(g.name), soci::use(g.description),
          soci::use(g.min_size), soci::use(g.max_size), soci::into(id);
    }
    kept.push_back(id);
    for (int q = 0; q < static_cast<int>(g.questions.size()); ++q) {
      session << "INSERT INTO working_group_questions (working_group_id, position, question) "
                 "VALUES (:g, :p, :q)",
          soci::use(id), soci::use(q), soci::use(g.questions[q]);
    }
  }
  for (long long removed : existing) {
    if (std::find(kept.begin(), kept.end(), removed) != kept.end()) continue;
    const auto move = moves.find(removed);
    if (move != moves.end()) {
      long long target = move->second;
      if (std::find(kept.begin(), kept.end(), target) == kept.end() || target == removed) {
        return Error::Invalid("The people and sessions of the working group \"" + names[removed] +
                              "\" can only move to a group the edition keeps.");
      }
      session << "UPDATE registrations SET working_group_id = :t WHERE working_group_id = :g", soci::use(target),
          soci::use(removed);
      session << "UPDATE programme_sessions SET working_group_id = :t WHERE working_group_id = :g", soci::use(target),
          soci::use(removed);
      // A role the person already holds in the target is not granted twice.
      session << "DELETE FROM role_grants WHERE scope_kind = 'working_group' AND scope_id = :g AND EXISTS ("
                 "SELECT 1 FROM role_grants t WHERE t.account_id = role_grants.account_id AND t.role = role_grants.role "
                 "AND t.scope_kind = 'working_group' AND t.scope_id = :t)",
          soci::use(removed), soci::use(target);
      session << "UPDATE role_grants SET scope_id = :t WHERE scope_kind = 'working_group' AND scope_id = :g",
          soci::use(target), soci::use(removed);
      RecordAudit(session, {0, NowUtc(), std::nullopt, "", "move", "working_group", removed,
                            "Working group \"" + names[removed] + "\" removed; its people and sessions moved to "
                            "working group " + std::to_string(target)});
    } else {
      int members = 0, sessions = 0, roles = 0;
      session << "SELECT COUNT(*) FROM registrations WHERE working_group_id = :g AND erased_at IS NULL",
          soci::use(removed), soci::into(members);
      session << "SELECT COUNT(*) FROM programme_sessions WHERE working_group_id = :g", soci::use(removed),
          soci::into(sessions);
      session << "SELECT COUNT(*) FROM role_grants WHERE scope_kind = 'working_group' AND scope_id = :g",
          soci::use(removed), soci::into(roles);
      if (members + sessions + roles > 0) {
        return Error::Conflict("The working group \"" + names[removed] + "\" has " + std::to_string(members) +
                               " member(s), " + std::to_string(sessions) + " session(s) and " +
                               std::to_string(roles) + " appointed role(s); choose where they go before removing it.");
      }
    }
    session << "DELETE FROM working_groups WHERE id = :id", soci::use(removed);
  }
  return OkStatus();
}

bool NumberTaken(soci::session& session, long long series_id, int number, long long except_id) {
  int count = 0;
  session << "SELECT COUNT(*) FROM editions WHERE series_id = :s AND number = :n AND id <> :id",
      soci::use(series_id), soci::use(number), soci::use(except_id), soci::into(count);
  return count > 0;
}

Error NumberConflict(int number) {
  return Error(ErrorCode::kConflict, "Edition " + std::to_string(number) + " already exists.",
               {{"number", "Edition number " + std::to_string(number) +
                               " is taken; choose another number or edit that edition."}});
}

// Nullable columns bound from optionals.
struct OptionalColumns {
  int month = 0;
  std::string start, end;
  long long deadline = 0;
  soci::indicator month_ind, start_ind, end_ind, deadline_ind;
  explicit OptionalColumns(const Edition& e)
      : month(e.month.value_or(0)),
        start(e.start_date ? FormatIsoDate(*e.start_date) : ""),
        end(e.end_date ? FormatIsoDate(*e.end_date) : ""),
        deadline(e.registration_deadline.value_or(0)),
        month_ind(e.month ? soci::i_ok : soci::i_null),
        start_ind(e.start_date ? soci::i_ok : soci::i_null),
        end_ind(e.end_date ? soci::i_ok : soci::i_null),
        deadline_ind(e.registration_deadline ? soci::i_ok : soci::i_null) {}
};

// The first edition the prepared statement yields, with topics, organisers and groups.
std::optional<Edition> FetchFull(soci::session& session, soci::statement& st, const EditionRow& row) {
  if (!st.fetch()) return std::nullopt;
  Edition e = row.ToEdition();
  e.topics = LoadTopics(session, e.id);
  LoadDetails(session, e);
  return e;
}

}  // namespace

std::vector<Edition> EditionStore::List(Id series_id) {
  soci::session session(pool_);
  EditionRow row;
  long long sid = series_id;
  std::vector<Edition> out;
  soci::statement st(session);
  BindEditionColumns(st, row);
  st.exchange(soci::use(sid));
  PrepareAndRun(st, "WHERE series_id = :s ORDER BY number DESC");
  while (st.fetch()) out.push_back(row.ToEdition());
  for (auto& e : out) e.topics = LoadTopics(session, e.id);
  return out;
}

std::optional<Edition> EditionStore::Get(Id series_id, int number) {
  soci::session session(pool_);
  EditionRow row;
  long long sid = series_id;
  soci::statement st(session);
  BindEditionColumns(st, row);
  st.exchange(soci::use(sid));
  st.exchange(soci::use(number));
  PrepareAndRun(st, "WHERE series_id = :s AND number = :n");
  return FetchFull(session, st, row);
}

std::optional<Edition> EditionStore::GetById(Id edition_id) {
  soci::session session(pool_);
  EditionRow row;
  long long id = edition_id;
  soci::statement st(session);
  BindEditionColumns(st, row);
  st.exchange(soci::use(id));
  PrepareAndRun(st, "WHERE id = :id");
  return FetchFull(session, st, row);
}

Result<Id> EditionStore::Create(const Edition& e, std::optional<Id> actor) {
  return Write(pool_, NumberConflict(e.number), [&](soci::session& session) -> Result<Id> {
    long long series_id = e.series_id;
    if (NumberTaken(session, series_id, e.number, 0)) return NumberConflict(e.number);
    OptionalColumns opt(e);
    const std::string mode = ToString(e.mode), phase = ToString(e.phase);
    long long now = NowUtc(), id = 0;
    session << "INSERT INTO editions (series_id, number, title, city, country, venue, mode, time_zone, "
               "year, month, start_date, end_date, registration_deadline, concept_note, phase, version, "
               "created_at, updated_at) VALUES (:s, :n, :t, :c, :co, :v, :m, :z, :y, :mo, :sd, :ed, :dl, "
               ":cn, :ph, 1, :now, :now2) RETURNING id",
        soci::use(series_id), soci::use(e.number), soci::use(e.title), soci::use(e.city),
        soci::use(e.country), soci::use(e.venue), soci::use(mode), soci::use(e.time_zone),
        soci::use(e.year), soci::use(opt.month, opt.month_ind), soci::use(opt.start, opt.start_ind),
        soci::use(opt.end, opt.end_ind), soci::use(opt.deadline, opt.deadline_ind),
        soci::use(e.concept_note), soci::use(phase), soci::use(now), soci::use(now), soci::into(id);
    WriteChildren(session, id, e);
    if (auto groups = WriteWorkingGroups(session, id, e, {}); !groups) return groups.error();
    RecordAudit(session, {0, now, actor, "", "create", "edition", id,
                          "Created edition " + std::to_string(e.number) + " \"" + e.title + "\""});
    return static_cast<Id>(id);
  });
}

Status EditionStore::SetPhase(Id edition_id, EditionPhase from, EditionPhase to, std::optional<Id> actor,
                              UtcSeconds now) {
  const Error moved = Error::Conflict("The edition is no longer in the phase \"" + Label(from) +
                                      "\": someone moved it meanwhile. Reload the page.");
  return Write(pool_, moved, [&](soci::session& session) -> Status {
    long long id = edition_id, at = now;
    const std::string old_phase = ToString(from), new_phase = ToString(to);
    soci::statement st = (session.prepare << "UPDATE editions SET phase = :to, updated_at = :t, version = version + 1 "
                                             "WHERE id = :id AND phase = :from",
                          soci::use(new_phase), soci::use(at), soci::use(id), soci::use(old_phase));
    st.execute(true);
    if (st.get_affected_rows() != 1) return moved;
    RecordAudit(session, {0, now, actor, "", "phase", "edition", edition_id,
                          "Phase " + old_phase + " -> " + new_phase});
    return OkStatus();
  });
}

EditionStore::GroupUse EditionStore::UseOf(Id working_group_id) {
  soci::session session(pool_);
  GroupUse use;
  long long g = working_group_id;
  std::string text, role;
  soci::statement members = (session.prepare << "SELECT full_name FROM registrations WHERE working_group_id = :g "
                                                "AND erased_at IS NULL ORDER BY family_name, id",
                             soci::into(text), soci::use(g));
  members.execute();
  while (members.fetch()) use.members.push_back(text);
  soci::statement sessions = (session.prepare << "SELECT title FROM programme_sessions WHERE working_group_id = :g "
                                                 "ORDER BY starts_at, id",
                              soci::into(text), soci::use(g));
  sessions.execute();
  while (sessions.fetch()) use.sessions.push_back(text);
  soci::statement roles = (session.prepare << "SELECT a.display_name, r.role FROM role_grants r JOIN accounts a ON "
                                              "a.id = r.account_id WHERE r.scope_kind = 'working_group' AND "
                                              "r.scope_id = :g AND r.role <> 'group_member' ORDER BY a.display_name",
                           soci::into(text), soci::into(role), soci::use(g));
  roles.execute();
  while (roles.fetch()) use.roles.push_back(text + " (" + Label(kRoleNames.FromStored(role)) + ")");
  return use;
}

Status EditionStore::Update(const Edition& e, std::optional<Id> actor, const std::map<Id, Id>& moves) {
  return Write(pool_, NumberConflict(e.number), [&](soci::session& session) -> Status {
    long long id = e.id, series_id = e.series_id;
    if (NumberTaken(session, series_id, e.number, id)) return NumberConflict(e.number);
    OptionalColumns opt(e);
    const std::string mode = ToString(e.mode);
    long long now = NowUtc();
    soci::statement st =
        (session.prepare << "UPDATE editions SET number = :n, title = :t, city = :c, country = :co, "
                            "venue = :v, mode = :m, time_zone = :z, year = :y, month = :mo, "
                            "start_date = :sd, end_date = :ed, registration_deadline = :dl, "
                            "concept_note = :cn, version = version + 1, updated_at = :now "
                            "WHERE id = :id AND version = :ver",
         soci::use(e.number), soci::use(e.title), soci::use(e.city), soci::use(e.country),
         soci::use(e.venue), soci::use(mode), soci::use(e.time_zone), soci::use(e.year),
         soci::use(opt.month, opt.month_ind), soci::use(opt.start, opt.start_ind),
         soci::use(opt.end, opt.end_ind), soci::use(opt.deadline, opt.deadline_ind),
         soci::use(e.concept_note), soci::use(now), soci::use(id), soci::use(e.version));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      return Error::Conflict("Someone else saved this edition while you were editing it. "
                             "Reload the page to see their changes, then make yours again.");
    }
    WriteChildren(session, id, e);
    if (auto groups = WriteWorkingGroups(session, id, e, moves); !groups) return groups;
    RecordAudit(session, {0, now, actor, "", "update", "edition", id,
                          "Updated edition " + std::to_string(e.number) + " \"" + e.title + "\""});
    return OkStatus();
  });
}

Status EditionStore::SaveDocument(const Document& d, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long edition_id = d.edition_id, size = static_cast<long long>(d.content.size());
  long long now = NowUtc(), uploader = actor.value_or(0);
  soci::indicator uploader_ind = actor ? soci::i_ok : soci::i_null;
  const std::string encoded = ToBase64(d.content);
  session << "DELETE FROM documents WHERE edition_id = :e AND kind = :k", soci::use(edition_id),
      soci::use(d.kind);
  session << "INSERT INTO documents (edition_id, kind, filename, content_type, size_bytes, sha256, "
             "content_base64, uploaded_by, uploaded_at) VALUES (:e, :k, :f, :ct, :sz, :sha, :c, :u, :at)",
      soci::use(edition_id), soci::use(d.kind), soci::use(d.filename), soci::use(d.content_type),
      soci::use(size), soci::use(d.sha256), soci::use(encoded), soci::use(uploader, uploader_ind),
      soci::use(now);
  RecordAudit(session, {0, now, actor, "", "upload", "edition", edition_id,
                        "Uploaded " + d.kind + " \"" + d.filename + "\" (" + std::to_string(size) +
                            " bytes, sha256 " + d.sha256.substr(0, 12) + ")"});
  tx.Commit();
  return OkStatus();
}

std::optional<Document> EditionStore::GetDocument(Id edition_id, std::string_view kind) {
  soci::session session(pool_);
  Document d;
  long long eid = edition_id, id = 0, at = 0;
  const std::string k(kind);
  std::string encoded;
  session << "SELECT id, filename, content_type, sha256, content_base64, uploaded_at FROM documents "
             "WHERE edition_id = :e AND kind = :k",
      soci::use(eid), soci::use(k), soci::into(id), soci::into(d.filename),
      soci::into(d.content_type), soci::into(d.sha256), soci::into(encoded), soci::into(at);
  if (!session.got_data()) return std::nullopt;
  d.id = id;
  d.edition_id = edition_id;
  d.kind = k;
  d.uploaded_at = at;
  auto content = FromBase64(encoded);
  if (!content) throw std::runtime_error("corrupt data: document " + std::to_string(id) + " is not base64");
  d.content = std::move(*content);
  return d;
}

std::optional<DocumentInfo> EditionStore::DocumentInfoOf(Id edition_id, std::string_view kind) {
  soci::session session(pool_);
  DocumentInfo info;
  long long eid = edition_id, at = 0;
  const std::string k(kind);
  session << "SELECT filename, size_bytes, uploaded_at FROM documents WHERE edition_id = :e AND kind = :k",
      soci::use(eid), soci::use(k), soci::into(info.filename), soci::into(info.size_bytes),
      soci::into(at);
  if (!session.got_data()) return std::nullopt;
  info.uploaded_at = at;
  return info;
}

}  // namespace plenary::store
