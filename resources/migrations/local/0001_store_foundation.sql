-- SPDX-License-Identifier: GPL-3.0-or-later
-- The store's own tables: facts about this database, and the change journal (the sync outbox).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Every write through a repository appends one row here in the same transaction. seq is this
-- device's order of changes; base_version is the version the change was made on (conflicts).
CREATE TABLE change_journal (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id    TEXT NOT NULL UNIQUE,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    operation    TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    version      INTEGER NOT NULL CHECK (version >= 1),
    base_version INTEGER NOT NULL CHECK (base_version >= 0),
    payload      TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    pushed_at    TEXT
);

CREATE INDEX change_journal_entity ON change_journal (entity, entity_id);
CREATE INDEX change_journal_unpushed ON change_journal (seq) WHERE pushed_at IS NULL;

-- The journal is append-only: a change once recorded is only marked as pushed.
CREATE TRIGGER change_journal_no_delete BEFORE DELETE ON change_journal
BEGIN
    SELECT RAISE(ABORT, 'change_journal is append-only');
END;

CREATE TRIGGER change_journal_no_rewrite BEFORE UPDATE OF change_id, entity, entity_id, operation,
    version, base_version, payload, changed_at ON change_journal
BEGIN
    SELECT RAISE(ABORT, 'change_journal is append-only');
END;
