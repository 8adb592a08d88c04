-- SPDX-License-Identifier: GPL-3.0-or-later
-- The central PostgreSQL store (DESIGN.md "Sync"). Applied by `madoguchi-cli central migrate`
-- (core/sync/CentralMigrator) as the administrator role that owns everything here; the whole
-- file runs in one transaction together with the schema_version update.
--
-- Devices never get table privileges. Each enrolled device logs in with its own role, a member
-- of the group role madoguchi_device, which may only EXECUTE the SECURITY DEFINER functions at
-- the end of this file; each of them first checks that session_user is an enrolled, non-revoked
-- device (madoguchi.calling_device()).

CREATE SCHEMA madoguchi;
REVOKE ALL ON SCHEMA madoguchi FROM PUBLIC;

-- Roles are cluster-wide: several databases (or a concurrent migration) may create it at once.
DO $$
BEGIN
    CREATE ROLE madoguchi_device NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO madoguchi_device', current_database());
END
$$;

-- The schema version (the local store keeps its own in SQLite's user_version).
CREATE TABLE madoguchi.schema_version (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version    integer NOT NULL CHECK (version >= 1),
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- Enrolled devices: counter workstations and outreach laptops. id is the device's own id (its
-- audit identity, core/audit/DeviceIdentity) and public_key its Ed25519 key, certified here.
CREATE TABLE madoguchi.devices (
    id          text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text NOT NULL CHECK (kind IN ('counter', 'outreach')),
    role_name   text NOT NULL UNIQUE CHECK (role_name ~ '^mdg_device_[0-9a-f]{32}$'),
    public_key  bytea NOT NULL CHECK (length(public_key) = 32),
    state       text NOT NULL DEFAULT 'enrolled' CHECK (state IN ('enrolled', 'revoked')),
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    last_seen_at timestamptz,
    CHECK ((state = 'revoked') = (revoked_at IS NOT NULL))
);

-- The central change log: every device's change journal, pushed. (device_id, device_seq) is
-- unique, so a batch sent twice applies once. commit_xid is the pushing transaction's id: pulls
-- hand out only rows of transactions older than every transaction still running, in
-- (commit_xid, central_seq) order, so a change can never be skipped because a transaction that
-- drew a lower central_seq committed after one that drew a higher one.
-- applied: the change became the current row in entity_rows (false: its base version was not
-- the current version; conflict handling is later work of issue #7).
CREATE TABLE madoguchi.change_log (
    central_seq  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commit_xid   bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    device_id    text NOT NULL REFERENCES madoguchi.devices (id),
    device_seq   bigint NOT NULL CHECK (device_seq >= 1),
    change_id    text NOT NULL UNIQUE CHECK (length(change_id) BETWEEN 1 AND 64),
    entity       text NOT NULL CHECK (entity ~ '^[a-z_][a-z0-9_]{0,62}$'),
    entity_id    text NOT NULL CHECK (length(entity_id) BETWEEN 1 AND 64),
    operation    text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    version      bigint NOT NULL CHECK (version >= 1),
    base_version bigint NOT NULL CHECK (base_version >= 0),
    payload      jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
    changed_at   text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    applied      boolean NOT NULL DEFAULT true,
    UNIQUE (device_id, device_seq)
);

CREATE INDEX change_log_pull ON madoguchi.change_log (commit_xid, central_seq);

-- The current state of every synchronized row, one JSON object per (entity, id): a generic
-- table rather than one central table per local table, so the central schema does not have to
-- follow every local migration. Digest comparisons between devices and the centre read it.
CREATE TABLE madoguchi.entity_rows (
    entity      text NOT NULL,
    entity_id   text NOT NULL,
    version     bigint NOT NULL CHECK (version >= 1),
    deleted     boolean NOT NULL DEFAULT false,
    row_data    jsonb NOT NULL CHECK (jsonb_typeof(row_data) = 'object'),
    central_seq bigint NOT NULL,
    PRIMARY KEY (entity, entity_id)
);

-- Number blocks (受給者番号, application numbers): each series hands out ranges that never
-- overlap; a lease records which device got which range.
CREATE TABLE madoguchi.number_series (
    series     text PRIMARY KEY CHECK (series ~ '^[a-z][a-z0-9_]{0,62}$'),
    next_value bigint NOT NULL DEFAULT 1 CHECK (next_value >= 1)
);

CREATE TABLE madoguchi.number_block_leases (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series      text NOT NULL REFERENCES madoguchi.number_series (series),
    device_id   text NOT NULL REFERENCES madoguchi.devices (id),
    first_value bigint NOT NULL CHECK (first_value >= 1),
    last_value  bigint NOT NULL,
    leased_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (last_value >= first_value)
);

-- The enrolled, non-revoked device whose role is calling, or SQLSTATE MD001.
CREATE FUNCTION madoguchi.calling_device() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text;
BEGIN
    SELECT d.id INTO device FROM madoguchi.devices d
    WHERE d.role_name = session_user AND d.state = 'enrolled';
    IF device IS NULL THEN
        RAISE EXCEPTION 'the calling role is not an enrolled device' USING ERRCODE = 'MD001';
    END IF;
    RETURN device;
END
$$;

-- Push: a JSON array of change-journal rows {device_seq, change_id, entity, entity_id,
-- operation, version, base_version, payload, changed_at}. Rows already received are skipped;
-- returns how many were new.
CREATE FUNCTION madoguchi.push_changes(batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device   text := madoguchi.calling_device();
    change   jsonb;
    new_seq  bigint;
    received integer := 0;
    took     integer;
BEGIN
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the batch is not a JSON array' USING ERRCODE = '22023';
    END IF;
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

        IF change ->> 'operation' = 'insert' THEN
            INSERT INTO madoguchi.entity_rows (entity, entity_id, version, row_data, central_seq)
            VALUES (change ->> 'entity', change ->> 'entity_id', (change ->> 'version')::bigint,
                    (change -> 'payload') || jsonb_build_object('id', change ->> 'entity_id'),
                    new_seq)
            ON CONFLICT (entity, entity_id) DO NOTHING;
        ELSE
            UPDATE madoguchi.entity_rows r
            SET version = (change ->> 'version')::bigint,
                deleted = (change ->> 'operation' = 'delete'),
                row_data = r.row_data || (change -> 'payload'),
                central_seq = new_seq
            WHERE r.entity = change ->> 'entity' AND r.entity_id = change ->> 'entity_id'
              AND r.version = (change ->> 'base_version')::bigint AND NOT r.deleted;
        END IF;
        GET DIAGNOSTICS took = ROW_COUNT;
        IF took = 0 THEN
            UPDATE madoguchi.change_log SET applied = false WHERE central_seq = new_seq;
        END IF;
    END LOOP;
    UPDATE madoguchi.devices SET last_seen_at = now() WHERE id = device;
    RETURN received;
END
$$;

-- Pull: the changes of other devices after the cursor (after_xid, after_seq), at most max_rows,
-- in (commit_xid, central_seq) order, only from transactions older than the oldest one still
-- running (see change_log). The last row's (commit_xid, central_seq) is the next cursor.
CREATE FUNCTION madoguchi.pull_changes(after_xid bigint, after_seq bigint, max_rows integer)
RETURNS TABLE (commit_xid bigint, central_seq bigint, device_id text, device_seq bigint,
               change_id text, entity text, entity_id text, operation text, version bigint,
               base_version bigint, payload jsonb, changed_at text)
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
               c.entity_id, c.operation, c.version, c.base_version, c.payload, c.changed_at
        FROM madoguchi.change_log c
        WHERE (c.commit_xid, c.central_seq) > (after_xid, after_seq)
          AND c.commit_xid < horizon AND c.device_id <> device
        ORDER BY c.commit_xid, c.central_seq
        LIMIT max_rows;
END
$$;

-- A block of block_size numbers of a series, never handed out before.
CREATE FUNCTION madoguchi.lease_block(series_name text, block_size integer)
RETURNS TABLE (first_value bigint, last_value bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text := madoguchi.calling_device();
    first  bigint;
BEGIN
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

REVOKE ALL ON ALL TABLES IN SCHEMA madoguchi FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA madoguchi FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA madoguchi FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA madoguchi REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
GRANT USAGE ON SCHEMA madoguchi TO madoguchi_device;
GRANT EXECUTE ON FUNCTION madoguchi.push_changes(jsonb),
                          madoguchi.pull_changes(bigint, bigint, integer),
                          madoguchi.lease_block(text, integer)
    TO madoguchi_device;
