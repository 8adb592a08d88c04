-- SPDX-License-Identifier: GPL-3.0-or-later
-- Outreach data minimization and synced issuing keys (issue #7; core/sync/CaseScope,
-- core/sync/IssuingKeyExchange, central migration 0005_device_functions).

-- While a row is here, core/sync/CaseScope::forgetPerson is deleting the rows of a person whose
-- case was taken back from this outreach device, inside its transaction (the row is gone again
-- when it commits): the append-only and never-delete triggers below let those deletions through
-- and nothing else. Device-local (sync_ prefix), never journaled.
CREATE TABLE sync_forgetting (
    person_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

DROP TRIGGER ledger_entry_no_delete;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
    WHEN NOT EXISTS (SELECT 1 FROM sync_forgetting WHERE person_id = OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'ledger_entry is append-only');
END;

DROP TRIGGER person_history_no_delete;
CREATE TRIGGER person_history_no_delete BEFORE DELETE ON person_history
    WHEN NOT EXISTS (SELECT 1 FROM sync_forgetting WHERE person_id = OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'person_history is append-only');
END;

DROP TRIGGER application_status_history_no_delete;
CREATE TRIGGER application_status_history_no_delete BEFORE DELETE ON application_status_history
    WHEN NOT EXISTS (SELECT 1 FROM sync_forgetting f JOIN application a
                     ON a.person_id = f.person_id WHERE a.id = OLD.application_id)
BEGIN
    SELECT RAISE(ABORT, 'application_status_history is append-only');
END;

DROP TRIGGER copay_visit_no_delete;
CREATE TRIGGER copay_visit_no_delete BEFORE DELETE ON copay_visit
    WHEN NOT EXISTS (SELECT 1 FROM sync_forgetting WHERE person_id = OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'copay_visit is append-only');
END;

DROP TRIGGER decision_approved_no_delete;
CREATE TRIGGER decision_approved_no_delete BEFORE DELETE ON decision
    WHEN OLD.state = 'approved'
         AND NOT EXISTS (SELECT 1 FROM sync_forgetting WHERE person_id = OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'an approved decision cannot be deleted');
END;

DROP TRIGGER certificate_no_delete;
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
    WHEN NOT EXISTS (SELECT 1 FROM sync_forgetting WHERE person_id = OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'certificate rows are never deleted');
END;

-- Other devices' issuing keys (public halves), received from the central store
-- (madoguchi.issuing_public_keys). CertificateVerifier trusts them beside issuing_key
-- (IssuingKeys::trustedKeys). Device-local, never journaled: each device fetches them itself.
CREATE TABLE sync_issuing_key (
    key_id          TEXT PRIMARY KEY NOT NULL CHECK (length(key_id) = 16),
    public_key      BLOB NOT NULL CHECK (length(public_key) = 32),
    scope           TEXT NOT NULL,
    valid_from      TEXT NOT NULL,   -- ISO date (Japan)
    valid_to        TEXT,            -- ISO date; NULL while current
    device_id       TEXT NOT NULL,   -- the device that made it
    central_version INTEGER NOT NULL,
    received_at     TEXT NOT NULL
) WITHOUT ROWID;

-- The highest central version of issuing_public_keys this device has read.
CREATE TABLE sync_issuing_key_state (
    singleton     INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    after_version INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO sync_issuing_key_state (singleton) VALUES (1);
