-- SPDX-License-Identifier: GPL-3.0-or-later
-- Recipients of the four benefit ledgers: the 受給者番号 (6-digit body + check digit, rules.md
-- §9) and the 受給者証番号 (10 digits) a person gets when the first granting decision of a
-- ledger is approved. Both come from number blocks (number_block kinds rcpt_<ledger> and
-- cert_<ledger>) and stay with the person in that ledger: a later grant keeps them.

CREATE TABLE recipient (
    id                 TEXT PRIMARY KEY NOT NULL,
    version            INTEGER NOT NULL,
    ledger             TEXT NOT NULL CHECK (ledger IN ('welfare_service', 'medical_rehabilitation',
                           'medical_psychiatric', 'devices')),
    person_id          TEXT NOT NULL REFERENCES person (id),
    recipient_number   TEXT NOT NULL CHECK (length(recipient_number) = 7 AND
                           recipient_number NOT GLOB '*[^0-9]*'),
    certificate_number TEXT NOT NULL CHECK (length(certificate_number) = 10 AND
                           certificate_number NOT GLOB '*[^0-9]*'),
    decision_id        TEXT NOT NULL REFERENCES decision (id), -- the grant that assigned them
    assigned_at        TEXT NOT NULL,
    assigned_by        TEXT NOT NULL REFERENCES staff_account (id),
    UNIQUE (ledger, person_id),
    UNIQUE (ledger, recipient_number),
    UNIQUE (ledger, certificate_number)
);
