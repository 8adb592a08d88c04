-- SPDX-License-Identifier: GPL-3.0-or-later
-- Maker-checker approvals, and the benefit ledgers' entries (one table; the ledger column names
-- which of the four personal-information files an entry belongs to).

CREATE TABLE approval_request (
    id          TEXT PRIMARY KEY NOT NULL,
    version     INTEGER NOT NULL,
    kind        TEXT NOT NULL,          -- what is to be approved, e.g. "decision"
    scope       TEXT NOT NULL,          -- business scope code (security/Session.h)
    object_id   TEXT NOT NULL,          -- the drafted object's id
    drafted_by  TEXT NOT NULL REFERENCES staff_account (id),
    drafted_at  TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('drafted', 'approved')),
    approved_by TEXT REFERENCES staff_account (id),
    approved_at TEXT,
    CHECK (approved_by IS NULL OR approved_by <> drafted_by)
);

CREATE INDEX approval_request_object ON approval_request (object_id);

CREATE TABLE ledger_entry (
    id          TEXT PRIMARY KEY NOT NULL,
    version     INTEGER NOT NULL,
    ledger      TEXT NOT NULL CHECK (ledger IN ('welfare_service', 'medical_rehabilitation',
                                                'medical_psychiatric', 'devices')),
    person_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE INDEX ledger_entry_person ON ledger_entry (ledger, person_id);

-- Ledger entries are append-only: a correction is a new entry.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger_entry is append-only');
END;

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger_entry is append-only');
END;
