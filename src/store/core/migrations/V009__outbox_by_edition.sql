-- The outbox per edition (issue 12 item 10): every message about an edition names it, so the
-- secretariat sees that edition's queued, sent and failed mail on one page. Messages queued
-- before this column are attributed by their reference where it says whose they are.
ALTER TABLE outbox ADD COLUMN edition_id BIGINT REFERENCES editions(id) ON DELETE SET NULL;
CREATE INDEX outbox_edition ON outbox (edition_id, id);
CREATE INDEX outbox_reference ON outbox (reference, status);
UPDATE outbox SET edition_id = (SELECT r.edition_id FROM registrations r
  WHERE outbox.reference = 'registration:' || CAST(r.id AS TEXT)
  OR outbox.reference LIKE 'registration:' || CAST(r.id AS TEXT) || ':%') WHERE reference LIKE 'registration:%';
UPDATE outbox SET edition_id = (SELECT s.edition_id FROM programme_sessions s
  WHERE outbox.reference = 'session:' || CAST(s.id AS TEXT)) WHERE reference LIKE 'session:%';
UPDATE outbox SET edition_id = (SELECT i.edition_id FROM invitations i
  WHERE outbox.reference = 'invitation:' || CAST(i.id AS TEXT)) WHERE reference LIKE 'invitation:%';
UPDATE outbox SET edition_id = (SELECT e.id FROM editions e
  WHERE outbox.reference LIKE 'nomination:' || CAST(e.id AS TEXT) || ':%') WHERE reference LIKE 'nomination:%'
