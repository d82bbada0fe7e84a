-- A random part for each message's Message-ID (issue 13): unique across installations and
-- rebuilt databases, and the same on every attempt, so a receiving server can drop a duplicate
-- that a crash between sending and recording forced. Rows queued before this have none; the
-- sender then draws one per attempt.
ALTER TABLE outbox ADD COLUMN message_token TEXT NOT NULL DEFAULT ''
