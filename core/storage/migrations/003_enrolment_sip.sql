-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 3: the participant's time in the team: enrollments with exit, SIP plans with
-- versions, notes, group activities with attendance, and assessments. Applies on top of 001
-- alone and on top of 001+002: nothing here refers to 002's tables.
-- Team settings used by these tables live in meta (keys documented in EnrolmentSettings).

INSERT INTO code_tables(name) VALUES ('enrollment_method'), ('step_scale');

INSERT INTO codes(code_table, code, label, label_en, report_group, sort_order) VALUES
    ('enrollment_method', 'individuellt', 'Individuellt stöd', 'Individual support', '', 1),
    ('enrollment_method', 'grupp', 'Gruppverksamhet', 'Group activity', '', 2),
    ('enrollment_method', 'kombination', 'Individuellt och grupp', 'Individual and group', '', 3),
    ('enrollment_method', 'ips', 'IPS/Supported employment', 'IPS/Supported employment', '', 4),
    ('step_scale', 'steg_1', 'Steg 1: Motivation', 'Step 1: Motivation', '', 1),
    ('step_scale', 'steg_2', 'Steg 2: Aktivitet', 'Step 2: Activity', '', 2),
    ('step_scale', 'steg_3', 'Steg 3: Arbetsträning', 'Step 3: Work training', '', 3),
    ('step_scale', 'steg_4', 'Steg 4: Praktik', 'Step 4: Placement', '', 4),
    ('step_scale', 'steg_5', 'Steg 5: Arbete eller studier', 'Step 5: Work or studies', '', 5);

-- One stay in one programme. Phase active -> passive -> exited; the exit columns are filled
-- when (and only when) the enrollment is exited.
CREATE TABLE enrollments (
    id                   INTEGER PRIMARY KEY,
    participant_id       INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    programme_id         INTEGER NOT NULL REFERENCES programmes(id) ON DELETE RESTRICT,
    coordinator_id       INTEGER REFERENCES members(id) ON DELETE SET NULL,
    start_date           TEXT NOT NULL CHECK (date(start_date, '+0 days') = start_date),
    planned_end          TEXT NOT NULL CHECK (date(planned_end, '+0 days') = planned_end AND planned_end >= start_date),
    method_table         TEXT NOT NULL DEFAULT 'enrollment_method' CHECK (method_table = 'enrollment_method'),
    method_code          TEXT,
    registration         TEXT NOT NULL DEFAULT 'consent'
                         CHECK (registration IN ('consent', 'anonymous_no_consent', 'anonymous_protected')),
    occupation_table     TEXT NOT NULL DEFAULT 'occupation' CHECK (occupation_table = 'occupation'),
    occupation_code      TEXT,
    education_table      TEXT NOT NULL DEFAULT 'education' CHECK (education_table = 'education'),
    education_code       TEXT,
    support_time_table   TEXT NOT NULL DEFAULT 'public_support_time' CHECK (support_time_table = 'public_support_time'),
    support_time_code    TEXT,
    phase                TEXT NOT NULL DEFAULT 'active' CHECK (phase IN ('active', 'passive', 'exited')),
    passive_from         TEXT CHECK (passive_from IS NULL OR (date(passive_from, '+0 days') = passive_from AND passive_from >= start_date)),
    end_date             TEXT CHECK (end_date IS NULL OR (date(end_date, '+0 days') = end_date AND end_date >= start_date)),
    exit_reason_table    TEXT NOT NULL DEFAULT 'exit_reason' CHECK (exit_reason_table = 'exit_reason'),
    exit_reason_code     TEXT,
    occupation_after_table TEXT NOT NULL DEFAULT 'occupation' CHECK (occupation_after_table = 'occupation'),
    occupation_after_code  TEXT,
    extent_percent       INTEGER CHECK (extent_percent IS NULL OR extent_percent BETWEEN 0 AND 100),
    onward_plan          TEXT NOT NULL DEFAULT '' CHECK (length(onward_plan) <= 4000),
    handover_party_id    INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
    handover_contact     TEXT NOT NULL DEFAULT '' CHECK (length(handover_contact) <= 200),
    sip_continues        INTEGER NOT NULL DEFAULT 0 CHECK (sip_continues IN (0, 1)),
    own_view             TEXT NOT NULL DEFAULT '' CHECK (length(own_view) <= 4000),
    readier              INTEGER CHECK (readier IS NULL OR readier IN (0, 1)),
    followup1_due        TEXT CHECK (followup1_due IS NULL OR date(followup1_due, '+0 days') = followup1_due),
    followup1_done       TEXT CHECK (followup1_done IS NULL OR date(followup1_done, '+0 days') = followup1_done),
    followup1_result     TEXT NOT NULL DEFAULT '' CHECK (length(followup1_result) <= 4000),
    followup2_due        TEXT CHECK (followup2_due IS NULL OR date(followup2_due, '+0 days') = followup2_due),
    followup2_done       TEXT CHECK (followup2_done IS NULL OR date(followup2_done, '+0 days') = followup2_done),
    followup2_result     TEXT NOT NULL DEFAULT '' CHECK (length(followup2_result) <= 4000),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK ((phase = 'exited') = (end_date IS NOT NULL AND exit_reason_code IS NOT NULL)),
    CHECK (phase <> 'passive' OR passive_from IS NOT NULL),
    CHECK (phase = 'exited' OR (followup1_due IS NULL AND followup2_due IS NULL)),
    FOREIGN KEY (method_table, method_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (occupation_table, occupation_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (education_table, education_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (support_time_table, support_time_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (exit_reason_table, exit_reason_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (occupation_after_table, occupation_after_code) REFERENCES codes(code_table, code)
);
CREATE UNIQUE INDEX enrollments_one_open ON enrollments(participant_id, programme_id) WHERE end_date IS NULL;
CREATE INDEX enrollments_participant ON enrollments(participant_id, start_date);
CREATE INDEX enrollments_programme ON enrollments(programme_id, phase);

-- Income sources at start and after exit (the SUS questions ask both).
CREATE TABLE enrollment_income_sources (
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
    moment        TEXT NOT NULL CHECK (moment IN ('start', 'exit')),
    code_table    TEXT NOT NULL DEFAULT 'income_source' CHECK (code_table = 'income_source'),
    code          TEXT NOT NULL,
    PRIMARY KEY (enrollment_id, moment, code),
    FOREIGN KEY (code_table, code) REFERENCES codes(code_table, code)
) WITHOUT ROWID;

-- The printed slutdokumentation, kept exactly as printed.
CREATE TABLE exit_documents (
    id            INTEGER PRIMARY KEY,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
    written_by    TEXT NOT NULL CHECK (length(written_by) <= 200),
    written_at    TEXT NOT NULL,
    content       TEXT NOT NULL CHECK (length(content) BETWEEN 1 AND 200000)
);
CREATE INDEX exit_documents_enrollment ON exit_documents(enrollment_id);

CREATE TRIGGER exit_documents_no_update BEFORE UPDATE ON exit_documents
BEGIN
    SELECT RAISE(ABORT, 'a printed slutdokumentation is kept unchanged');
END;

-- A SIP is a plan with versions: every follow-up writes version N+1; N is superseded and
-- from then on read-only (the triggers below), so it prints the same forever.
CREATE TABLE sip_plans (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    enrollment_id  INTEGER REFERENCES enrollments(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX sip_plans_participant ON sip_plans(participant_id);

CREATE TABLE sip_versions (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES sip_plans(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL CHECK (version BETWEEN 1 AND 1000),
    previous_id     INTEGER REFERENCES sip_versions(id) ON DELETE CASCADE,
    meeting_date    TEXT NOT NULL CHECK (date(meeting_date, '+0 days') = meeting_date),
    own_description TEXT NOT NULL DEFAULT '' CHECK (length(own_description) <= 4000),
    needs           TEXT NOT NULL DEFAULT '' CHECK (length(needs) <= 4000),
    own_actions     TEXT NOT NULL DEFAULT '' CHECK (length(own_actions) <= 4000),
    others_actions  TEXT NOT NULL DEFAULT '' CHECK (length(others_actions) <= 4000),
    lead_party_id   INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
    lead_contact    TEXT NOT NULL DEFAULT '' CHECK (length(lead_contact) <= 200),
    consent_given   INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0, 1)),
    next_followup   TEXT CHECK (next_followup IS NULL OR (date(next_followup, '+0 days') = next_followup AND next_followup >= meeting_date)),
    superseded      INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    created_at      TEXT NOT NULL,
    UNIQUE (plan_id, version),
    CHECK ((version = 1) = (previous_id IS NULL))
);
CREATE UNIQUE INDEX sip_versions_one_current ON sip_versions(plan_id) WHERE superseded = 0;
CREATE INDEX sip_versions_followup ON sip_versions(next_followup) WHERE superseded = 0;

CREATE TRIGGER sip_versions_frozen BEFORE UPDATE ON sip_versions WHEN OLD.superseded = 1
BEGIN
    SELECT RAISE(ABORT, 'a superseded SIP version cannot be changed');
END;

CREATE TABLE sip_meeting_participants (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES sip_versions(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    organisation TEXT NOT NULL DEFAULT '' CHECK (length(organisation) <= 100),
    role         TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 100),
    kind         TEXT NOT NULL CHECK (kind IN ('person', 'relative', 'team_member', 'case_officer'))
);
CREATE INDEX sip_meeting_participants_version ON sip_meeting_participants(version_id);

CREATE TABLE sip_goals (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES sip_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
    reached    TEXT NOT NULL DEFAULT 'not_assessed' CHECK (reached IN ('not_assessed', 'not', 'partly', 'fully'))
);
CREATE INDEX sip_goals_version ON sip_goals(version_id);

CREATE TABLE sip_actions (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES sip_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    what       TEXT NOT NULL CHECK (length(trim(what)) BETWEEN 1 AND 2000),
    party_id   INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
    contact    TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
    start_date TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') = start_date),
    due_date   TEXT CHECK (due_date IS NULL OR (date(due_date, '+0 days') = due_date AND (start_date IS NULL OR due_date >= start_date))),
    status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled'))
);
CREATE INDEX sip_actions_version ON sip_actions(version_id);

-- The rows of a superseded version are as frozen as the version itself.
CREATE TRIGGER sip_goals_frozen BEFORE UPDATE ON sip_goals
WHEN (SELECT superseded FROM sip_versions WHERE id = OLD.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a superseded SIP version cannot be changed');
END;

CREATE TRIGGER sip_actions_frozen BEFORE UPDATE ON sip_actions
WHEN (SELECT superseded FROM sip_versions WHERE id = OLD.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a superseded SIP version cannot be changed');
END;

CREATE TRIGGER sip_goals_frozen_insert BEFORE INSERT ON sip_goals
WHEN (SELECT superseded FROM sip_versions WHERE id = NEW.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a superseded SIP version cannot be changed');
END;

CREATE TRIGGER sip_actions_frozen_insert BEFORE INSERT ON sip_actions
WHEN (SELECT superseded FROM sip_versions WHERE id = NEW.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a superseded SIP version cannot be changed');
END;

CREATE TABLE sip_followups (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES sip_plans(id) ON DELETE CASCADE,
    version_id    INTEGER REFERENCES sip_versions(id) ON DELETE CASCADE,
    followup_date TEXT NOT NULL CHECK (date(followup_date, '+0 days') = followup_date),
    author_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    text          TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 4000)
);
CREATE INDEX sip_followups_plan ON sip_followups(plan_id, followup_date);

CREATE TABLE participant_notes (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    note_date      TEXT NOT NULL CHECK (date(note_date, '+0 days') = note_date),
    kind           TEXT NOT NULL CHECK (kind IN ('individual', 'phone', 'workplace_visit', 'group', 'party_contact')),
    author_id      INTEGER REFERENCES members(id) ON DELETE SET NULL,
    text           TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 10000),
    created_at     TEXT NOT NULL
);
CREATE INDEX participant_notes_participant ON participant_notes(participant_id, note_date);

-- Recurring group sessions: weekdays as ISO digits (1 = Monday), e.g. '135'.
CREATE TABLE group_activities (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    programme_id INTEGER REFERENCES programmes(id) ON DELETE SET NULL,
    weekdays     TEXT NOT NULL DEFAULT '' CHECK (length(weekdays) <= 7 AND weekdays NOT GLOB '*[^1-7]*'),
    start_time   TEXT NOT NULL DEFAULT '' CHECK (start_time = '' OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Who belongs to a group, and when: the attendance rate counts only sessions in this span.
CREATE TABLE group_members (
    activity_id    INTEGER NOT NULL REFERENCES group_activities(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    from_date      TEXT NOT NULL CHECK (date(from_date, '+0 days') = from_date),
    to_date        TEXT CHECK (to_date IS NULL OR (date(to_date, '+0 days') = to_date AND to_date >= from_date)),
    PRIMARY KEY (activity_id, participant_id, from_date)
) WITHOUT ROWID;
CREATE INDEX group_members_participant ON group_members(participant_id);

CREATE TABLE group_sessions (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES group_activities(id) ON DELETE CASCADE,
    session_date TEXT NOT NULL CHECK (date(session_date, '+0 days') = session_date),
    UNIQUE (activity_id, session_date)
);

CREATE TABLE attendance (
    session_id     INTEGER NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('present', 'absent_notified', 'absent')),
    PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX attendance_participant ON attendance(participant_id);

-- Item scores as a string of digits (one per item, in form order); '' when the total was
-- entered directly. WHO-5 totals are raw (0-25); steps rate a code of 'step_scale'.
CREATE TABLE assessments (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    assess_date    TEXT NOT NULL CHECK (date(assess_date, '+0 days') = assess_date),
    instrument     TEXT NOT NULL CHECK (instrument IN ('who5', 'kasam13', 'kasam29', 'steps')),
    items          TEXT NOT NULL DEFAULT '' CHECK (items NOT GLOB '*[^0-9]*'),
    total          INTEGER,
    direct_total   INTEGER NOT NULL DEFAULT 0 CHECK (direct_total IN (0, 1)),
    step_table     TEXT NOT NULL DEFAULT 'step_scale' CHECK (step_table = 'step_scale'),
    step_code      TEXT,
    created_at     TEXT NOT NULL,
    CHECK (direct_total = 0 OR items = ''),
    CHECK (instrument <> 'who5' OR (total BETWEEN 0 AND 25 AND (direct_total = 1 OR (length(items) = 5 AND items NOT GLOB '*[^0-5]*')))),
    CHECK (instrument <> 'kasam13' OR (total BETWEEN 13 AND 91 AND (direct_total = 1 OR (length(items) = 13 AND items NOT GLOB '*[^1-7]*')))),
    CHECK (instrument <> 'kasam29' OR (total BETWEEN 29 AND 203 AND (direct_total = 1 OR (length(items) = 29 AND items NOT GLOB '*[^1-7]*')))),
    CHECK ((instrument = 'steps') = (step_code IS NOT NULL)),
    CHECK (instrument <> 'steps' OR (items = '' AND total IS NULL)),
    FOREIGN KEY (step_table, step_code) REFERENCES codes(code_table, code)
);
CREATE INDEX assessments_participant ON assessments(participant_id, instrument, assess_date);
