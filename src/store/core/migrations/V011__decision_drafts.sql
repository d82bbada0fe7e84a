-- Decisions wait for approval (issue 12 item 3): the secretariat's decision is a draft
-- (proposed_status) until it is released, which sets the status and sends the mail; the
-- steering committee approves the list or asks for changes (verdict), bound to the exact list.
ALTER TABLE registrations ADD COLUMN proposed_status TEXT;
ALTER TABLE registrations ADD COLUMN proposed_reason TEXT NOT NULL DEFAULT '';
{{ENUM_CHECK registrations.proposed_status IN ('applied', 'accepted', 'waitlisted', 'declined', 'withdrawn')}};
ALTER TABLE list_approvals ADD COLUMN verdict TEXT NOT NULL DEFAULT 'approved';
{{ENUM_CHECK list_approvals.verdict IN ('approved', 'changes_requested')}}
