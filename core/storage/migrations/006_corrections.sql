-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 6: corrections of recorded facts (a remissgrupp decision, an exit). The
-- corrected row is updated in place; this table keeps what it said before, why it was
-- corrected, by whom and when, so reports use the corrected value while the history stays.
-- Nothing here refers to tables newer than 003 (005 belongs to another change).
-- Same statement format as 001 (Migrator::splitStatements).

CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    subject        TEXT NOT NULL CHECK (subject IN ('exit', 'exit_undo', 'decision')),
    enrollment_id  INTEGER REFERENCES enrollments(id) ON DELETE CASCADE,
    assessment_id  INTEGER REFERENCES referral_assessments(id) ON DELETE CASCADE,
    corrected_at   TEXT NOT NULL CHECK (length(corrected_at) BETWEEN 10 AND 40),
    corrected_by   TEXT NOT NULL DEFAULT '' CHECK (length(corrected_by) <= 200),
    reason         TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    changed        TEXT NOT NULL CHECK (length(changed) BETWEEN 1 AND 2000),
    old_value      TEXT NOT NULL CHECK (length(old_value) BETWEEN 2 AND 20000),
    CHECK ((subject = 'decision') = (assessment_id IS NOT NULL)),
    CHECK ((subject = 'decision') = (enrollment_id IS NULL))
);
CREATE INDEX corrections_participant ON corrections(participant_id, corrected_at);
CREATE INDEX corrections_enrollment ON corrections(enrollment_id);
CREATE INDEX corrections_assessment ON corrections(assessment_id);

-- A correction is itself a record: it is never rewritten (a wrong correction is corrected again).
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections
BEGIN
    SELECT RAISE(ABORT, 'a recorded correction is kept unchanged');
END;
