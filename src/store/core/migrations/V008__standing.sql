-- Access follows a registration's status (domain/core/access.h RolesOfStanding): every
-- registration holds the new 'applicant' role in its edition; only an accepted one holds
-- 'participant' and the working-group membership the assignment gave. A person may give up
-- their place: status 'withdrawn'.
{{ENUM_CHECK role_grants.role IN ('secretariat', 'steering', 'focal_point', 'participant', 'moderator', 'rapporteur', 'note_taker', 'group_member', 'applicant')}};
{{ENUM_CHECK registrations.status IN ('applied', 'accepted', 'waitlisted', 'declined', 'withdrawn')}};
{{ENUM_CHECK registration_history.status IN ('applied', 'accepted', 'waitlisted', 'declined', 'withdrawn')}};
INSERT INTO role_grants (account_id, role, scope_kind, scope_id, created_at)
SELECT r.account_id, 'applicant', 'edition', r.edition_id, r.created_at FROM registrations r
WHERE r.account_id IS NOT NULL AND r.erased_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM role_grants g WHERE g.account_id = r.account_id AND g.role = 'applicant'
  AND g.scope_kind = 'edition' AND g.scope_id = r.edition_id);
DELETE FROM role_grants WHERE role = 'participant' AND scope_kind = 'edition' AND EXISTS (
  SELECT 1 FROM registrations r WHERE r.account_id = role_grants.account_id
  AND r.edition_id = role_grants.scope_id AND r.status <> 'accepted');
DELETE FROM role_grants WHERE role = 'group_member' AND scope_kind = 'working_group' AND EXISTS (
  SELECT 1 FROM registrations r JOIN working_groups w ON w.edition_id = r.edition_id
  WHERE w.id = role_grants.scope_id AND r.account_id = role_grants.account_id AND r.status <> 'accepted');
UPDATE registrations SET working_group_id = NULL WHERE status <> 'accepted' OR erased_at IS NOT NULL
