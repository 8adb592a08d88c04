-- SPDX-License-Identifier: GPL-3.0-or-later
-- Staff accounts, their roles and business scopes, sign-in state, and settings.

CREATE TABLE staff_account (
    id              TEXT PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL,
    login           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    roles           TEXT NOT NULL,  -- space-separated role codes (security/Session.h)
    scopes          TEXT NOT NULL,  -- space-separated scope codes
    state           TEXT NOT NULL CHECK (state IN ('active', 'locked', 'disabled')),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,           -- UTC ISO time; NULL when not locked for a time
    totp_secret     BLOB,           -- nonce ‖ secretbox under a subkey of the database key
    totp_last_step  INTEGER NOT NULL DEFAULT -1,  -- the last accepted step: no replay
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Settings an administrator may change (lockout threshold, idle lock, …); defaults live in code.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
