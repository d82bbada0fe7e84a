#include "store/series/partner_store.h"

#include "store/core/audit_log.h"
#include "store/core/write_transaction.h"

namespace plenary::store {
namespace {

std::vector<PartnerContact> LoadContacts(soci::session& session, long long partner_id) {
  std::vector<PartnerContact> out;
  PartnerContact c;
  long long id = 0;
  soci::statement st = (session.prepare << "SELECT id, name, email, title FROM partner_contacts "
                                           "WHERE partner_id = :p ORDER BY id",
                        soci::into(id), soci::into(c.name), soci::into(c.email), soci::into(c.title),
                        soci::use(partner_id));
  st.execute();
  while (st.fetch()) {
    c.id = id;
    out.push_back(c);
  }
  return out;
}

struct PartnerRow {
  long long id = 0;
  std::string name, kind, group, code;
  Partner ToPartner() const {
    return {id, name, kPartnerKindNames.FromStored(kind),
            kRegionGroupNames.FromStored(group), code, {}};
  }
};

}  // namespace

std::vector<Partner> PartnerStore::List(Id series_id) {
  soci::session session(pool_);
  long long sid = series_id;
  PartnerRow r;
  std::vector<Partner> out;
  soci::statement st = (session.prepare << "SELECT id, name, kind, region_group, code FROM partners "
                                           "WHERE series_id = :s ORDER BY region_group, kind, name",
                        soci::into(r.id), soci::into(r.name), soci::into(r.kind), soci::into(r.group),
                        soci::into(r.code), soci::use(sid));
  st.execute();
  while (st.fetch()) out.push_back(r.ToPartner());
  for (auto& p : out) p.contacts = LoadContacts(session, p.id);
  return out;
}

std::optional<Partner> PartnerStore::Get(Id partner_id) {
  soci::session session(pool_);
  long long pid = partner_id;
  PartnerRow r;
  session << "SELECT id, name, kind, region_group, code FROM partners WHERE id = :id",
      soci::into(r.id), soci::into(r.name), soci::into(r.kind), soci::into(r.group),
      soci::into(r.code), soci::use(pid);
  if (!session.got_data()) return std::nullopt;
  Partner p = r.ToPartner();
  p.contacts = LoadContacts(session, pid);
  return p;
}

Id PartnerStore::Create(Id series_id, const Partner& p) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long sid = series_id, id = 0;
  const std::string kind = ToString(p.kind), group = ToString(p.group);
  session << "INSERT INTO partners (series_id, name, kind, region_group, code) "
             "VALUES (:s, :n, :k, :g, :c) RETURNING id",
      soci::use(sid), soci::use(p.name), soci::use(kind), soci::use(group), soci::use(p.code),
      soci::into(id);
  for (const auto& c : p.contacts) {
    session << "INSERT INTO partner_contacts (partner_id, name, email, title) VALUES (:p, :n, :e, :t)",
        soci::use(id), soci::use(c.name), soci::use(c.email), soci::use(c.title);
  }
  tx.Commit();
  return id;
}

Result<Id> PartnerStore::AddContact(Id partner_id, const PartnerContact& c, std::optional<Id> actor) {
  if (auto valid = ValidateContact(c); !valid) return valid.error();
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long pid = partner_id, id = 0;
  session << "INSERT INTO partner_contacts (partner_id, name, email, title) "
             "VALUES (:p, :n, :e, :t) RETURNING id",
      soci::use(pid), soci::use(c.name), soci::use(c.email), soci::use(c.title), soci::into(id);
  RecordAudit(session, {0, 0, actor, "", "create", "partner_contact", id,
                        "Added focal point " + c.name + " <" + c.email + "> to partner " + std::to_string(pid)});
  tx.Commit();
  return static_cast<Id>(id);
}

Status PartnerStore::UpdateContact(Id partner_id, const PartnerContact& c, std::optional<Id> actor) {
  if (auto valid = ValidateContact(c); !valid) return valid.error();
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long pid = partner_id, id = c.id;
  std::string old_name, old_email, old_title;
  session << "SELECT name, email, title FROM partner_contacts WHERE id = :id AND partner_id = :p",
      soci::use(id), soci::use(pid), soci::into(old_name), soci::into(old_email), soci::into(old_title);
  if (!session.got_data()) return Error::NotFound("That focal point no longer exists; reload the page.");
  session << "UPDATE partner_contacts SET name = :n, email = :e, title = :t WHERE id = :id",
      soci::use(c.name), soci::use(c.email), soci::use(c.title), soci::use(id);
  std::string summary = "Changed focal point " + std::to_string(id) + ":";
  if (old_name != c.name) summary += " name \"" + old_name + "\" -> \"" + c.name + "\";";
  if (old_email != c.email) summary += " e-mail " + old_email + " -> " + c.email + ";";
  if (old_title != c.title) summary += " title \"" + old_title + "\" -> \"" + c.title + "\";";
  RecordAudit(session, {0, 0, actor, "", "update", "partner_contact", id, summary});
  tx.Commit();
  return OkStatus();
}

Status PartnerStore::RemoveContact(Id partner_id, Id contact_id, std::optional<Id> actor) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long pid = partner_id, id = contact_id;
  std::string name;
  session << "SELECT name FROM partner_contacts WHERE id = :id AND partner_id = :p", soci::use(id),
      soci::use(pid), soci::into(name);
  if (!session.got_data()) return Error::NotFound("That focal point no longer exists; reload the page.");
  session << "DELETE FROM partner_contacts WHERE id = :id", soci::use(id);
  RecordAudit(session, {0, 0, actor, "", "delete", "partner_contact", id, "Removed focal point " + name});
  tx.Commit();
  return OkStatus();
}

}  // namespace plenary::store
