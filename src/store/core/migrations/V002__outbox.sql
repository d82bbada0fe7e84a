-- The mail outbox: every message is queued in the same transaction as the change that caused
-- it and sent by the mail worker; status is visible per recipient. A message is claimed
-- ('sending') by one worker before it is sent, so several app servers never send it twice.
CREATE TABLE outbox (
  id {{AUTO_ID}},
  created_at BIGINT NOT NULL,
  to_address TEXT NOT NULL,
  to_name TEXT NOT NULL,
  subject TEXT NOT NULL,
  body_text TEXT NOT NULL,
  purpose TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  claimed_by TEXT,
  claimed_at BIGINT,
  last_error TEXT NOT NULL DEFAULT '',
  sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at)
