-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 2: referrals, consents, consultations, remissgrupp meetings with their
-- agendas and decisions, and the waiting list (domain.md, the participant's path 1-2).
-- Same statement format as 001 (Migrator::splitStatements).

-- Referral (aktualisering / remiss / intresseförfrågan). Attachments are listed by name
-- only: the documents stay with the parties. Status: received -> on_agenda -> decided,
-- or postponed (comes back on the next agenda), or withdrawn.
CREATE TABLE referrals (
    id                  INTEGER PRIMARY KEY,
    participant_id      INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    received_on         TEXT NOT NULL CHECK (date(received_on, '+0 days') = received_on),
    referring_party_id  INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
    handler_name        TEXT NOT NULL DEFAULT '' CHECK (length(handler_name) <= 100),
    handler_phone       TEXT NOT NULL DEFAULT '' CHECK (length(handler_phone) <= 40),
    handler_email       TEXT NOT NULL DEFAULT '' CHECK (length(handler_email) <= 200),
    reason              TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 8000),
    tried_already       TEXT NOT NULL DEFAULT '' CHECK (length(tried_already) <= 8000),
    own_wish            TEXT NOT NULL DEFAULT '' CHECK (length(own_wish) <= 8000),
    income_table        TEXT NOT NULL DEFAULT 'income_source' CHECK (income_table = 'income_source'),
    income_code         TEXT,
    occupation_table    TEXT NOT NULL DEFAULT 'occupation' CHECK (occupation_table = 'occupation'),
    occupation_code     TEXT,
    current_contacts    TEXT NOT NULL DEFAULT '' CHECK (length(current_contacts) <= 4000),
    programme_id        INTEGER REFERENCES programmes(id) ON DELETE RESTRICT,
    status              TEXT NOT NULL DEFAULT 'received'
                        CHECK (status IN ('received', 'on_agenda', 'postponed', 'decided', 'withdrawn')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    FOREIGN KEY (income_table, income_code) REFERENCES codes(code_table, code),
    FOREIGN KEY (occupation_table, occupation_code) REFERENCES codes(code_table, code)
);
CREATE INDEX referrals_participant ON referrals(participant_id);
CREATE INDEX referrals_status ON referrals(status, received_on);
CREATE INDEX referrals_party ON referrals(referring_party_id, received_on);

CREATE TABLE referral_attachments (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    UNIQUE (referral_id, position)
);

-- Consent (samtycke): specific (parties, purpose), dated, time-limited, withdrawable.
-- Oral consent must say who recorded it.
CREATE TABLE consents (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL CHECK (purpose IN ('information_exchange', 'sip', 'follow_up_registration')),
    given_on       TEXT NOT NULL CHECK (date(given_on, '+0 days') = given_on),
    form           TEXT NOT NULL CHECK (form IN ('written', 'oral')),
    recorded_by    INTEGER REFERENCES members(id) ON DELETE RESTRICT,
    valid_until    TEXT NOT NULL CHECK (date(valid_until, '+0 days') = valid_until AND valid_until >= given_on),
    withdrawn_on   TEXT CHECK (withdrawn_on IS NULL OR (date(withdrawn_on, '+0 days') = withdrawn_on AND withdrawn_on >= given_on)),
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (form = 'written' OR recorded_by IS NOT NULL)
);
CREATE INDEX consents_participant ON consents(participant_id, purpose);

CREATE TABLE consent_parties (
    consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    party_id   INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
    PRIMARY KEY (consent_id, party_id)
) WITHOUT ROWID;

-- A recurring series of meetings (every N weeks on a weekday for a season), created ahead.
CREATE TABLE meeting_series (
    id             INTEGER PRIMARY KEY,
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    interval_weeks INTEGER NOT NULL CHECK (interval_weeks BETWEEN 1 AND 12),
    first_date     TEXT NOT NULL CHECK (date(first_date, '+0 days') = first_date),
    last_date      TEXT NOT NULL CHECK (date(last_date, '+0 days') = last_date AND last_date >= first_date),
    created_at     TEXT NOT NULL
);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    meeting_date TEXT NOT NULL CHECK (date(meeting_date, '+0 days') = meeting_date),
    start_time   TEXT NOT NULL CHECK (length(start_time) = 5 AND time(start_time || ':00') = start_time || ':00'),
    place        TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    chair_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    series_id    INTEGER REFERENCES meeting_series(id) ON DELETE SET NULL,
    notes        TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 8000),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (meeting_date, start_time)
);
CREATE INDEX meetings_series ON meetings(series_id);

CREATE TABLE meeting_attendees (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    member_id          INTEGER REFERENCES members(id) ON DELETE RESTRICT,
    guest_name         TEXT NOT NULL DEFAULT '' CHECK (length(guest_name) <= 100),
    guest_organisation TEXT NOT NULL DEFAULT '' CHECK (length(guest_organisation) <= 100),
    CHECK ((member_id IS NOT NULL AND guest_name = '' AND guest_organisation = '')
           OR (member_id IS NULL AND length(trim(guest_name)) >= 1))
);
CREATE UNIQUE INDEX meeting_attendees_member ON meeting_attendees(meeting_id, member_id) WHERE member_id IS NOT NULL;

-- Consultation (konsultation): advice on a case, recorded without the person.
CREATE TABLE consultations (
    id           INTEGER PRIMARY KEY,
    held_on      TEXT NOT NULL CHECK (date(held_on, '+0 days') = held_on),
    party_id     INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
    handler_name TEXT NOT NULL DEFAULT '' CHECK (length(handler_name) <= 100),
    question     TEXT NOT NULL CHECK (length(trim(question)) BETWEEN 1 AND 8000),
    advice       TEXT NOT NULL DEFAULT '' CHECK (length(advice) <= 8000),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX consultations_date ON consultations(held_on);

CREATE TABLE agenda_items (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('new_referral', 'postponed_referral', 'consultation', 'follow_up', 'other')),
    position        INTEGER NOT NULL CHECK (position >= 0),
    referral_id     INTEGER REFERENCES referrals(id) ON DELETE CASCADE,
    consultation_id INTEGER REFERENCES consultations(id) ON DELETE SET NULL,
    participant_id  INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    text            TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 4000),
    CHECK ((kind IN ('new_referral', 'postponed_referral')) = (referral_id IS NOT NULL)),
    CHECK (kind = 'consultation' OR consultation_id IS NULL),
    CHECK (kind = 'follow_up' OR participant_id IS NULL)
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE UNIQUE INDEX agenda_items_referral ON agenda_items(meeting_id, referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX agenda_items_by_referral ON agenda_items(referral_id);

-- The meeting's assessment of one referral item: three questions (KRUS) and the decision.
-- Answers and decision may be missing while the meeting is running.
CREATE TABLE referral_assessments (
    id                  INTEGER PRIMARY KEY,
    agenda_item_id      INTEGER NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE,
    referral_id         INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    tried_own           TEXT CHECK (tried_own IN ('yes', 'no', 'unclear')),
    tried_own_comment   TEXT NOT NULL DEFAULT '' CHECK (length(tried_own_comment) <= 2000),
    can_approach        TEXT CHECK (can_approach IN ('yes', 'no', 'unclear')),
    can_approach_comment TEXT NOT NULL DEFAULT '' CHECK (length(can_approach_comment) <= 2000),
    wants               TEXT CHECK (wants IN ('yes', 'no', 'unclear')),
    wants_comment       TEXT NOT NULL DEFAULT '' CHECK (length(wants_comment) <= 2000),
    decision            TEXT CHECK (decision IN ('offer', 'waiting_list', 'decline', 'postpone')),
    decided_on          TEXT CHECK (decided_on IS NULL OR date(decided_on, '+0 days') = decided_on),
    programme_id        INTEGER REFERENCES programmes(id) ON DELETE RESTRICT,
    coordinator_id      INTEGER REFERENCES members(id) ON DELETE RESTRICT,
    planned_start       TEXT CHECK (planned_start IS NULL OR date(planned_start, '+0 days') = planned_start),
    recommendation      TEXT NOT NULL DEFAULT '' CHECK (length(recommendation) <= 4000),
    missing             TEXT NOT NULL DEFAULT '' CHECK (length(missing) <= 4000),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK ((decision IS NULL) = (decided_on IS NULL)),
    CHECK ((coalesce(decision, '') IN ('offer', 'waiting_list')) = (programme_id IS NOT NULL)),
    CHECK ((decision IS 'offer') = (coordinator_id IS NOT NULL)),
    CHECK ((decision IS 'offer') = (planned_start IS NOT NULL)),
    CHECK (decision IS NOT 'decline' OR length(trim(recommendation)) >= 1),
    CHECK (decision IS NOT 'postpone' OR length(trim(missing)) >= 1)
);
CREATE INDEX referral_assessments_referral ON referral_assessments(referral_id);
CREATE INDEX referral_assessments_offers ON referral_assessments(decision, programme_id, planned_start);

-- Waiting list (förgrupp): ordered by the date of the decision unless moved with a reason.
CREATE TABLE waiting_list (
    id                INTEGER PRIMARY KEY,
    programme_id      INTEGER NOT NULL REFERENCES programmes(id) ON DELETE RESTRICT,
    participant_id    INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    assessment_id     INTEGER REFERENCES referral_assessments(id) ON DELETE SET NULL,
    since             TEXT NOT NULL CHECK (date(since, '+0 days') = since),
    position_override INTEGER CHECK (position_override IS NULL OR position_override >= 1),
    override_reason   TEXT NOT NULL DEFAULT '' CHECK (length(override_reason) <= 1000),
    left_on           TEXT CHECK (left_on IS NULL OR (date(left_on, '+0 days') = left_on AND left_on >= since)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (position_override IS NULL OR length(trim(override_reason)) >= 1)
);
CREATE UNIQUE INDEX waiting_list_open ON waiting_list(programme_id, participant_id) WHERE left_on IS NULL;
CREATE INDEX waiting_list_participant ON waiting_list(participant_id);
