-- SPDX-License-Identifier: GPL-3.0-or-later
-- The certificate print queue (core/certificate/CertificateService): every recipient certificate
-- (受給者証, 上限額管理票, 補装具費支給券) issued, with the facts it certifies as they were when it
-- was requested, the signed code printed as its QR code, and where it is:
--   requested → printed → handed_over | mailed;  any → void (再交付 or cancellation).
-- Journaled rows (store::Repository): they sync like the ledger.

CREATE TABLE certificate (
    id               TEXT PRIMARY KEY NOT NULL,
    version          INTEGER NOT NULL,
    ledger           TEXT NOT NULL CHECK (ledger IN ('welfare_service', 'medical_rehabilitation',
                         'medical_psychiatric', 'devices')),
    person_id        TEXT NOT NULL REFERENCES person (id),
    kind             TEXT NOT NULL,            -- certificate::kindCode (welfare_service, …)
    decision_id      TEXT NOT NULL REFERENCES decision (id),
    recipient_number TEXT NOT NULL CHECK (length(recipient_number) BETWEEN 1 AND 16 AND
                         recipient_number NOT GLOB '*[^0-9]*'),
    issue_number     INTEGER NOT NULL CHECK (issue_number >= 1),
    reissue          INTEGER NOT NULL DEFAULT 0 CHECK (reissue BETWEEN 0 AND 255),
    reissue_of       TEXT REFERENCES certificate (id),
    reissue_reason   TEXT,
    valid_from       TEXT NOT NULL,            -- ISO dates, inclusive
    valid_to         TEXT NOT NULL,
    monthly_cap      INTEGER,                  -- 負担上限月額 in yen; NULL where none applies
    issued_on        TEXT NOT NULL,            -- 交付年月日 (Japan)
    payload          TEXT NOT NULL DEFAULT '', -- the signed code (MDG1:…), set once
    state            TEXT NOT NULL CHECK (state IN ('requested', 'printed', 'handed_over',
                         'mailed', 'void')),
    requested_at     TEXT NOT NULL,
    requested_by     TEXT NOT NULL,            -- staff account id
    printed_at       TEXT,
    printed_by       TEXT,
    print_count      INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
    handed_over_at   TEXT,                     -- handed over or mailed
    handed_over_by   TEXT,
    voided_at        TEXT,
    voided_by        TEXT,
    void_reason      TEXT,
    replaced_by      TEXT REFERENCES certificate (id),
    UNIQUE (ledger, recipient_number, kind, issue_number),
    CHECK (valid_from <= valid_to),
    CHECK (reissue = 0 OR (reissue_of IS NOT NULL AND reissue_reason IS NOT NULL)),
    CHECK (state <> 'void' OR (voided_at IS NOT NULL AND void_reason IS NOT NULL
                               AND void_reason <> '')),
    CHECK (state NOT IN ('printed', 'handed_over', 'mailed') OR printed_at IS NOT NULL),
    CHECK (state NOT IN ('handed_over', 'mailed') OR handed_over_at IS NOT NULL)
);

CREATE INDEX certificate_person ON certificate (ledger, person_id, kind, state);
CREATE INDEX certificate_recipient ON certificate (ledger, recipient_number, kind);
CREATE INDEX certificate_state ON certificate (state, valid_to);

-- What a certificate certifies never changes (a correction is a reissue); the signed code is
-- written once, right after the row is made.
CREATE TRIGGER certificate_fixed BEFORE UPDATE ON certificate
    WHEN NEW.ledger IS NOT OLD.ledger OR NEW.person_id IS NOT OLD.person_id
        OR NEW.kind IS NOT OLD.kind OR NEW.decision_id IS NOT OLD.decision_id
        OR NEW.recipient_number IS NOT OLD.recipient_number
        OR NEW.issue_number IS NOT OLD.issue_number OR NEW.reissue IS NOT OLD.reissue
        OR NEW.reissue_of IS NOT OLD.reissue_of OR NEW.valid_from IS NOT OLD.valid_from
        OR NEW.valid_to IS NOT OLD.valid_to OR NEW.monthly_cap IS NOT OLD.monthly_cap
        OR NEW.issued_on IS NOT OLD.issued_on OR NEW.requested_at IS NOT OLD.requested_at
        OR NEW.requested_by IS NOT OLD.requested_by
        OR (OLD.payload <> '' AND NEW.payload IS NOT OLD.payload)
BEGIN
    SELECT RAISE(ABORT, 'what a certificate certifies cannot be changed');
END;

-- A void certificate stays void and changes no more (only the reissue that replaced it is named).
CREATE TRIGGER certificate_void_final BEFORE UPDATE ON certificate
    WHEN OLD.state = 'void' AND (NEW.state <> 'void' OR NEW.voided_at IS NOT OLD.voided_at
        OR NEW.voided_by IS NOT OLD.voided_by OR NEW.void_reason IS NOT OLD.void_reason
        OR NEW.print_count IS NOT OLD.print_count
        OR (OLD.replaced_by IS NOT NULL AND NEW.replaced_by IS NOT OLD.replaced_by))
BEGIN
    SELECT RAISE(ABORT, 'a void certificate cannot be changed');
END;

CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
BEGIN
    SELECT RAISE(ABORT, 'certificate rows are never deleted');
END;
