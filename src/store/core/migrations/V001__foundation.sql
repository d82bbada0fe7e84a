-- The foundation schema: a series, its editions and their working groups, the partners and
-- their focal points, accounts with role grants that cover the whole seminar lifecycle,
-- web sessions, sign-in links and the audit log. Times are UTC seconds since the epoch
-- (BIGINT); local dates are 'YYYY-MM-DD' text in the edition's IANA zone.
-- {{AUTO_ID}} is the only dialect token (store/database.cc). Document bytes are base64 text:
-- SOCI maps blobs to large objects on PostgreSQL, so text keeps one SQL for both.

CREATE TABLE series (
  id {{AUTO_ID}},
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  summary TEXT NOT NULL,
  about TEXT NOT NULL,
  contact_email TEXT NOT NULL
);

CREATE TABLE series_organisers (
  id {{AUTO_ID}},
  series_id BIGINT NOT NULL REFERENCES series(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL
);

CREATE TABLE editions (
  id {{AUTO_ID}},
  series_id BIGINT NOT NULL REFERENCES series(id),
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  venue TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  year INTEGER NOT NULL,
  month INTEGER,
  start_date TEXT,
  end_date TEXT,
  registration_deadline BIGINT,
  concept_note TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (series_id, number)
);

CREATE TABLE edition_topics (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  topic TEXT NOT NULL
);

CREATE TABLE edition_organisers (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL
);

CREATE TABLE working_groups (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  min_size INTEGER NOT NULL,
  max_size INTEGER NOT NULL
);

CREATE TABLE working_group_questions (
  id {{AUTO_ID}},
  working_group_id BIGINT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL
);

CREATE TABLE documents (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT,
  uploaded_at BIGINT NOT NULL
);

CREATE TABLE partners (
  id {{AUTO_ID}},
  series_id BIGINT NOT NULL REFERENCES series(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  region_group TEXT NOT NULL,
  code TEXT NOT NULL,
  UNIQUE (series_id, code)
);

CREATE TABLE partner_contacts (
  id {{AUTO_ID}},
  partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  account_id BIGINT
);

CREATE TABLE accounts (
  id {{AUTO_ID}},
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT,
  created_at BIGINT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);

-- A role held within a scope: 'series' (secretariat, steering), 'partner' (focal_point),
-- 'edition' (participant), 'working_group' (moderator, rapporteur, note_taker).
CREATE TABLE role_grants (
  id {{AUTO_ID}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  scope_kind TEXT NOT NULL,
  scope_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (account_id, role, scope_kind, scope_id)
);

CREATE TABLE web_sessions (
  token_hash TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE TABLE signin_links (
  token_hash TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);

CREATE TABLE signin_attempts (
  id {{AUTO_ID}},
  attempt_key TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX signin_attempts_key ON signin_attempts (attempt_key, at);

CREATE TABLE audit_log (
  id {{AUTO_ID}},
  at BIGINT NOT NULL,
  account_id BIGINT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id BIGINT,
  summary TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)
