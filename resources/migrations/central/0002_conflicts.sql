-- SPDX-License-Identifier: GPL-3.0-or-later
-- Conflicts and merges (DESIGN.md "Sync", issue #7). Each pushed change carries the version it
-- was based on. push_changes decides, under the lock of the row, what becomes of it:
--
--   applied   the base is the central version: the change applies, the row gets a new version.
--   merged    the row moved on since the base, but no change since then touched a field this
--             change sets: both edits stand, the row gets a new version.
--   conflict  the fields overlap (or the row was deleted, or a delete meets any later change):
--             the row keeps the winner's data (under a new version, see below); the change is
--             handed back to the device that made it (and only to it) for a person to resolve.
--   rejected  the change is never allowed: an update or delete of a ledger entry (append-only),
--             a change to an approved decision (immutable: it changes only by a new decision), a
--             change of a device-local table, an update of a row the centre does not know.
--
-- Every log row keeps the row's image after the decision (result_row, result_version,
-- result_deleted), for the record. Pulls hand out, with each change, the row's current image
-- (not the bare payload, and not the image of that moment: the pull order follows transaction
-- ids, which two transactions that waited for each other's row lock can hold in the other
-- order). A device sets its row to the image when it is not older than its own, so every device
-- ends with the centre's data whatever order it sees the changes in.
--
-- A device's versions can differ from the centre's (an offline edit that merged got a higher
-- central version than the device gave it). A change based on a version that this device itself
-- made offline is judged against what the device had seen before that edit (seen_version, the
-- origin): only other devices' changes after the origin can clash with it. A change based on one
-- of the device's own lost edits is lost too. Central versions are never below the device's
-- (a lost edit raises the row's version above it), so after taking a row's image a device's next
-- edit can never be mistaken for one of its older offline ones.

ALTER TABLE madoguchi.change_log
    ADD COLUMN outcome text NOT NULL DEFAULT 'applied'
        CHECK (outcome IN ('applied', 'merged', 'conflict', 'rejected')),
    ADD COLUMN prior_version bigint,
    ADD COLUMN seen_version bigint,
    ADD COLUMN result_version bigint,
    ADD COLUMN result_deleted boolean,
    ADD COLUMN result_row jsonb;

-- Rows pushed before this migration: applied ones are their own image.
UPDATE madoguchi.change_log c
SET outcome = CASE WHEN c.applied THEN 'applied' ELSE 'conflict' END,
    result_version = CASE WHEN c.applied THEN c.version END,
    result_deleted = CASE WHEN c.applied THEN c.operation = 'delete' END,
    result_row = CASE WHEN c.applied THEN c.payload || jsonb_build_object('id', c.entity_id) END;

-- The changes of one row, for merges and effective bases.
CREATE INDEX change_log_entity ON madoguchi.change_log (entity, entity_id, result_version);
CREATE INDEX change_log_device_entity ON madoguchi.change_log (device_id, entity, entity_id,
                                                                  version);

-- Tables that never leave a device (core/sync/SyncClient.cpp, deviceLocalTables): their changes
-- are refused here too, whatever a device sends.
CREATE FUNCTION madoguchi.is_device_local(entity text) RETURNS boolean
LANGUAGE sql IMMUTABLE
AS $$
    SELECT entity = ANY (ARRAY['staff_account', 'setting', 'issuing_key', 'issuing_key_secret',
                               'number_block', 'device_identity', 'device_certificate',
                               'audit_log', 'audit_checkpoint', 'meta', 'change_journal',
                               'intake_draft'])
           OR entity LIKE 'sync\_%'
$$;

CREATE OR REPLACE FUNCTION madoguchi.push_changes(batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device    text := madoguchi.calling_device();
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
BEGIN
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

        -- What the device had seen of the row when it made the change (origin): the base, or,
        -- when the base is a version this device itself made offline (an own earlier change of
        -- the row with that version whose central result differs), that change's origin. Only
        -- other devices' changes after the origin can clash; a change built on an own edit that
        -- lost loses too.
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
            -- gave it: the device's edits made after it took the winner's image can never be
            -- mistaken for edits built on its lost one.
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
            result_row = r.row_data
        FROM (SELECT NULL::int AS dummy) d
        LEFT JOIN madoguchi.entity_rows r ON r.entity = ent AND r.entity_id = eid
        WHERE c.central_seq = new_seq;
    END LOOP;
    UPDATE madoguchi.devices SET last_seen_at = now() WHERE id = device;
    RETURN received;
END
$$;

-- Pull: after the cursor, in (commit_xid, central_seq) order, only from transactions older than
-- the oldest one still running (see 0001): every change that changed a row or its version (other
-- devices' and this device's own, since a merge gives the device's row a version it does not
-- have yet), and this device's own refused changes. result_version, result_deleted and
-- result_row are the row's current image (NULL: the centre has no such row). A lost change reaches its own device for the
-- conflict queue; other devices get only the row's new version (SyncClient queues nothing for
-- them: the winner's device sees no conflict).
DROP FUNCTION madoguchi.pull_changes(bigint, bigint, integer);
CREATE FUNCTION madoguchi.pull_changes(after_xid bigint, after_seq bigint, max_rows integer)
RETURNS TABLE (commit_xid bigint, central_seq bigint, device_id text, device_seq bigint,
               change_id text, entity text, entity_id text, operation text, version bigint,
               base_version bigint, payload jsonb, changed_at text, outcome text,
               result_version bigint, result_deleted boolean, result_row jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device  text := madoguchi.calling_device();
    horizon bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
BEGIN
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
        LEFT JOIN madoguchi.entity_rows r ON r.entity = c.entity AND r.entity_id = c.entity_id
        WHERE (c.commit_xid, c.central_seq) > (after_xid, after_seq)
          AND c.commit_xid < horizon
          AND CASE WHEN c.device_id <> device THEN c.outcome IN ('applied', 'merged', 'conflict')
                   -- this device's own change, unless it applied as the device made it (the
                   -- device's row is that version already)
                   ELSE NOT (c.outcome = 'applied' AND c.result_version = c.version) END
        ORDER BY c.commit_xid, c.central_seq
        LIMIT max_rows;
END
$$;

-- The highest device_seq of the calling device the central store holds. A server that lost
-- acknowledged commits (a crash with synchronous_commit off, a restore from backup) holds fewer
-- than the device marked as sent: the device sends everything above this again before it
-- pushes (SyncClient), and the store ignores what it has.
CREATE FUNCTION madoguchi.device_high_water() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text := madoguchi.calling_device();
BEGIN
    RETURN coalesce((SELECT max(c.device_seq) FROM madoguchi.change_log c
                     WHERE c.device_id = device), 0);
END
$$;

REVOKE ALL ON FUNCTION madoguchi.pull_changes(bigint, bigint, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.device_high_water() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION madoguchi.device_high_water() TO madoguchi_device;
REVOKE ALL ON FUNCTION madoguchi.is_device_local(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION madoguchi.pull_changes(bigint, bigint, integer) TO madoguchi_device;
