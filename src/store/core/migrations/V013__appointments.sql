-- Roles are appointed in the pages (issue 12 item 9). Moderators, rapporteurs and note-takers
-- are working-group role grants (they give access); the Lead Rapporteur of an edition and the
-- chairs and speakers of its plenary sessions are appointments, kept here.
CREATE TABLE appointments (
  id {{AUTO_ID}},
  edition_id BIGINT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  session_id BIGINT REFERENCES programme_sessions(id) ON DELETE CASCADE,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL
);
CREATE INDEX appointments_edition ON appointments (edition_id, kind);
CREATE INDEX appointments_account ON appointments (account_id);
{{ENUM_CHECK appointments.kind IN ('moderator', 'rapporteur', 'note_taker', 'lead_rapporteur', 'chair', 'speaker')}}
