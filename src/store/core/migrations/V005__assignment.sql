-- Working-group assignment runs: each solver run of an edition is kept as a draft the
-- secretariat can inspect and edit by hand (moves recompute the objective); publishing copies
-- it to registrations.working_group_id with the group_member grants and one mail per person
-- whose group changed. objective and lower_bound are the engine's (docs/engine/assignment.md).
-- status: 'draft' or 'published' (published_at: the last time it was published).
CREATE TABLE assignment_runs (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  job_id BIGINT UNIQUE,
  created_at BIGINT NOT NULL,
  created_by BIGINT,
  objective BIGINT NOT NULL,
  lower_bound BIGINT NOT NULL,
  proven_optimal INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  published_at BIGINT
);
CREATE INDEX assignment_runs_edition ON assignment_runs (edition_id, id);

CREATE TABLE assignment_members (
  run_id BIGINT NOT NULL REFERENCES assignment_runs(id) ON DELETE CASCADE,
  registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  working_group_id BIGINT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  PRIMARY KEY (run_id, registration_id)
)
