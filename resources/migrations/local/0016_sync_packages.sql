-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync by file (core/sync/SyncPackage, issue #7 item 8).

-- The office's package keys (public halves only), received at enrolment and at every online
-- sync (madoguchi.package_office_key()): packages are sealed to box_public, replies must carry
-- a signature by sign_public of the key they name.
CREATE TABLE sync_office_key (
    key_id      TEXT PRIMARY KEY NOT NULL,
    sign_public BLOB NOT NULL CHECK (length(sign_public) = 32),
    box_public  BLOB NOT NULL CHECK (length(box_public) = 32),
    received_at TEXT NOT NULL
) WITHOUT ROWID;

-- The last package written (its sequence numbers start at 1) and the newest package whose reply
-- was read: a reply to that package or an older one changes nothing.
CREATE TABLE sync_package_state (
    singleton        INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    last_package_seq INTEGER NOT NULL DEFAULT 0,
    last_package_at  TEXT,
    last_reply_seq   INTEGER NOT NULL DEFAULT 0,
    last_reply_at    TEXT
) WITHOUT ROWID;

INSERT INTO sync_package_state (singleton) VALUES (1);
