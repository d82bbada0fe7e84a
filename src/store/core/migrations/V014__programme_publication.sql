-- The programme has a draft and a published version (issue 12 item 7): the secretariat edits
-- programme_sessions; publishing copies them into published_sessions, which the public pages,
-- the feeds and the participants' programmes read, and records the publication (with the
-- reason when clashes were published). Programmes saved before this step were public as they
-- stood: they start published.
CREATE TABLE published_sessions (
  id BIGINT PRIMARY KEY,
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  room TEXT NOT NULL DEFAULT '',
  join_url TEXT NOT NULL DEFAULT '',
  webcast_url TEXT NOT NULL DEFAULT '',
  working_group_id BIGINT REFERENCES working_groups(id) ON DELETE SET NULL,
  chair TEXT NOT NULL DEFAULT '',
  speakers TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  questions TEXT NOT NULL DEFAULT ''
);
CREATE INDEX published_sessions_edition ON published_sessions (edition_id, starts_at);

CREATE TABLE programme_publications (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  published_at BIGINT NOT NULL,
  actor_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
  sessions INTEGER NOT NULL,
  clashes INTEGER NOT NULL DEFAULT 0,
  override_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX programme_publications_edition ON programme_publications (edition_id, id);

INSERT INTO published_sessions (id, edition_id, title, kind, starts_at, ends_at, room, join_url, webcast_url,
                                working_group_id, chair, speakers, description, questions)
  SELECT id, edition_id, title, kind, starts_at, ends_at, room, join_url, webcast_url, working_group_id, chair,
         speakers, description, questions FROM programme_sessions;
INSERT INTO programme_publications (edition_id, published_at, sessions)
  SELECT edition_id, 0, COUNT(*) FROM programme_sessions GROUP BY edition_id;
{{ENUM_CHECK published_sessions.kind IN ('plenary', 'panel', 'working_group', 'break')}}
