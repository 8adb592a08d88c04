-- SPDX-License-Identifier: GPL-3.0-or-later
-- Certificate-issuing keys (core/certificate/IssuingKeys): the city's Ed25519 keys that sign the
-- QR codes on certificates, every generation, so certificates signed before a rotation still
-- verify; and the device certificate with which an outreach device signs under its own key.

-- Public halves: synced (journaled), one row per generation. key_id is the hex of the first
-- 8 bytes of BLAKE2b-128(public_key). retired_on is the Japanese day a newer key replaced it.
CREATE TABLE issuing_key (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL,
    key_id     TEXT NOT NULL UNIQUE CHECK (length(key_id) = 16),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_on TEXT NOT NULL,   -- ISO date (Japan)
    created_at TEXT NOT NULL,   -- UTC, ISO 8601 with milliseconds
    retired_on TEXT,            -- ISO date (Japan); NULL while current
    created_by TEXT NOT NULL    -- staff account id; empty for a key imported from a key file
);

-- At most one current key.
CREATE UNIQUE INDEX issuing_key_one_current ON issuing_key ((1)) WHERE retired_on IS NULL;

-- A key's public half and birth never change; only its retirement is written, once.
CREATE TRIGGER issuing_key_fixed BEFORE UPDATE OF id, key_id, public_key, created_on, created_at,
    created_by ON issuing_key
BEGIN
    SELECT RAISE(ABORT, 'issuing_key is fixed');
END;

CREATE TRIGGER issuing_key_no_delete BEFORE DELETE ON issuing_key
BEGIN
    SELECT RAISE(ABORT, 'issuing_key cannot be deleted');
END;

-- Secret halves, only on the device that made them; never journaled. Stored as
-- nonce ‖ crypto_secretbox_easy(secret key) under Database::subkey("ISSUINGK"), so they share
-- the protection of the key-slot file like the device's own key.
CREATE TABLE issuing_key_secret (
    key_id     TEXT PRIMARY KEY NOT NULL REFERENCES issuing_key (key_id),
    secret_key BLOB NOT NULL
);

-- This device's certificate from a city key (outreach devices; certificate/CertificatePayload.h
-- DeviceCertificate, 125 bytes). Replaced when the device is certified again. One row.
CREATE TABLE device_certificate (
    singleton   INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    device_id   TEXT NOT NULL,
    certificate BLOB NOT NULL CHECK (length(certificate) = 125),
    valid_to    TEXT NOT NULL,  -- ISO date, for listing
    stored_at   TEXT NOT NULL
);
