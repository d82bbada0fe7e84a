#include "store/series/series_store.h"

#include "store/core/write_transaction.h"

namespace plenary::store {

std::optional<Series> SeriesStore::Primary() {
  soci::session session(pool_);
  Series s;
  long long id = 0;
  session << "SELECT id, slug, name, short_name, summary, about, contact_email FROM series "
             "ORDER BY id LIMIT 1",
      soci::into(id), soci::into(s.slug), soci::into(s.name), soci::into(s.short_name),
      soci::into(s.summary), soci::into(s.about), soci::into(s.contact_email);
  if (!session.got_data()) return std::nullopt;
  s.id = id;
  SeriesOrganiser o;
  soci::statement st = (session.prepare << "SELECT name, role FROM series_organisers "
                                           "WHERE series_id = :id ORDER BY position",
                        soci::into(o.name), soci::into(o.role), soci::use(id));
  st.execute();
  while (st.fetch()) s.organisers.push_back(o);
  return s;
}

Id SeriesStore::Create(const Series& s) {
  soci::session session(pool_);
  WriteTransaction tx(session);
  long long id = 0;
  session << "INSERT INTO series (slug, name, short_name, summary, about, contact_email) "
             "VALUES (:slug, :name, :short, :summary, :about, :email) RETURNING id",
      soci::use(s.slug), soci::use(s.name), soci::use(s.short_name), soci::use(s.summary),
      soci::use(s.about), soci::use(s.contact_email), soci::into(id);
  int position = 0;
  for (const auto& o : s.organisers) {
    session << "INSERT INTO series_organisers (series_id, position, name, role) "
               "VALUES (:id, :pos, :name, :role)",
        soci::use(id), soci::use(position), soci::use(o.name), soci::use(o.role);
    ++position;
  }
  tx.Commit();
  return id;
}

}  // namespace plenary::store
