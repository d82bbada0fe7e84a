-- Participation: nomination quotas and requests, invitations (single-use, expiring links kept
-- as token hashes), registrations with ranked working-group preferences and their status
-- history, the steering committee's approvals of the accepted list, and background jobs
-- (bulk imports, solver runs) whose progress the pages show. Audit summaries of these tables
-- name ids, never people, so an erased registration leaves nothing personal behind.

-- How many officials (or others) a partner may nominate for an edition, per sector.
-- No row for a partner and 'government' means the default of one official.
CREATE TABLE nomination_quotas (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  sector TEXT NOT NULL,
  quota INTEGER NOT NULL,
  UNIQUE (edition_id, partner_id, sector)
);

-- When the secretariat asked a partner's focal points to nominate, for an edition.
CREATE TABLE nomination_requests (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  requested_at BIGINT NOT NULL,
  requested_by BIGINT,
  UNIQUE (edition_id, partner_id)
);

-- kind: 'nominated' (by a partner, partner_id set) or 'invited' (by the secretariat).
-- The link's token is kept only as a hash; resending replaces it. used_at is set when the
-- invitation is turned into a registration.
CREATE TABLE invitations (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  partner_id BIGINT REFERENCES partners(id) ON DELETE SET NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  created_by BIGINT,
  expires_at BIGINT NOT NULL,
  sent_count INTEGER NOT NULL DEFAULT 1,
  last_sent_at BIGINT NOT NULL,
  revoked_at BIGINT,
  used_at BIGINT,
  job_id BIGINT,
  UNIQUE (edition_id, email)
);
CREATE INDEX invitations_edition ON invitations (edition_id, id);

-- status: applied, accepted, waitlisted, declined. full_name is as the person writes it (any
-- script), family_name marks which part is the family name, latin_name is optional.
-- region: 'Asia', 'Europe' or 'Other' (from the country's partner group).
CREATE TABLE registrations (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  invitation_id BIGINT NOT NULL UNIQUE REFERENCES invitations(id),
  account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
  full_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  latin_name TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL,
  region TEXT NOT NULL,
  sector TEXT NOT NULL,
  gender TEXT NOT NULL,
  expertise TEXT NOT NULL DEFAULT '',
  access_needs TEXT NOT NULL DEFAULT '',
  dietary_needs TEXT NOT NULL DEFAULT '',
  privacy_version TEXT NOT NULL,
  consented_at BIGINT NOT NULL,
  chatham_acknowledged_at BIGINT NOT NULL,
  public_listing INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  decision_reason TEXT NOT NULL DEFAULT '',
  score INTEGER NOT NULL DEFAULT 0,
  working_group_id BIGINT REFERENCES working_groups(id) ON DELETE SET NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  erasure_requested_at BIGINT,
  erased_at BIGINT,
  UNIQUE (edition_id, account_id)
);
CREATE INDEX registrations_edition ON registrations (edition_id, status);

-- The ranking of all the edition's working groups: rank 1 is the first choice.
CREATE TABLE registration_preferences (
  registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  working_group_id BIGINT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  PRIMARY KEY (registration_id, rank),
  UNIQUE (registration_id, working_group_id)
);

CREATE TABLE registration_history (
  id {{AUTO_ID}},
  registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  at BIGINT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  actor_id BIGINT
);
CREATE INDEX registration_history_registration ON registration_history (registration_id, id);

-- A steering-committee member's approval of the accepted list as it stood: accepted_digest is
-- a hash of the accepted registration ids, so a later change shows the approval is stale.
CREATE TABLE list_approvals (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
  at BIGINT NOT NULL,
  accepted_count INTEGER NOT NULL,
  accepted_digest TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT ''
);

-- Long work done in the background: kind 'invitation_import', 'selection', 'assignment'.
-- status: queued, running, done, failed. A worker claims a job with a conditional UPDATE (any
-- app server may run it); progress is done_count of total_count; input and result are text
-- (CSV, JSON).
CREATE TABLE jobs (
  id {{AUTO_ID}},
  edition_id BIGINT REFERENCES editions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  total_count INTEGER NOT NULL DEFAULT 0,
  done_count INTEGER NOT NULL DEFAULT 0,
  message TEXT NOT NULL DEFAULT '',
  input TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT '',
  claimed_by TEXT,
  claimed_at BIGINT,
  created_at BIGINT NOT NULL,
  created_by BIGINT,
  finished_at BIGINT
);
CREATE INDEX jobs_status ON jobs (status, id)
