-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 5: gallring (retention). Before a participant is deleted for good, what the
-- period report counts about them is added here as anonymous monthly counts, so reports of
-- old periods keep their totals. Keys are party or programme ids and codes only, never
-- anything about the person (the CHECK on key allows lower-case letters, digits and '_').
-- Same statement format as 001 (Migrator::splitStatements).

-- measure: referrals (key: referring party id), decisions (key: decision code), starts (key:
-- programme id), exits (key: exit reason code), readier (key: yes, no, unanswered; exits not
-- registered in error). month: the month of the counted date.
CREATE TABLE retained_counts (
    month   TEXT NOT NULL CHECK (length(month) = 7 AND date(month || '-01', '+0 days') = month || '-01'),
    measure TEXT NOT NULL CHECK (measure IN ('referrals', 'decisions', 'starts', 'exits', 'readier')),
    key     TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 40 AND key NOT GLOB '*[^a-z0-9_]*'),
    count   INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (month, measure, key)
) WITHOUT ROWID;
CREATE INDEX retained_counts_measure ON retained_counts(measure, month);

-- One row per gallring: when, for which day, under which retention period, how many people.
CREATE TABLE gallring_runs (
    id              INTEGER PRIMARY KEY,
    run_at          TEXT NOT NULL CHECK (length(run_at) BETWEEN 10 AND 40),
    on_date         TEXT NOT NULL CHECK (date(on_date, '+0 days') = on_date),
    deleted_count   INTEGER NOT NULL CHECK (deleted_count >= 1),
    retention_years INTEGER NOT NULL CHECK (retention_years BETWEEN 1 AND 100),
    done_by         INTEGER REFERENCES members(id) ON DELETE SET NULL
);
