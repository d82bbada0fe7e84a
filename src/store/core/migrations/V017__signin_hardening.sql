-- Sign-in limits that hold under concurrent tries (issue 13): an attempt is counted and
-- checked in one transaction that first locks its key's row here, so 40 simultaneous wrong
-- passwords get exactly the limit, never more. Sessions say whether they began with a sign-in
-- link, which lets a person who forgot their password set a new one right after.
CREATE TABLE signin_locks (
  attempt_key TEXT PRIMARY KEY
);
ALTER TABLE web_sessions ADD COLUMN by_link INTEGER NOT NULL DEFAULT 0
