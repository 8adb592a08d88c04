-- SPDX-License-Identifier: GPL-3.0-or-later
-- The city-wide My Number key and duplicate candidates across devices (issue #7;
-- core/mynumber/CityKey, core/sync/FieldKeyExchange, core/registry/DuplicateCandidates).

-- The city-wide My Number key K as this device holds it: nonce ‖ crypto_secretbox(K) under the
-- database subkey "CITYKEY1". Device-local (a sync_ table: never journaled, never pushed, refused
-- centrally and never written by a pull). received_from: the device that granted it (this
-- device's own id when it created the key).
CREATE TABLE sync_field_key (
    key_id        TEXT PRIMARY KEY NOT NULL,
    sealed        BLOB NOT NULL CHECK (length(sealed) = 24 + 16 + 32),
    received_from TEXT NOT NULL,
    received_at   TEXT NOT NULL
) WITHOUT ROWID;

-- person_mynumber again, with two constraints that cannot hold once devices share numbers:
--  - blind_index is no longer UNIQUE: two devices that register the same person offline both
--    hold the number; after sync both rows exist side by side and become a duplicate candidate
--    for an administrator (the service still refuses a second holder on one device).
--  - recorded_by is a staff account id without a reference: a row recorded on another device
--    names that device's clerk, as person_address.recorded_by always did.
-- (SQLite 3.15 cannot drop a constraint: the table is rebuilt.)
CREATE TABLE person_mynumber_new (
    id                  TEXT PRIMARY KEY NOT NULL,
    version             INTEGER NOT NULL,
    person_id           TEXT NOT NULL UNIQUE REFERENCES person (id),
    sealed              BLOB,
    blind_index         BLOB CHECK (blind_index IS NULL OR length(blind_index) = 32),
    last4               TEXT CHECK (last4 IS NULL OR (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*')),
    source              TEXT CHECK (source IN ('counter', 'jukinet')),
    number_check        TEXT CHECK (number_check IN ('mynumber_card', 'notification_card',
                                                     'residence_certificate', 'jukinet_inquiry')),
    identity_check      TEXT,
    not_provided_reason TEXT,
    recorded_at         TEXT NOT NULL,
    recorded_by         TEXT NOT NULL,
    CHECK ((sealed IS NULL AND blind_index IS NULL AND last4 IS NULL AND source IS NULL
            AND number_check IS NULL AND identity_check IS NULL
            AND not_provided_reason IS NOT NULL AND length(not_provided_reason) > 0)
        OR (sealed IS NOT NULL AND blind_index IS NOT NULL AND last4 IS NOT NULL
            AND source IS NOT NULL AND number_check IS NOT NULL AND not_provided_reason IS NULL
            AND ((source = 'counter' AND number_check <> 'jukinet_inquiry'
                  AND identity_check IS NOT NULL)
              OR (source = 'jukinet' AND number_check = 'jukinet_inquiry'))))
);

INSERT INTO person_mynumber_new (id, version, person_id, sealed, blind_index, last4, source,
                                 number_check, identity_check, not_provided_reason, recorded_at,
                                 recorded_by)
SELECT id, version, person_id, sealed, blind_index, last4, source, number_check, identity_check,
       not_provided_reason, recorded_at, recorded_by
FROM person_mynumber;

DROP TABLE person_mynumber;
ALTER TABLE person_mynumber_new RENAME TO person_mynumber;

CREATE INDEX person_mynumber_blind_index ON person_mynumber (blind_index);

-- Two person records that may be one person, found when a pull brought one of them (another
-- device registered it): the same My Number (blind index under the city key) or the same kana
-- name and birth date. Each pair once, whatever the order (person_low < person_high).
-- Device-local and not journaled: each device keeps its own list; settling one is a merge
-- (which syncs) or a recorded "not the same person".
CREATE TABLE duplicate_candidate (
    id           TEXT PRIMARY KEY NOT NULL,
    person_low   TEXT NOT NULL REFERENCES person (id),
    person_high  TEXT NOT NULL REFERENCES person (id),
    reason       TEXT NOT NULL CHECK (reason IN ('same_mynumber', 'same_kana_birth_date')),
    detected_at  TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'merged', 'dismissed')),
    settled_at   TEXT,
    settled_by   TEXT,
    survivor_id  TEXT REFERENCES person (id),
    CHECK (person_low < person_high),
    CHECK ((state = 'open') = (settled_at IS NULL)),
    CHECK ((state = 'merged') = (survivor_id IS NOT NULL)),
    UNIQUE (person_low, person_high)
);

CREATE INDEX duplicate_candidate_open ON duplicate_candidate (detected_at) WHERE state = 'open';
