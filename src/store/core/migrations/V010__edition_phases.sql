-- An edition's life in named phases (domain/series/phase.h): a new edition is a draft, not
-- public. The former 'planning' editions were public, so they become 'announced'; the former
-- 'registration' is 'registration_open'. The check first admits both lists, then the new one.
{{ENUM_CHECK editions.phase IN ('archived', 'planning', 'registration', 'selection', 'seminar', 'follow_up', 'draft', 'announced', 'registration_open', 'registration_closed', 'assignment', 'reporting', 'outputs_published')}};
UPDATE editions SET phase = 'announced' WHERE phase = 'planning';
UPDATE editions SET phase = 'registration_open' WHERE phase = 'registration';
{{ENUM_CHECK editions.phase IN ('draft', 'announced', 'registration_open', 'registration_closed', 'selection', 'assignment', 'seminar', 'reporting', 'outputs_published', 'follow_up', 'archived')}}
