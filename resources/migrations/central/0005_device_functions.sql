-- SPDX-License-Identifier: GPL-3.0-or-later
-- Per-device central functions (issue #7, ARCHITECTURE.md "Sync").
--
-- push_changes_as, pull_changes_as, lease_block_as and device_high_water_as hold the bodies of
-- push_changes, pull_changes, lease_block and device_high_water (0001, 0002) with the device as
-- an argument. They are granted to no role: only the owner (an administrator at the office) may
-- call them, to sync a device by file on its behalf. The device-callable functions keep their
-- signatures and grants and pass madoguchi.calling_device().
--
-- Outreach data minimization: an outreach device holds only the cases (persons) assigned to it
-- (case_assignments). Every central row maps to a person (entity_rows.person_id, copied onto each
-- change_log row at push; madoguchi.row_person says how), or to none: rows without a person
-- (jukinet_batch, and any future table without a person) reach every device. A pull of an
-- outreach device hands out the changes of its assigned persons' rows, the changes of rows
-- without a person, its own changes and the changes targeted at it (target_device). Assigning a
-- case inserts targeted change_log rows (device_id NULL, operation 'update') for each current
-- row of the person, in the order the rows were first inserted, so the device receives rows older
-- than its cursor; unassigning inserts one targeted 'forget' row (entity 'person', entity_id the
-- person; pulled with no image): the device deletes the person's rows without journaling them
-- (core/sync/CaseScope). A person an outreach device registers is assigned to it at push.
--
-- Issuing keys' public halves (issuing_public_keys): every device publishes the public halves of
-- the issuing keys it made and reads everyone's (core/sync/IssuingKeyExchange).

-- The device id if it is enrolled and not revoked, or SQLSTATE MD001.
CREATE FUNCTION madoguchi.enrolled_device(device text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM madoguchi.devices d
                   WHERE d.id = device AND d.state = 'enrolled') THEN
        RAISE EXCEPTION 'the device is not enrolled' USING ERRCODE = 'MD001';
    END IF;
    RETURN device;
END
$$;

-- Central rows made by the centre itself (a case assignment's images, a forget) have no device
-- and no device sequence but a target device, the only one that receives them.
ALTER TABLE madoguchi.change_log
    ALTER COLUMN device_id DROP NOT NULL,
    ALTER COLUMN device_seq DROP NOT NULL,
    DROP CONSTRAINT change_log_operation_check,
    ADD COLUMN person_id text,
    ADD COLUMN target_device text REFERENCES madoguchi.devices (id);
ALTER TABLE madoguchi.change_log
    ADD CONSTRAINT change_log_operation_check
        CHECK (operation IN ('insert', 'update', 'delete', 'forget')),
    ADD CONSTRAINT change_log_origin_check CHECK (
        (device_id IS NOT NULL AND device_seq IS NOT NULL AND target_device IS NULL
         AND operation <> 'forget')
        OR (device_id IS NULL AND device_seq IS NULL AND target_device IS NOT NULL));
CREATE INDEX change_log_target ON madoguchi.change_log (target_device)
    WHERE target_device IS NOT NULL;

ALTER TABLE madoguchi.entity_rows ADD COLUMN person_id text;
CREATE INDEX entity_rows_person ON madoguchi.entity_rows (person_id) WHERE person_id IS NOT NULL;

-- The person a row belongs to (NULL: none, the row reaches every device). Read from the local
-- schema (resources/migrations/local): a person row is the person; most rows carry person_id
-- (person_address, handbook, legal_representative, person_history, person_mynumber,
-- jukinet_request, application, decision, recipient, certificate, ledger_entry, copay_visit);
-- an application's status history belongs to the application's person, an approval request to
-- the person of the object it approves (a decision). Rows without a person: jukinet_batch.
CREATE FUNCTION madoguchi.row_person(ent text, eid text, row_data jsonb) RETURNS text
LANGUAGE sql STABLE SET search_path = madoguchi, pg_temp
AS $$
    SELECT CASE
        WHEN ent = 'person' THEN eid
        WHEN row_data ? 'person_id' THEN row_data ->> 'person_id'
        WHEN ent = 'application_status_history' THEN
            (SELECT r.row_data ->> 'person_id' FROM madoguchi.entity_rows r
             WHERE r.entity = 'application' AND r.entity_id = row_data ->> 'application_id')
        WHEN ent = 'approval_request' THEN
            (SELECT r.row_data ->> 'person_id' FROM madoguchi.entity_rows r
             WHERE r.entity = row_data ->> 'kind' AND r.entity_id = row_data ->> 'object_id')
    END
$$;

UPDATE madoguchi.entity_rows r
SET person_id = madoguchi.row_person(r.entity, r.entity_id, r.row_data);
UPDATE madoguchi.change_log c SET person_id = r.person_id
FROM madoguchi.entity_rows r WHERE r.entity = c.entity AND r.entity_id = c.entity_id;

-- The cases (persons) each outreach device holds. automatic: the device registered the person.
-- snapshot: the snapshot in which the assignment's images were read (assign_case). The device
-- receives the person's other changes only when they are not visible in it (the images hold
-- those already; an append-only row sent twice would be refused by the device the second time).
CREATE TABLE madoguchi.case_assignments (
    device_id   text NOT NULL REFERENCES madoguchi.devices (id),
    person_id   text NOT NULL CHECK (length(person_id) BETWEEN 1 AND 64),
    assigned_at timestamptz NOT NULL DEFAULT now(),
    assigned_by text NOT NULL,
    automatic   boolean NOT NULL DEFAULT false,
    snapshot    pg_snapshot NOT NULL,
    PRIMARY KEY (device_id, person_id)
);

CREATE FUNCTION madoguchi.push_changes_as(device text, batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    change    jsonb;
    new_seq   bigint;
    received  integer := 0;
    ent       text;
    eid       text;
    op        text;
    base      bigint;
    origin    bigint;
    others    text[];
    fields    text[];
    cur       record;
    own       record;
    verdict   text;
    next_ver  bigint;
    person    text;
    outreach  boolean;
BEGIN
    PERFORM madoguchi.enrolled_device(device);
    outreach := (SELECT d.kind = 'outreach' FROM madoguchi.devices d WHERE d.id = device);
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the batch is not a JSON array' USING ERRCODE = '22023';
    END IF;
    -- Lock the batch's existing rows in one order first: two batches that touch the same rows
    -- in different orders then wait for each other instead of deadlocking.
    PERFORM 1 FROM madoguchi.entity_rows r
    WHERE (r.entity, r.entity_id) IN (
        SELECT e.value ->> 'entity', e.value ->> 'entity_id'
        FROM jsonb_array_elements(batch) AS e(value)
        WHERE jsonb_typeof(e.value) = 'object')
    ORDER BY r.entity, r.entity_id
    FOR UPDATE;

    FOR change IN SELECT e.value FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(value, n)
                  ORDER BY e.n
    LOOP
        IF jsonb_typeof(change) IS DISTINCT FROM 'object'
           OR jsonb_typeof(change -> 'payload') IS DISTINCT FROM 'object' THEN
            RAISE EXCEPTION 'a change is not a JSON object with a payload object'
                USING ERRCODE = '22023';
        END IF;
        new_seq := NULL;
        INSERT INTO madoguchi.change_log (device_id, device_seq, change_id, entity, entity_id,
                                          operation, version, base_version, payload, changed_at)
        VALUES (device, (change ->> 'device_seq')::bigint, change ->> 'change_id',
                change ->> 'entity', change ->> 'entity_id', change ->> 'operation',
                (change ->> 'version')::bigint, (change ->> 'base_version')::bigint,
                change -> 'payload', change ->> 'changed_at')
        ON CONFLICT (device_id, device_seq) DO NOTHING
        RETURNING central_seq INTO new_seq;
        CONTINUE WHEN new_seq IS NULL;
        received := received + 1;

        ent := change ->> 'entity';
        eid := change ->> 'entity_id';
        op := change ->> 'operation';
        base := (change ->> 'base_version')::bigint;
        fields := ARRAY(SELECT jsonb_object_keys(change -> 'payload'));

        SELECT r.version, r.deleted, r.row_data INTO cur
        FROM madoguchi.entity_rows r WHERE r.entity = ent AND r.entity_id = eid FOR UPDATE;

        -- What the device had seen of the row when it made the change (origin): see 0002.
        origin := base;
        verdict := NULL;
        IF op <> 'insert' THEN
            SELECT c.outcome, c.version, c.result_version, c.seen_version INTO own
            FROM madoguchi.change_log c
            WHERE c.device_id = device AND c.entity = ent AND c.entity_id = eid
              AND c.version = base AND c.central_seq <> new_seq
            ORDER BY c.device_seq DESC LIMIT 1;
            IF FOUND THEN
                IF own.outcome IN ('conflict', 'rejected') THEN
                    verdict := 'conflict';
                ELSIF own.result_version IS DISTINCT FROM own.version THEN
                    origin := coalesce(own.seen_version, base);
                END IF;
            END IF;
        END IF;
        others := ARRAY(
            SELECT CASE WHEN c.operation = 'update' THEN k.key ELSE '*' END
            FROM madoguchi.change_log c
            LEFT JOIN LATERAL jsonb_object_keys(c.payload) AS k(key) ON c.operation = 'update'
            WHERE c.entity = ent AND c.entity_id = eid AND c.device_id <> device
              AND c.outcome IN ('applied', 'merged') AND c.result_version > origin
              AND c.central_seq <> new_seq);

        IF madoguchi.is_device_local(ent) THEN
            verdict := 'rejected';
        ELSIF op = 'insert' THEN
            verdict := CASE WHEN cur.version IS NULL THEN 'applied' ELSE 'conflict' END;
        ELSIF cur.version IS NULL THEN
            verdict := 'rejected';
        ELSIF ent = 'ledger_entry'
              OR (ent = 'decision' AND cur.row_data ->> 'state' = 'approved') THEN
            verdict := 'rejected';
        ELSIF verdict IS NOT NULL THEN
            NULL; -- decided above
        ELSIF cur.deleted OR origin > cur.version THEN
            verdict := 'conflict';
        ELSIF cardinality(others) = 0 THEN
            verdict := 'applied';
        ELSIF op = 'update' AND NOT ('*' = ANY (others)) AND NOT (others && fields) THEN
            verdict := 'merged';
        ELSE
            verdict := 'conflict';
        END IF;

        IF verdict = 'conflict' AND cur.version IS NOT NULL THEN
            -- The row keeps its data but gets a version above every version the losing device
            -- gave it (see 0002).
            UPDATE madoguchi.entity_rows r
            SET version = greatest(cur.version, (change ->> 'version')::bigint) + 1,
                central_seq = new_seq
            WHERE r.entity = ent AND r.entity_id = eid;
        ELSIF verdict IN ('applied', 'merged') THEN
            IF op = 'insert' THEN
                next_ver := (change ->> 'version')::bigint;
                INSERT INTO madoguchi.entity_rows (entity, entity_id, version, row_data,
                                                   central_seq)
                VALUES (ent, eid, next_ver,
                        (change -> 'payload') || jsonb_build_object('id', eid), new_seq);
            ELSE
                next_ver := cur.version + 1;
                UPDATE madoguchi.entity_rows r
                SET version = next_ver, deleted = (op = 'delete'),
                    row_data = r.row_data || (change -> 'payload'), central_seq = new_seq
                WHERE r.entity = ent AND r.entity_id = eid;
            END IF;
        END IF;

        UPDATE madoguchi.change_log c
        SET outcome = verdict,
            seen_version = origin,
            applied = verdict IN ('applied', 'merged'),
            prior_version = cur.version,
            result_version = r.version,
            result_deleted = r.deleted,
            result_row = r.row_data,
            person_id = madoguchi.row_person(ent, eid, coalesce(r.row_data, change -> 'payload'))
        FROM (SELECT NULL::int AS dummy) d
        LEFT JOIN madoguchi.entity_rows r ON r.entity = ent AND r.entity_id = eid
        WHERE c.central_seq = new_seq
        RETURNING c.person_id INTO person;
        UPDATE madoguchi.entity_rows r SET person_id = person
        WHERE r.entity = ent AND r.entity_id = eid AND r.person_id IS DISTINCT FROM person;
        -- A person an outreach device registers is its case.
        IF outreach AND ent = 'person' AND op = 'insert' AND verdict = 'applied' THEN
            INSERT INTO madoguchi.case_assignments (device_id, person_id, assigned_by, automatic,
                                                    snapshot)
            VALUES (device, eid, session_user, true, pg_current_snapshot())
            ON CONFLICT (device_id, person_id) DO NOTHING;
        END IF;
    END LOOP;
    UPDATE madoguchi.devices SET last_seen_at = now() WHERE id = device;
    RETURN received;
END
$$;

CREATE FUNCTION madoguchi.pull_changes_as(device text, after_xid bigint, after_seq bigint,
                                          max_rows integer)
RETURNS TABLE (commit_xid bigint, central_seq bigint, device_id text, device_seq bigint,
               change_id text, entity text, entity_id text, operation text, version bigint,
               base_version bigint, payload jsonb, changed_at text, outcome text,
               result_version bigint, result_deleted boolean, result_row jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    horizon  bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
    outreach boolean;
BEGIN
    PERFORM madoguchi.enrolled_device(device);
    outreach := (SELECT d.kind = 'outreach' FROM madoguchi.devices d WHERE d.id = device);
    IF after_xid IS NULL OR after_seq IS NULL OR max_rows IS NULL OR max_rows < 1
       OR max_rows > 50000 THEN
        RAISE EXCEPTION 'pull_changes needs a cursor and 1 to 50000 rows' USING ERRCODE = '22023';
    END IF;
    UPDATE madoguchi.devices SET last_seen_at = now() WHERE id = device;
    RETURN QUERY
        SELECT c.commit_xid, c.central_seq, c.device_id, c.device_seq, c.change_id, c.entity,
               c.entity_id, c.operation, c.version, c.base_version, c.payload, c.changed_at,
               c.outcome, r.version, r.deleted, r.row_data
        FROM madoguchi.change_log c
        -- a forget carries no image
        LEFT JOIN madoguchi.entity_rows r ON r.entity = c.entity AND r.entity_id = c.entity_id
                                         AND c.operation <> 'forget'
        WHERE (c.commit_xid, c.central_seq) > (after_xid, after_seq)
          AND c.commit_xid < horizon
          AND (c.target_device IS NULL OR c.target_device = device)
          -- an outreach device: the rows of its cases (targeted images included), rows of no
          -- person, its own changes and its forgets
          AND (NOT outreach OR c.operation = 'forget' OR c.device_id = device
               OR c.person_id IS NULL
               OR EXISTS (SELECT 1 FROM madoguchi.case_assignments a
                          WHERE a.device_id = device AND a.person_id = c.person_id
                            AND (c.target_device IS NOT NULL
                                 OR NOT pg_visible_in_snapshot(c.commit_xid::text::xid8,
                                                               a.snapshot))))
          AND CASE WHEN c.target_device IS NOT NULL THEN true
                   WHEN c.device_id <> device THEN c.outcome IN ('applied', 'merged', 'conflict')
                   -- this device's own change, unless it applied as the device made it
                   ELSE NOT (c.outcome = 'applied' AND c.result_version = c.version) END
        ORDER BY c.commit_xid, c.central_seq
        LIMIT max_rows;
END
$$;

CREATE FUNCTION madoguchi.lease_block_as(device text, series_name text, block_size integer)
RETURNS TABLE (first_value bigint, last_value bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    first  bigint;
BEGIN
    PERFORM madoguchi.enrolled_device(device);
    IF block_size IS NULL OR block_size < 1 OR block_size > 100000 THEN
        RAISE EXCEPTION 'a block has 1 to 100000 numbers' USING ERRCODE = '22023';
    END IF;
    INSERT INTO madoguchi.number_series (series) VALUES (series_name) ON CONFLICT DO NOTHING;
    UPDATE madoguchi.number_series s SET next_value = s.next_value + block_size
    WHERE s.series = series_name
    RETURNING s.next_value - block_size INTO first;
    INSERT INTO madoguchi.number_block_leases (series, device_id, first_value, last_value)
    VALUES (series_name, device, first, first + block_size - 1);
    RETURN QUERY SELECT first, first + block_size - 1;
END
$$;

CREATE FUNCTION madoguchi.device_high_water_as(device text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    PERFORM madoguchi.enrolled_device(device);
    RETURN coalesce((SELECT max(c.device_seq) FROM madoguchi.change_log c
                     WHERE c.device_id = device), 0);
END
$$;

-- The device-callable functions: the same signatures and grants, now thin wrappers.
CREATE OR REPLACE FUNCTION madoguchi.push_changes(batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    RETURN madoguchi.push_changes_as(madoguchi.calling_device(), batch);
END
$$;

CREATE OR REPLACE FUNCTION madoguchi.pull_changes(after_xid bigint, after_seq bigint,
                                                  max_rows integer)
RETURNS TABLE (commit_xid bigint, central_seq bigint, device_id text, device_seq bigint,
               change_id text, entity text, entity_id text, operation text, version bigint,
               base_version bigint, payload jsonb, changed_at text, outcome text,
               result_version bigint, result_deleted boolean, result_row jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    RETURN QUERY SELECT * FROM madoguchi.pull_changes_as(madoguchi.calling_device(), after_xid,
                                                         after_seq, max_rows);
END
$$;

CREATE OR REPLACE FUNCTION madoguchi.lease_block(series_name text, block_size integer)
RETURNS TABLE (first_value bigint, last_value bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    RETURN QUERY SELECT * FROM madoguchi.lease_block_as(madoguchi.calling_device(), series_name,
                                                        block_size);
END
$$;

CREATE OR REPLACE FUNCTION madoguchi.device_high_water() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    RETURN madoguchi.device_high_water_as(madoguchi.calling_device());
END
$$;

-- Assigns a person's case to an outreach device: the device receives the person's current rows
-- (targeted change_log rows, in the order the rows were first inserted, so a row comes after the
-- rows it refers to) at its next pull, although they are older than its cursor. Returns how many
-- rows were queued for it (0: assigned already). MD001 not an enrolled device, MD010 not an
-- outreach device, MD011 no such person.
CREATE FUNCTION madoguchi.assign_case(device text, person text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    queued integer;
BEGIN
    PERFORM madoguchi.enrolled_device(device);
    IF (SELECT d.kind FROM madoguchi.devices d WHERE d.id = device) <> 'outreach' THEN
        RAISE EXCEPTION 'only an outreach device holds assigned cases' USING ERRCODE = 'MD010';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM madoguchi.entity_rows r
                   WHERE r.entity = 'person' AND r.entity_id = person AND NOT r.deleted) THEN
        RAISE EXCEPTION 'the central store has no such person' USING ERRCODE = 'MD011';
    END IF;
    INSERT INTO madoguchi.case_assignments (device_id, person_id, assigned_by, snapshot)
    VALUES (device, person, session_user, pg_current_snapshot())
    ON CONFLICT (device_id, person_id) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    -- One statement, one snapshot: the images and the snapshot kept with the assignment agree.
    WITH marked AS (
        UPDATE madoguchi.case_assignments a SET snapshot = pg_current_snapshot()
        WHERE a.device_id = device AND a.person_id = person
        RETURNING 1
    ), images AS (
    INSERT INTO madoguchi.change_log (device_id, device_seq, change_id, entity, entity_id,
                                      operation, version, base_version, payload, changed_at,
                                      outcome, applied, result_version, result_deleted,
                                      result_row, person_id, target_device)
    SELECT NULL, NULL, 'case:' || gen_random_uuid()::text, r.entity, r.entity_id, 'update',
           r.version, r.version, '{}'::jsonb,
           to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'applied', true,
           r.version, false, r.row_data, person, device
    FROM madoguchi.entity_rows r
    WHERE r.person_id = person AND NOT r.deleted
    ORDER BY (SELECT min(c.central_seq) FROM madoguchi.change_log c
              WHERE c.entity = r.entity AND c.entity_id = r.entity_id),
             r.entity, r.entity_id
    RETURNING 1
    )
    SELECT count(*) INTO queued FROM images;
    RETURN queued;
END
$$;

-- Takes a case back: the device deletes the person's rows at its next pull (a targeted
-- 'forget'). False when the case was not assigned to the device.
CREATE FUNCTION madoguchi.unassign_case(device text, person text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    DELETE FROM madoguchi.case_assignments a WHERE a.device_id = device AND a.person_id = person;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO madoguchi.change_log (device_id, device_seq, change_id, entity, entity_id,
                                      operation, version, base_version, payload, changed_at,
                                      outcome, applied, person_id, target_device)
    VALUES (NULL, NULL, 'forget:' || gen_random_uuid()::text, 'person', person, 'forget', 1, 0,
            '{}'::jsonb, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'applied', true, person, device);
    RETURN true;
END
$$;

-- The public halves of the certificate-issuing keys (core/certificate/IssuingKeys), published by
-- the device that made each, read by every device: a certificate printed on one device verifies
-- on the others. key_id is the hex of the first 8 bytes of BLAKE2b-128(public_key); the centre
-- cannot compute BLAKE2b, so each receiving device checks it (core/sync/IssuingKeyExchange).
-- version grows with every change (a new key, a retirement, a revocation): devices read the
-- keys after the highest version they hold.
CREATE SEQUENCE madoguchi.issuing_public_key_version;

CREATE TABLE madoguchi.issuing_public_keys (
    key_id       text PRIMARY KEY CHECK (key_id ~ '^[0-9a-f]{16}$'),
    scope        text NOT NULL CHECK (scope ~ '^[a-z][a-z_]{0,39}$'), -- 'city' or a ledger
    public_key   bytea NOT NULL UNIQUE CHECK (length(public_key) = 32),
    valid_from   date NOT NULL,
    valid_to     date,
    device_id    text NOT NULL REFERENCES madoguchi.devices (id),
    revoked      boolean NOT NULL DEFAULT false,
    published_at timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT nextval('madoguchi.issuing_public_key_version'),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- Publishes the calling device's keys: a JSON array of {key_id, scope, public_key (64 hex),
-- valid_from, valid_to (YYYY-MM-DD or null)}. A key published before must have the same public
-- half, scope, start and device; only its end may be set (a retirement). Returns how many keys
-- were new or changed. SQLSTATE 22023 for a malformed payload, MD020 for a key that clashes.
CREATE FUNCTION madoguchi.publish_issuing_keys(batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device  text := madoguchi.calling_device();
    k       jsonb;
    kid     text;
    pub     bytea;
    vfrom   date;
    vto     date;
    prior   madoguchi.issuing_public_keys%ROWTYPE;
    changed integer := 0;
BEGIN
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the issuing keys are not a JSON array' USING ERRCODE = '22023';
    END IF;
    FOR k IN SELECT e.value FROM jsonb_array_elements(batch) AS e(value)
    LOOP
        IF jsonb_typeof(k) IS DISTINCT FROM 'object'
           OR jsonb_typeof(k -> 'key_id') IS DISTINCT FROM 'string'
           OR (k ->> 'key_id') !~ '^[0-9a-f]{16}$'
           OR jsonb_typeof(k -> 'public_key') IS DISTINCT FROM 'string'
           OR (k ->> 'public_key') !~ '^[0-9a-f]{64}$'
           OR jsonb_typeof(k -> 'scope') IS DISTINCT FROM 'string'
           OR (k ->> 'scope') !~ '^[a-z][a-z_]{0,39}$'
           OR jsonb_typeof(k -> 'valid_from') IS DISTINCT FROM 'string'
           OR (k ->> 'valid_from') !~ '^\d{4}-\d{2}-\d{2}$'
           OR (k -> 'valid_to' IS NOT NULL AND jsonb_typeof(k -> 'valid_to') <> 'null'
               AND (jsonb_typeof(k -> 'valid_to') <> 'string'
                    OR (k ->> 'valid_to') !~ '^\d{4}-\d{2}-\d{2}$')) THEN
            RAISE EXCEPTION 'an issuing key is not {key_id, scope, public_key, valid_from, valid_to}'
                USING ERRCODE = '22023';
        END IF;
        kid := k ->> 'key_id';
        pub := decode(k ->> 'public_key', 'hex');
        BEGIN
            vfrom := (k ->> 'valid_from')::date;
            vto := (k ->> 'valid_to')::date;
        EXCEPTION WHEN others THEN
            RAISE EXCEPTION 'an issuing key has a date that does not exist' USING ERRCODE = '22023';
        END;
        IF vto IS NOT NULL AND vto < vfrom THEN
            RAISE EXCEPTION 'an issuing key ends before it starts' USING ERRCODE = '22023';
        END IF;
        SELECT * INTO prior FROM madoguchi.issuing_public_keys p
        WHERE p.key_id = kid OR p.public_key = pub FOR UPDATE;
        IF NOT FOUND THEN
            -- Only counter workstations at the office make the city's issuing keys: a lost
            -- outreach laptop must not be able to add a key every device would trust (outreach
            -- devices sign with their own device key, certified by the city's key).
            IF (SELECT d.kind FROM madoguchi.devices d WHERE d.id = device) <> 'counter' THEN
                RAISE EXCEPTION 'only counter workstations publish issuing keys'
                    USING ERRCODE = 'MD021';
            END IF;
            INSERT INTO madoguchi.issuing_public_keys (key_id, scope, public_key, valid_from,
                                                       valid_to, device_id)
            VALUES (kid, k ->> 'scope', pub, vfrom, vto, device);
            changed := changed + 1;
        ELSIF prior.key_id <> kid OR prior.public_key <> pub OR prior.scope <> k ->> 'scope'
              OR prior.valid_from <> vfrom OR prior.device_id <> device
              OR (prior.valid_to IS NOT NULL AND prior.valid_to IS DISTINCT FROM vto) THEN
            RAISE EXCEPTION 'the issuing key % clashes with the one on record', kid
                USING ERRCODE = 'MD020';
        ELSIF prior.valid_to IS NULL AND vto IS NOT NULL THEN
            UPDATE madoguchi.issuing_public_keys p
            SET valid_to = vto, version = nextval('madoguchi.issuing_public_key_version')
            WHERE p.key_id = kid;
            changed := changed + 1;
        END IF;
    END LOOP;
    RETURN changed;
END
$$;

-- Every key changed after after_version, in version order (revoked ones too: a device drops
-- them).
CREATE FUNCTION madoguchi.issuing_public_keys_since(after_version bigint)
RETURNS TABLE (key_id text, scope text, public_key bytea, valid_from date, valid_to date,
               device_id text, revoked boolean, version bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    PERFORM madoguchi.calling_device();
    RETURN QUERY
        SELECT p.key_id, p.scope, p.public_key, p.valid_from, p.valid_to, p.device_id, p.revoked,
               p.version
        FROM madoguchi.issuing_public_keys p
        WHERE p.version > coalesce(after_version, 0)
        ORDER BY p.version;
END
$$;

-- The owner withdraws trust in a key (a device was lost with it): devices drop it at their
-- next exchange. False when there is no such key.
CREATE FUNCTION madoguchi.revoke_issuing_key(revoked_key_id text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    UPDATE madoguchi.issuing_public_keys p
    SET revoked = true, version = nextval('madoguchi.issuing_public_key_version')
    WHERE p.key_id = revoked_key_id AND NOT p.revoked;
    RETURN FOUND;
END
$$;

REVOKE ALL ON FUNCTION madoguchi.enrolled_device(text),
                       madoguchi.push_changes_as(text, jsonb),
                       madoguchi.pull_changes_as(text, bigint, bigint, integer),
                       madoguchi.lease_block_as(text, text, integer),
                       madoguchi.device_high_water_as(text),
                       madoguchi.row_person(text, text, jsonb),
                       madoguchi.assign_case(text, text),
                       madoguchi.unassign_case(text, text),
                       madoguchi.publish_issuing_keys(jsonb),
                       madoguchi.issuing_public_keys_since(bigint),
                       madoguchi.revoke_issuing_key(text)
    FROM PUBLIC;
REVOKE ALL ON madoguchi.case_assignments, madoguchi.issuing_public_keys FROM PUBLIC;
REVOKE ALL ON SEQUENCE madoguchi.issuing_public_key_version FROM PUBLIC;
GRANT EXECUTE ON FUNCTION madoguchi.publish_issuing_keys(jsonb),
                          madoguchi.issuing_public_keys_since(bigint)
    TO madoguchi_device;
