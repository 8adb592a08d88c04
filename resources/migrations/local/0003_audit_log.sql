-- SPDX-License-Identifier: GPL-3.0-or-later
-- The tamper-evident audit log (core/audit): this device's signing identity, the hash-chained
-- records and the signed checkpoints. Records refer to people and objects by id only.

-- This database's device: a UUID and an Ed25519 key pair. The secret key is stored as
-- nonce ‖ crypto_secretbox(secret key) under a subkey of the database key ("DEVICEKY"). One row.
CREATE TABLE device_identity (
    singleton  INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    id         TEXT NOT NULL UNIQUE,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    secret_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- The identity is fixed once made; only the wrapping of its secret key may change (database rekey).
CREATE TRIGGER device_identity_no_delete BEFORE DELETE ON device_identity
BEGIN
    SELECT RAISE(ABORT, 'device_identity cannot be deleted');
END;

CREATE TRIGGER device_identity_fixed BEFORE UPDATE OF singleton, id, public_key, created_at
    ON device_identity
BEGIN
    SELECT RAISE(ABORT, 'device_identity is fixed');
END;

-- One row per audited event. hash = BLAKE2b-256(prev_hash ‖ canonical record), see
-- core/audit/AuditLog.h; prev_hash of record 1 is 32 zero bytes. seq runs 1, 2, 3, … without gaps.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY NOT NULL,
    recorded_at TEXT NOT NULL,  -- UTC, ISO 8601 with milliseconds and 'Z'
    device_id   TEXT NOT NULL,
    account     TEXT NOT NULL,  -- staff login; empty when unknown
    event       TEXT NOT NULL,  -- stable code (core/audit/AuditEvent.h)
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,  -- an id, never a name or a My Number
    purpose     TEXT NOT NULL,  -- purpose or reason where one is asked for; the kind of a search
    outcome     TEXT NOT NULL,  -- success, failure, denied
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);

CREATE INDEX audit_log_account ON audit_log (account, seq);
CREATE INDEX audit_log_object ON audit_log (object_id, seq);
CREATE INDEX audit_log_event ON audit_log (event, seq);
CREATE INDEX audit_log_recorded_at ON audit_log (recorded_at);

-- Append-only: records are only ever added, each as the next number.
CREATE TRIGGER audit_log_next_seq BEFORE INSERT ON audit_log
    WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'audit_log records are numbered without gaps');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- A checkpoint seals the chain up to record seq: the device signs (seq, head hash, device id,
-- signed_at) with its Ed25519 key. Written every N records and at sign-out.
CREATE TABLE audit_checkpoint (
    seq       INTEGER PRIMARY KEY NOT NULL,  -- the last record it covers
    head_hash BLOB NOT NULL,                 -- that record's hash
    device_id TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signature BLOB NOT NULL
);

CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoint is append-only');
END;

CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoint is append-only');
END;
