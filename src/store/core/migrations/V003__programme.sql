-- The programme: timed sessions of an edition. Speakers and questions are kept one per line.
-- Accounts gain a preferred time zone (times are also shown in it); calendar feeds are
-- private, revocable URLs kept as token hashes; outbox messages may carry a reference so
-- scheduled messages (a join link on the day) can be replaced when the session changes.
CREATE TABLE programme_sessions (
  id {{AUTO_ID}},
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
CREATE INDEX programme_sessions_edition ON programme_sessions (edition_id, starts_at);

ALTER TABLE accounts ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';

CREATE TABLE calendar_feeds (
  token_hash TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

ALTER TABLE outbox ADD COLUMN reference TEXT NOT NULL DEFAULT ''
