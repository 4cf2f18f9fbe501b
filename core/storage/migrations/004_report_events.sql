-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 4: what happened to a participant on the way (started studies, an
-- internship, help with housing, ...), tagged with a team-editable category, so the outcome
-- table of the reports (like Vinka IN's two-year report) can count individuals per event.
-- Same statement format as 001 (Migrator::splitStatements).

INSERT INTO code_tables(name) VALUES ('event_category');

-- Codes are stable; labels are the team's to rename, and a team may add its own rows.
-- report_group groups the categories for the reports ('work', 'studies', 'activity', 'support', 'care').
INSERT INTO codes(code_table, code, label, label_en, report_group, sort_order) VALUES
    ('event_category', 'studier', 'Påbörjat studier', 'Started studies', 'studies', 1),
    ('event_category', 'praktik', 'Påbörjat praktik hos kommun eller näringsliv', 'Started an internship', 'activity', 2),
    ('event_category', 'daglig_verksamhet', 'Påbörjat daglig verksamhet', 'Started daily activity', 'activity', 3),
    ('event_category', 'lonearbete', 'Påbörjat lönearbete', 'Started paid work', 'work', 4),
    ('event_category', 'lonearbete_stod', 'Påbörjat lönearbete med stöd', 'Started paid work with a subsidy', 'work', 5),
    ('event_category', 'ny_forsorjning', 'Beviljats ny försörjning', 'New income source granted', 'support', 6),
    ('event_category', 'lss', 'Beviljats LSS', 'LSS support granted', 'support', 7),
    ('event_category', 'bryta_isolering', 'Fått hjälp att bryta isolering', 'Help to break isolation', 'support', 8),
    ('event_category', 'hjalp_bostad', 'Fått hjälp till bostad', 'Help with housing', 'support', 9),
    ('event_category', 'hjalp_hemmet', 'Fått hjälp i hemmet', 'Help at home', 'support', 10),
    ('event_category', 'hjalp_vardkontakt', 'Fått hjälp till vårdkontakt', 'Help to a care contact', 'care', 11),
    ('event_category', 'behandling', 'Påbörjat behandling', 'Started treatment', 'care', 12);

-- One event of one participant on one date, optionally tied to the enrollment it happened
-- in and to the note that tells about it. The category is a composite key into codes, as
-- every code column is. The same category twice on the same day is one event.
CREATE TABLE participant_events (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    enrollment_id  INTEGER REFERENCES enrollments(id) ON DELETE SET NULL,
    category_table TEXT NOT NULL DEFAULT 'event_category' CHECK (category_table = 'event_category'),
    category_code  TEXT NOT NULL CHECK (length(category_code) BETWEEN 1 AND 40),
    event_date     TEXT NOT NULL CHECK (date(event_date, '+0 days') = event_date),
    note_id        INTEGER REFERENCES participant_notes(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL CHECK (length(created_at) BETWEEN 10 AND 40),
    UNIQUE (participant_id, category_code, event_date),
    FOREIGN KEY (category_table, category_code) REFERENCES codes(code_table, code)
);
CREATE INDEX participant_events_participant ON participant_events(participant_id, event_date);
CREATE INDEX participant_events_date ON participant_events(event_date, category_code);
CREATE INDEX participant_events_enrollment ON participant_events(enrollment_id);
CREATE INDEX participant_events_note ON participant_events(note_id);

-- A CHECK cannot look into another table: the enrollment and the note must be the same
-- participant's, or a report would count an event for the wrong person.
CREATE TRIGGER participant_events_same_person_insert BEFORE INSERT ON participant_events
WHEN (NEW.enrollment_id IS NOT NULL
      AND (SELECT participant_id FROM enrollments WHERE id = NEW.enrollment_id) IS NOT NEW.participant_id)
  OR (NEW.note_id IS NOT NULL
      AND (SELECT participant_id FROM participant_notes WHERE id = NEW.note_id) IS NOT NEW.participant_id)
BEGIN
    SELECT RAISE(ABORT, 'an event''s enrollment and note must belong to its participant');
END;

CREATE TRIGGER participant_events_same_person_update BEFORE UPDATE ON participant_events
WHEN (NEW.enrollment_id IS NOT NULL
      AND (SELECT participant_id FROM enrollments WHERE id = NEW.enrollment_id) IS NOT NEW.participant_id)
  OR (NEW.note_id IS NOT NULL
      AND (SELECT participant_id FROM participant_notes WHERE id = NEW.note_id) IS NOT NEW.participant_id)
BEGIN
    SELECT RAISE(ABORT, 'an event''s enrollment and note must belong to its participant');
END;
