-- SPDX-License-Identifier: GPL-3.0-or-later
-- Application intake (申請受付): applications with their status history, the number blocks that
-- application numbers come from, and autosaved form drafts. Procedure kinds themselves are data
-- (resources/procedures/procedures.json), so procedure_code is not a foreign key.

-- Ranges of numbers this device may hand out. A block is leased either locally (a standalone
-- device) or from the central store (sync); numbers are taken in order and never reused. The
-- application number people read is prefix + next_number padded to digits.
CREATE TABLE number_block (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL,
    kind         TEXT NOT NULL,             -- what the numbers are for, e.g. "application"
    prefix       TEXT NOT NULL,
    digits       INTEGER NOT NULL CHECK (digits BETWEEN 1 AND 12),
    range_first  INTEGER NOT NULL CHECK (range_first >= 1),
    range_last   INTEGER NOT NULL,
    next_number  INTEGER NOT NULL,          -- range_last + 1 once the block is used up
    origin       TEXT NOT NULL CHECK (origin IN ('local', 'central')),
    leased_at    TEXT NOT NULL,
    CHECK (range_last >= range_first),
    CHECK (next_number BETWEEN range_first AND range_last + 1),
    UNIQUE (kind, prefix, range_first)
);

CREATE INDEX number_block_open ON number_block (kind, origin, next_number, range_last);

-- Numbers only move forward.
CREATE TRIGGER number_block_forward BEFORE UPDATE OF next_number ON number_block
    WHEN NEW.next_number < OLD.next_number
BEGIN
    SELECT RAISE(ABORT, 'number_block numbers are never handed out twice');
END;

CREATE TRIGGER number_block_fixed_range BEFORE UPDATE OF kind, prefix, digits, range_first,
    range_last, origin ON number_block
BEGIN
    SELECT RAISE(ABORT, 'number_block ranges are fixed once leased');
END;

CREATE TABLE application (
    id                       TEXT PRIMARY KEY NOT NULL,
    version                  INTEGER NOT NULL,
    application_number       TEXT NOT NULL UNIQUE,
    procedure_code           TEXT NOT NULL,
    person_id                TEXT NOT NULL REFERENCES person (id),
    -- 代理人: a registered person, or a note (name and relationship) when not registered.
    representative_person_id TEXT REFERENCES person (id),
    representative_note      TEXT,
    received_on              TEXT NOT NULL,  -- 受付日, ISO date
    channel                  TEXT NOT NULL CHECK (channel IN ('counter', 'mail', 'outreach')),
    received_by              TEXT NOT NULL REFERENCES staff_account (id),
    status                   TEXT NOT NULL CHECK (status IN ('received', 'reviewing',
                                 'awaiting_decision', 'decided', 'rejected', 'withdrawn')),
    fields                   TEXT NOT NULL,  -- JSON object: field code → value
    attachments              TEXT NOT NULL,  -- JSON array: {code, received} per checklist item
    ledger_scope             TEXT NOT NULL CHECK (ledger_scope IN ('welfare_service',
                                 'medical_rehabilitation', 'medical_psychiatric', 'devices')),
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

CREATE INDEX application_person ON application (person_id, received_on);
CREATE INDEX application_status ON application (ledger_scope, status, received_on);

-- Every status an application went through, the first one (received) included.
CREATE TABLE application_status_history (
    id             TEXT PRIMARY KEY NOT NULL,
    version        INTEGER NOT NULL,
    application_id TEXT NOT NULL REFERENCES application (id),
    from_status    TEXT,                     -- NULL for the first entry
    to_status      TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    changed_by     TEXT NOT NULL REFERENCES staff_account (id)
);

CREATE INDEX application_status_history_application
    ON application_status_history (application_id, changed_at);

CREATE TRIGGER application_status_history_no_update BEFORE UPDATE ON application_status_history
BEGIN
    SELECT RAISE(ABORT, 'application_status_history is append-only');
END;

CREATE TRIGGER application_status_history_no_delete BEFORE DELETE ON application_status_history
BEGIN
    SELECT RAISE(ABORT, 'application_status_history is append-only');
END;

-- Autosaved intake forms, per staff account. Device-local scratch state: not journaled, never
-- synced, kept only in this encrypted database (never in temp files), removed on submit or discard.
CREATE TABLE intake_draft (
    id               TEXT PRIMARY KEY NOT NULL,
    version          INTEGER NOT NULL,
    staff_account_id TEXT NOT NULL REFERENCES staff_account (id),
    procedure_code   TEXT NOT NULL,
    form             TEXT NOT NULL,          -- JSON object, as the form holds it
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE INDEX intake_draft_account ON intake_draft (staff_account_id, updated_at);
