-- Facts that selection used are locked once a person is accepted (issue 12 item 5): a change to
-- country, sector or gender is a request the secretariat accepts or refuses.
CREATE TABLE fact_change_requests (
  id {{AUTO_ID}},
  registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  from_value TEXT NOT NULL,
  to_value TEXT NOT NULL,
  to_region TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'pending',
  requested_at BIGINT NOT NULL,
  decided_at BIGINT,
  decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE INDEX fact_change_requests_registration ON fact_change_requests (registration_id, id);
{{ENUM_CHECK fact_change_requests.state IN ('pending', 'accepted', 'refused')}}
