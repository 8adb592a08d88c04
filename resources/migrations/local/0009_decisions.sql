-- SPDX-License-Identifier: GPL-3.0-or-later
-- Eligibility decisions (支給決定・却下・変更・取消・暫定支給決定・本支給決定). A reviewer drafts a decision
-- from an application, freezing the inputs it rests on; a different person approves it
-- (approval_request, the maker-checker primitive). Once approved a decision never changes: a
-- change or cancellation is a new decision that refers to it.

CREATE TABLE decision (
    id                  TEXT PRIMARY KEY NOT NULL,
    version             INTEGER NOT NULL,
    application_id      TEXT NOT NULL REFERENCES application (id),
    person_id           TEXT NOT NULL REFERENCES person (id),
    ledger_scope        TEXT NOT NULL CHECK (ledger_scope IN ('welfare_service',
                            'medical_rehabilitation', 'medical_psychiatric', 'devices')),
    kind                TEXT NOT NULL CHECK (kind IN ('grant', 'reject', 'change', 'cancel',
                            'provisional', 'final')),
    refers_to           TEXT REFERENCES decision (id),  -- the decision changed, cancelled, replaced
    inputs              TEXT NOT NULL,  -- JSON object: the frozen household and income figures
    rule_version        TEXT NOT NULL,
    evaluation          TEXT NOT NULL,  -- JSON object: outcome and explanation as evaluated
    valid_from          TEXT,           -- ISO date; NULL for reject and cancel
    valid_to            TEXT,
    monthly_cap         INTEGER,        -- 負担上限月額 in yen; NULL when none applies
    reason              TEXT,           -- required for reject (and cancel)
    state               TEXT NOT NULL CHECK (state IN ('draft', 'awaiting_approval', 'approved')),
    drafted_by          TEXT NOT NULL REFERENCES staff_account (id),
    drafted_at          TEXT NOT NULL,
    approval_request_id TEXT REFERENCES approval_request (id),
    approved_by         TEXT REFERENCES staff_account (id),
    approved_at         TEXT,
    ledger_entry_id     TEXT REFERENCES ledger_entry (id),
    CHECK (kind NOT IN ('change', 'cancel', 'final') OR refers_to IS NOT NULL),
    CHECK (kind <> 'reject' OR (reason IS NOT NULL AND reason <> '')),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK (approved_by IS NULL OR approved_by <> drafted_by),
    CHECK (state <> 'approved' OR (approved_by IS NOT NULL AND approved_at IS NOT NULL))
);

CREATE INDEX decision_application ON decision (application_id);
CREATE INDEX decision_person ON decision (ledger_scope, person_id, state);
CREATE INDEX decision_refers_to ON decision (refers_to);
CREATE INDEX decision_valid_to ON decision (ledger_scope, state, valid_to);

-- An approved decision is immutable: nothing of it changes, and it is never deleted.
CREATE TRIGGER decision_approved_no_update BEFORE UPDATE ON decision
    WHEN OLD.state = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved decision cannot be changed');
END;

CREATE TRIGGER decision_approved_no_delete BEFORE DELETE ON decision
    WHEN OLD.state = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved decision cannot be deleted');
END;
