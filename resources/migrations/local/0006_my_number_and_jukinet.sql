-- SPDX-License-Identifier: GPL-3.0-or-later
-- My Number (個人番号) per person, field-encrypted with a keyed blind index for exact lookup, and
-- 住基ネット inquiry requests for applicants who did not provide it (core/mynumber, core/jukinet).

-- One row per person: either a number (sealed, blind_index, last4, source, number_check set) or
-- the fact that the applicant did not provide it (not_provided_reason set). The clear number is
-- never stored: sealed = nonce ‖ XChaCha20-Poly1305(number, ad = person_id) under the subkey
-- "MYNUMBER"; blind_index = BLAKE2b-256 keyed with the subkey "MNINDEX1" over the 12 digits.
-- A repository table (id + version + change journal), so person_id is UNIQUE, not the key.
CREATE TABLE person_mynumber (
    id                  TEXT PRIMARY KEY NOT NULL,
    version             INTEGER NOT NULL,
    person_id           TEXT NOT NULL UNIQUE REFERENCES person (id),
    sealed              BLOB,
    blind_index         BLOB UNIQUE CHECK (blind_index IS NULL OR length(blind_index) = 32),
    last4               TEXT CHECK (last4 IS NULL OR (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*')),
    source              TEXT CHECK (source IN ('counter', 'jukinet')),
    -- 番号確認 (core/mynumber/IdentityChecks.h)
    number_check        TEXT CHECK (number_check IN ('mynumber_card', 'notification_card',
                                                     'residence_certificate', 'jukinet_inquiry')),
    -- 身元確認: document codes, space-separated; NULL for a number from 住基ネット照会
    identity_check      TEXT,
    not_provided_reason TEXT,
    recorded_at         TEXT NOT NULL,
    recorded_by         TEXT NOT NULL REFERENCES staff_account (id),
    CHECK ((sealed IS NULL AND blind_index IS NULL AND last4 IS NULL AND source IS NULL
            AND number_check IS NULL AND identity_check IS NULL
            AND not_provided_reason IS NOT NULL AND length(not_provided_reason) > 0)
        OR (sealed IS NOT NULL AND blind_index IS NOT NULL AND last4 IS NOT NULL
            AND source IS NOT NULL AND number_check IS NOT NULL AND not_provided_reason IS NULL
            AND ((source = 'counter' AND number_check <> 'jukinet_inquiry'
                  AND identity_check IS NOT NULL)
              OR (source = 'jukinet' AND number_check = 'jukinet_inquiry'))))
);

-- A batch file exported for the 住基ネット terminal; results are imported against it.
CREATE TABLE jukinet_batch (
    id            TEXT PRIMARY KEY NOT NULL,
    version       INTEGER NOT NULL,
    request_count INTEGER NOT NULL CHECK (request_count >= 1),
    exported_at   TEXT NOT NULL,
    exported_by   TEXT NOT NULL REFERENCES staff_account (id),
    imported_at   TEXT,
    imported_by   TEXT REFERENCES staff_account (id)
);

-- One inquiry. The values sent are kept as sent (what was asked is part of the record). Only the
-- 4情報, or 3 items that include 住所, may be sent (the city's assessment, 特定個人情報保護評価書
-- "4情報又は住所を含む3情報"): the service refuses anything else, and so does this CHECK.
CREATE TABLE jukinet_request (
    id          TEXT PRIMARY KEY NOT NULL,
    version     INTEGER NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id),
    items       TEXT NOT NULL CHECK (items IN ('name address birth_date sex',
                                               'name address birth_date',
                                               'name address sex',
                                               'address birth_date sex')),
    name        TEXT,
    address     TEXT,
    birth_date  TEXT,
    sex         TEXT CHECK (sex IN ('male', 'female')),
    state       TEXT NOT NULL CHECK (state IN ('queued', 'exported', 'answered', 'no_match')),
    batch_id    TEXT REFERENCES jukinet_batch (id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES staff_account (id),
    answered_at TEXT,
    CHECK ((state = 'queued') = (batch_id IS NULL)),
    CHECK ((name IS NOT NULL) = (instr(items, 'name') > 0)),
    CHECK (address IS NOT NULL),
    CHECK ((birth_date IS NOT NULL) = (instr(items, 'birth_date') > 0)),
    CHECK ((sex IS NOT NULL) = (instr(items, 'sex') > 0))
);

CREATE INDEX jukinet_request_state ON jukinet_request (state, created_at);
CREATE INDEX jukinet_request_batch ON jukinet_request (batch_id);
CREATE INDEX jukinet_request_person ON jukinet_request (person_id);
