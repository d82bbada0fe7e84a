-- Every column that holds an enum refuses a value its table (domain/core/enum_names.h) does not
-- know: a stored value that does not parse is corruption, and it must not be written at all.
-- An ENUM_CHECK of table.column IN (values) is a CHECK constraint on PostgreSQL and, since SQLite
-- cannot add one to an existing table, a pair of triggers that refuse the same rows there
-- (store/core/database.cc). enum_checks_test.cc compares these lists with the enum tables.
{{ENUM_CHECK editions.mode IN ('in_person', 'online', 'hybrid')}};
{{ENUM_CHECK editions.phase IN ('archived', 'planning', 'registration', 'selection', 'seminar', 'follow_up')}};
{{ENUM_CHECK edition_organisers.role IN ('host', 'co_organiser')}};
{{ENUM_CHECK partners.kind IN ('country', 'organisation')}};
{{ENUM_CHECK partners.region_group IN ('Asia', 'Europe')}};
{{ENUM_CHECK role_grants.role IN ('secretariat', 'steering', 'focal_point', 'participant', 'moderator', 'rapporteur', 'note_taker', 'group_member')}};
{{ENUM_CHECK role_grants.scope_kind IN ('series', 'partner', 'edition', 'working_group')}};
{{ENUM_CHECK outbox.status IN ('queued', 'sending', 'sent', 'failed')}};
{{ENUM_CHECK programme_sessions.kind IN ('plenary', 'working_group', 'panel', 'break')}};
{{ENUM_CHECK nomination_quotas.sector IN ('government', 'civil_society', 'nhri', 'academia', 'business', 'international_organisation')}};
{{ENUM_CHECK invitations.kind IN ('nominated', 'invited')}};
{{ENUM_CHECK invitations.sector IN ('government', 'civil_society', 'nhri', 'academia', 'business', 'international_organisation')}};
{{ENUM_CHECK registrations.sector IN ('government', 'civil_society', 'nhri', 'academia', 'business', 'international_organisation')}};
{{ENUM_CHECK registrations.gender IN ('woman', 'man', 'non_binary', 'prefer_not_to_say')}};
{{ENUM_CHECK registrations.status IN ('applied', 'accepted', 'waitlisted', 'declined')}};
{{ENUM_CHECK registration_history.status IN ('applied', 'accepted', 'waitlisted', 'declined')}};
{{ENUM_CHECK jobs.kind IN ('invitation_import', 'selection', 'assignment')}};
{{ENUM_CHECK jobs.status IN ('queued', 'running', 'done', 'failed')}};
{{ENUM_CHECK assignment_runs.status IN ('draft', 'published')}};
