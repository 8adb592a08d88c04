-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync with the central PostgreSQL store (core/sync, DESIGN.md "Sync").

-- This device's enrolment: its central role and the role's password, sealed as
-- nonce ‖ crypto_secretbox(password) under the subkey "SYNCCRED" (like the device key), and the
-- central server's address without user or password.
CREATE TABLE sync_enrolment (
    singleton       INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    device_id       TEXT NOT NULL,
    device_name     TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('counter', 'outreach')),
    central_url     TEXT NOT NULL,
    role_name       TEXT NOT NULL,
    sealed_password BLOB NOT NULL,
    enrolled_at     TEXT NOT NULL
) WITHOUT ROWID;

-- The pull cursor: the (commit_xid, central_seq) of the last central change applied here.
CREATE TABLE sync_state (
    singleton     INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    pull_xid      INTEGER NOT NULL DEFAULT 0,
    pull_seq      INTEGER NOT NULL DEFAULT 0,
    last_push_at  TEXT,
    last_pull_at  TEXT
) WITHOUT ROWID;

INSERT INTO sync_state (singleton) VALUES (1);

-- Pulled changes that could not be applied: reason 'version' when the local row is not at the
-- change's base version (a conflict for a person to resolve), 'not_applicable' when the change
-- names an unknown table or column, or the row breaks a local constraint. The conflict UI and
-- the merge rules are later work of issue #7; nothing pulled is ever dropped silently.
CREATE TABLE sync_conflict (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id     TEXT NOT NULL UNIQUE,
    central_seq   INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    operation     TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    version       INTEGER NOT NULL,
    base_version  INTEGER NOT NULL,
    local_version INTEGER,
    payload       TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason IN ('version', 'not_applicable')),
    received_at   TEXT NOT NULL,
    resolved_at   TEXT
);

CREATE INDEX sync_conflict_open ON sync_conflict (id) WHERE resolved_at IS NULL;
