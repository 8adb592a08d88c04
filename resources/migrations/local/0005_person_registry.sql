-- SPDX-License-Identifier: GPL-3.0-or-later
-- The person registry (宛名): persons, their address history, disability handbooks, legal
-- representatives and the history of every corrected field. A change never overwrites the past:
-- addresses and representatives are closed by date, corrections append to person_history.
-- Search runs on normalized key columns with index range scans (`key >= ? AND key < ?`): the
-- SQLite under SQLCipher 3.4.1 has no FTS5, and FTS4 does not split Japanese words.

CREATE TABLE person (
    id                   TEXT PRIMARY KEY NOT NULL,
    version              INTEGER NOT NULL,
    atena_number         TEXT NOT NULL UNIQUE,      -- 宛名番号
    family_name          TEXT NOT NULL,             -- 氏 (kanji, as on the 住民票)
    given_name           TEXT NOT NULL,             -- 名
    family_kana          TEXT NOT NULL,             -- 氏 (カナ), as entered
    given_kana           TEXT NOT NULL,
    kana_key             TEXT NOT NULL,             -- family + given kana, normalized, no spaces
    given_kana_key       TEXT NOT NULL,             -- given kana alone (search by 名)
    name_key             TEXT NOT NULL,             -- family + given kanji, normalized
    given_name_key       TEXT NOT NULL,             -- given kanji alone
    birth_date           TEXT NOT NULL,             -- ISO yyyy-mm-dd
    sex                  TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    phone                TEXT,                      -- as entered
    phone_key            TEXT,                      -- digits only
    household_id         TEXT,                      -- 世帯
    relationship_to_head TEXT,                      -- 続柄, as on the 住民票 (世帯主, 妻, 子 …)
    merged_into          TEXT REFERENCES person (id), -- the surviving record after a merge
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (merged_into IS NULL OR merged_into <> id)
);

-- kana_key serves prefix search and the duplicate check (same kana + birth date).
CREATE INDEX person_kana ON person (kana_key, birth_date);
CREATE INDEX person_given_kana ON person (given_kana_key);
CREATE INDEX person_name ON person (name_key);
CREATE INDEX person_given_name ON person (given_name_key);
CREATE INDEX person_birth ON person (birth_date, kana_key);
CREATE INDEX person_phone ON person (phone_key);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX person_merged ON person (merged_into);

-- Where a person lives, with effective dates: valid_to is the last day at that address, NULL for
-- the current one.
CREATE TABLE person_address (
    id          TEXT PRIMARY KEY NOT NULL,
    version     INTEGER NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id),
    postal_code TEXT NOT NULL,                      -- 123-4567
    address     TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,                      -- staff account id
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE INDEX person_address_person ON person_address (person_id, valid_to);

-- 身体障害者手帳 (grade 1–6), 療育手帳 (A/B), 精神障害者保健福祉手帳 (grade 1–3).
CREATE TABLE handbook (
    id          TEXT PRIMARY KEY NOT NULL,
    version     INTEGER NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id),
    kind        TEXT NOT NULL CHECK (kind IN ('physical', 'intellectual', 'mental')),
    grade       TEXT NOT NULL CHECK (
                    (kind = 'physical' AND grade IN ('1', '2', '3', '4', '5', '6')) OR
                    (kind = 'intellectual' AND grade IN ('A', 'B')) OR
                    (kind = 'mental' AND grade IN ('1', '2', '3'))),
    number      TEXT NOT NULL,                      -- 手帳番号
    issued_on   TEXT NOT NULL,
    valid_until TEXT,                               -- NULL: no expiry (身体 usually)
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK (valid_until IS NULL OR valid_until >= issued_on)
);

CREATE INDEX handbook_person ON handbook (person_id);

-- 法定代理人: a registered person, or a name for someone who is not in the registry.
CREATE TABLE legal_representative (
    id                       TEXT PRIMARY KEY NOT NULL,
    version                  INTEGER NOT NULL,
    person_id                TEXT NOT NULL REFERENCES person (id),
    representative_person_id TEXT REFERENCES person (id),
    family_name              TEXT,
    given_name               TEXT,
    family_kana              TEXT,
    given_kana               TEXT,
    kind                     TEXT NOT NULL CHECK (kind IN ('parent', 'guardian', 'curator',
                                                           'assistant', 'other')),
    valid_from               TEXT NOT NULL,
    valid_to                 TEXT,
    recorded_at              TEXT NOT NULL,
    recorded_by              TEXT NOT NULL,
    CHECK (representative_person_id IS NOT NULL OR family_name IS NOT NULL),
    CHECK (representative_person_id IS NULL OR representative_person_id <> person_id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE INDEX legal_representative_person ON legal_representative (person_id);
CREATE INDEX legal_representative_representative ON legal_representative (representative_person_id);

-- Every corrected field of a person, old and new value: the person view shows it.
CREATE TABLE person_history (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person (id),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,                       -- staff account id
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);

CREATE INDEX person_history_person ON person_history (person_id, changed_at);

-- History is append-only.
CREATE TRIGGER person_history_no_update BEFORE UPDATE ON person_history
BEGIN
    SELECT RAISE(ABORT, 'person_history is append-only');
END;

CREATE TRIGGER person_history_no_delete BEFORE DELETE ON person_history
BEGIN
    SELECT RAISE(ABORT, 'person_history is append-only');
END;
