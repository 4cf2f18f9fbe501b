-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 1: team settings, code tables, participants and the audit log.
-- Statements end with ';' at the end of a line; a trigger body ends with a line 'END;'
-- (see Migrator::splitStatements). Text limits are generous but finite, so an accidental
-- megabyte paste is refused by the file itself, not only by the widgets.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL CHECK (length(value) <= 20000)
) WITHOUT ROWID;

CREATE TABLE municipalities (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE parties (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('fk', 'af', 'region', 'municipality', 'other')),
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    short_name      TEXT NOT NULL DEFAULT '' CHECK (length(short_name) <= 30),
    municipality_id INTEGER REFERENCES municipalities(id) ON DELETE RESTRICT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order      INTEGER NOT NULL DEFAULT 0,
    CHECK (kind = 'municipality' OR municipality_id IS NULL)
);

CREATE TABLE members (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    role     TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 100),
    party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
    phone    TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    email    TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE programmes (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    capacity    INTEGER NOT NULL DEFAULT 0 CHECK (capacity BETWEEN 0 AND 10000),
    max_months  INTEGER NOT NULL DEFAULT 12 CHECK (max_months BETWEEN 1 AND 120),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE programme_quotas (
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    party_id     INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
    places       INTEGER NOT NULL CHECK (places BETWEEN 0 AND 10000),
    PRIMARY KEY (programme_id, party_id)
) WITHOUT ROWID;

-- Code tables: stable codes, team-editable labels. Later schema versions add tables here.
CREATE TABLE code_tables (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 40)
) WITHOUT ROWID;

CREATE TABLE codes (
    code_table   TEXT NOT NULL REFERENCES code_tables(name) ON DELETE RESTRICT,
    code         TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40 AND code NOT GLOB '*[^a-z0-9_]*'),
    label        TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 200),
    label_en     TEXT NOT NULL DEFAULT '' CHECK (length(label_en) <= 200),
    report_group TEXT NOT NULL DEFAULT '' CHECK (length(report_group) <= 40),
    sort_order   INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (code_table, code)
) WITHOUT ROWID;

CREATE TABLE participants (
    id                      INTEGER PRIMARY KEY,
    identity_kind           TEXT NOT NULL CHECK (identity_kind IN ('personnummer', 'samordningsnummer', 'other')),
    identity                TEXT NOT NULL UNIQUE CHECK (length(identity) BETWEEN 1 AND 64),
    protected_identity      INTEGER NOT NULL DEFAULT 0 CHECK (protected_identity IN (0, 1)),
    given_name              TEXT NOT NULL CHECK (length(trim(given_name)) BETWEEN 1 AND 100),
    family_name             TEXT NOT NULL CHECK (length(trim(family_name)) BETWEEN 1 AND 100),
    gender                  TEXT CHECK (gender IN ('F', 'M')),
    birth_date              TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') = birth_date),
    phone                   TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    email                   TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    address                 TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 400),
    municipality_id         INTEGER REFERENCES municipalities(id) ON DELETE RESTRICT,
    interpreter_needed      INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    interpreter_language    TEXT NOT NULL DEFAULT '' CHECK (length(interpreter_language) <= 100),
    occupation_table        TEXT NOT NULL DEFAULT 'occupation' CHECK (occupation_table = 'occupation'),
    occupation_code         TEXT,
    education_table         TEXT NOT NULL DEFAULT 'education' CHECK (education_table = 'education'),
    education_code          TEXT,
    support_time_table      TEXT NOT NULL DEFAULT 'public_support_time' CHECK (support_time_table = 'public_support_time'),
    support_time_code       TEXT,
    status                  TEXT NOT NULL DEFAULT 'referred'
                            CHECK (status IN ('referred', 'waiting', 'active', 'passive', 'exited')),
    coordinator_id          INTEGER REFERENCES members(id) ON DELETE SET NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    CHECK (identity_kind = 'other' OR (length(identity) = 12 AND identity NOT GLOB '*[^0-9]*')),
    CHECK (identity_kind = 'other' OR gender IS NOT NULL),
    FOREIGN KEY (occupation_table, occupation_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (education_table, education_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (support_time_table, support_time_code) REFERENCES codes(code_table, code)
);
CREATE INDEX participants_status ON participants(status);
CREATE INDEX participants_coordinator ON participants(coordinator_id);
CREATE INDEX participants_municipality ON participants(municipality_id);

CREATE TABLE participant_income_sources (
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    code_table     TEXT NOT NULL DEFAULT 'income_source' CHECK (code_table = 'income_source'),
    code           TEXT NOT NULL,
    PRIMARY KEY (participant_id, code),
    FOREIGN KEY (code_table, code) REFERENCES codes(code_table, code)
) WITHOUT ROWID;

-- Who did what to whose data, and when. Hash-chained (AuditLog) and append-only: the
-- triggers refuse any change, so an edit is possible only by rewriting the schema, which
-- the open routine checks. participant_id has no foreign key: the log outlives gallring.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    ts_utc         TEXT NOT NULL,
    actor          TEXT NOT NULL CHECK (length(actor) <= 200),
    os_user        TEXT NOT NULL CHECK (length(os_user) <= 200),
    action         TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
    participant_id INTEGER,
    detail         TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 2000),
    prev_hash      BLOB NOT NULL,
    hash           BLOB NOT NULL UNIQUE
);
CREATE INDEX audit_log_participant ON audit_log(participant_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

INSERT INTO code_tables(name) VALUES ('income_source'), ('occupation'), ('education'),
    ('public_support_time'), ('exit_reason');

-- Default lists from sus-export.md. Codes are stable; labels are the team's to rename.
INSERT INTO codes(code_table, code, label, label_en, report_group, sort_order) VALUES
    ('income_source', 'sjukpenning', 'Sjukpenning/rehabiliteringspenning', 'Sickness/rehabilitation benefit', 'public_health', 1),
    ('income_source', 'aktivitetsersattning', 'Aktivitetsersättning', 'Activity compensation', 'public_health', 2),
    ('income_source', 'sjukersattning', 'Sjukersättning', 'Sickness compensation', 'public_health', 3),
    ('income_source', 'a_kassa', 'Arbetslöshetsersättning (a-kassa)', 'Unemployment benefit', 'public_labour', 4),
    ('income_source', 'aktivitetsstod', 'Aktivitetsstöd/utvecklingsersättning', 'Activity support/development allowance', 'public_labour', 5),
    ('income_source', 'etableringsersattning', 'Etableringsersättning', 'Establishment allowance', 'public_labour', 6),
    ('income_source', 'forsorjningsstod', 'Försörjningsstöd', 'Social assistance', 'public_welfare', 7),
    ('income_source', 'lon', 'Lön', 'Salary', 'other', 8),
    ('income_source', 'studiemedel', 'Studiemedel', 'Student finance', 'other', 9),
    ('income_source', 'annan', 'Annan', 'Other', 'other', 10),
    ('income_source', 'ingen', 'Ingen', 'None', 'other', 11),
    ('income_source', 'okand', 'Okänd', 'Unknown', 'unknown', 12),
    ('occupation', 'forvarvsarbete', 'Förvärvsarbete', 'Gainful employment', 'work', 1),
    ('occupation', 'arbete_med_stod', 'Arbete med stöd (subventionerat)', 'Subsidised employment', 'work', 2),
    ('occupation', 'studier', 'Studier', 'Studies', 'studies', 3),
    ('occupation', 'arbetssokande', 'Aktivt arbetssökande', 'Actively seeking work', 'seeking', 4),
    ('occupation', 'rehabilitering', 'Arbetslivsinriktad rehabilitering', 'Work-oriented rehabilitation', 'other', 5),
    ('occupation', 'annan_insats', 'Annan insats', 'Other programme', 'other', 6),
    ('occupation', 'sjukskriven', 'Sjukskriven', 'On sick leave', 'other', 7),
    ('occupation', 'ingen', 'Ingen sysselsättning', 'No occupation', 'other', 8),
    ('occupation', 'okand', 'Okänd', 'Unknown', 'unknown', 9),
    ('education', 'forgymnasial_kort', 'Förgymnasial kortare än 9 år', 'Primary, less than 9 years', '', 1),
    ('education', 'forgymnasial', 'Förgymnasial 9 (10) år', 'Primary, 9 (10) years', '', 2),
    ('education', 'gymnasial', 'Gymnasial', 'Upper secondary', '', 3),
    ('education', 'eftergymnasial_kort', 'Eftergymnasial kortare än 3 år', 'Post-secondary, less than 3 years', '', 4),
    ('education', 'eftergymnasial', 'Eftergymnasial 3 år eller längre', 'Post-secondary, 3 years or more', '', 5),
    ('education', 'forskarutbildning', 'Forskarutbildning', 'Doctoral studies', '', 6),
    ('education', 'okand', 'Okänd', 'Unknown', 'unknown', 7),
    ('public_support_time', 'under_1', 'Mindre än 1 år', 'Less than 1 year', '', 1),
    ('public_support_time', 'ar_1_2', '1-2 år', '1-2 years', '', 2),
    ('public_support_time', 'ar_2_5', '2-5 år', '2-5 years', '', 3),
    ('public_support_time', 'over_5', 'Mer än 5 år', 'More than 5 years', '', 4),
    ('public_support_time', 'okand', 'Okänd', 'Unknown', 'unknown', 5),
    ('exit_reason', 'arbete', 'Arbete', 'Work', 'work_or_studies', 1),
    ('exit_reason', 'studier', 'Studier', 'Studies', 'work_or_studies', 2),
    ('exit_reason', 'rehab_af', 'Arbetslivsinriktad rehabilitering / Af', 'Work-oriented rehabilitation / Af', 'onward', 3),
    ('exit_reason', 'forstarkt_samarbete', 'Förstärkt samarbete FK/Af', 'FK/Af enhanced cooperation', 'onward', 4),
    ('exit_reason', 'annan_insats', 'Annan insats', 'Other programme', 'onward', 5),
    ('exit_reason', 'ater_remittent', 'Åter till remitterande part', 'Back to the referring party', 'other', 6),
    ('exit_reason', 'flytt', 'Flytt', 'Moved', 'other', 7),
    ('exit_reason', 'avbrott', 'Avbrott på egen begäran', 'Ended at own request', 'other', 8),
    ('exit_reason', 'sjukdom', 'Sjukdom', 'Illness', 'other', 9),
    ('exit_reason', 'avliden', 'Avliden', 'Deceased', 'other', 10),
    ('exit_reason', 'felregistrering', 'Felregistrering', 'Registered in error', 'error', 11),
    ('exit_reason', 'annat', 'Annat', 'Other', 'other', 12);

PRAGMA application_id = 1398893907;
