-- Withdrawal and the waiting list (issue 12 item 4): a person promoted from the waiting list
-- takes the place someone gave up; the promoted registration names the place it fills, so a
-- freed place is offered until someone fills it, and only once.
ALTER TABLE registrations ADD COLUMN replaces_id BIGINT REFERENCES registrations (id);
CREATE UNIQUE INDEX registrations_replaces ON registrations (replaces_id);
