-- SPDX-License-Identifier: GPL-3.0-or-later
-- Central staff accounts, the first sign-in of a person on a device, and device key escrow
-- (issue #7 item 2; core/sync/CentralStaff, CentralSignIn, CentralStaffSync).
--
-- Each account has a LOGIN role of its own (staff_accounts.role_name, made by
-- core/sync/CentralStaff: "mdg_staff_" + 32 hex digits of a hash of the database name and the
-- login, so a device can name it from its device card). PostgreSQL checks the password (SCRAM):
-- we never store it. The roles are members of the NOLOGIN role madoguchi_staff, which may only
-- connect and call madoguchi.first_sign_in. Tables here are the owner's only.

-- HMAC-SHA1 for TOTP (RFC 6238) comes from pgcrypto (a trusted extension, shipped with
-- Debian's postgresql-15). It may already be installed in another schema: the wrapper below
-- names wherever it is.
CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA madoguchi;

DO $$
DECLARE
    crypto_schema text;
BEGIN
    SELECT n.nspname INTO crypto_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pgcrypto';
    EXECUTE format(
        'CREATE FUNCTION madoguchi.hmac_sha1(message bytea, key bytea) RETURNS bytea '
        'LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp '
        'AS %L', format('SELECT %I.hmac($1, $2, ''sha1'')', crypto_schema));
END
$$;

DO $$
BEGIN
    CREATE ROLE madoguchi_staff NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO madoguchi_staff', current_database());
END
$$;

-- Every change of an account takes the next value, so devices can ask for what changed after
-- the version they saw last (staff_accounts_since).
CREATE SEQUENCE madoguchi.staff_account_version;

CREATE TABLE madoguchi.staff_accounts (
    login              text PRIMARY KEY CHECK (login ~ '^[A-Za-z0-9._-]{1,64}$'),
    account_id         text NOT NULL UNIQUE
                       CHECK (account_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    role_name          text NOT NULL UNIQUE CHECK (role_name ~ '^mdg_staff_[0-9a-f]{32}$'),
    display_name       text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    roles              text[] NOT NULL CHECK (cardinality(roles) >= 1),
    scopes             text[] NOT NULL DEFAULT '{}',
    state              text NOT NULL DEFAULT 'active'
                       CHECK (state IN ('active', 'locked', 'disabled')),
    totp_secret        bytea CHECK (totp_secret IS NULL OR length(totp_secret) = 20),
    last_totp_step     bigint NOT NULL DEFAULT -1,
    failed_attempts    integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until       timestamptz,
    -- Grows when the password or the second factor is reset: devices then drop the person's
    -- key slot, so the old password opens nothing and the next sign-in is a first one again.
    credential_version bigint NOT NULL DEFAULT 1,
    version            bigint NOT NULL DEFAULT nextval('madoguchi.staff_account_version'),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (state = 'disabled' OR totp_secret IS NOT NULL)
);

-- The escrow key of each device: the secret half of the X25519 key pair to which the device's
-- database key is sealed in its key-slot file (the ESCROW slot). Handed to a person who proved
-- password and code centrally (first_sign_in) and to an administrator recovering the device.
CREATE TABLE madoguchi.device_escrow (
    device_id  text PRIMARY KEY REFERENCES madoguchi.devices (id),
    secret     bytea NOT NULL CHECK (length(secret) = 32),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every first sign-in attempt, successful or not.
CREATE TABLE madoguchi.central_sign_ins (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login     text NOT NULL,
    device_id text NOT NULL,
    outcome   text NOT NULL CHECK (outcome IN ('ok', 'wrong_code', 'replayed', 'locked',
                                                'disabled', 'device_revoked', 'unknown_device')),
    at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX central_sign_ins_login ON madoguchi.central_sign_ins (login, at);

-- The six-digit TOTP code of a step (RFC 6238 / RFC 4226: HMAC-SHA1, dynamic truncation).
CREATE FUNCTION madoguchi.totp_code(secret bytea, step bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    mac    bytea := madoguchi.hmac_sha1(int8send(step), secret);
    offs   integer := get_byte(mac, 19) & 15;
    truncated bigint;
BEGIN
    truncated := ((get_byte(mac, offs) & 127)::bigint << 24)
            | (get_byte(mac, offs + 1)::bigint << 16)
            | (get_byte(mac, offs + 2)::bigint << 8)
            | get_byte(mac, offs + 3)::bigint;
    RETURN lpad((truncated % 1000000)::text, 6, '0');
END
$$;

-- A person's first sign-in on a device, called with the person's own role (the password was
-- checked by PostgreSQL when the connection opened). The account must be active and not locked
-- out, the device enrolled and not revoked, and totp_code right for a step within ±1 of now that
-- was not used before (no replay). Five wrong codes in a row lock the account for 15 minutes
-- (the local defaults, security::LockoutPolicy). Every call is logged in central_sign_ins. The
-- outcome is returned rather than raised, so the log and the failure count are kept; only 'ok'
-- comes with the device's escrow secret and the account (its TOTP secret, so the device can
-- check the second factor offline afterwards).
CREATE FUNCTION madoguchi.first_sign_in(device text, totp_code text)
RETURNS TABLE (outcome text, escrow_secret bytea, account_id text, login text,
               display_name text, roles text[], scopes text[], totp_secret bytea,
               totp_step bigint, credential_version bigint, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    account   madoguchi.staff_accounts%ROWTYPE;
    dev_state text;
    secret    bytea;
    now_step  bigint := floor(extract(epoch FROM clock_timestamp()) / 30)::bigint;
    matched   bigint;
    result    text;
    fails     integer;
BEGIN
    SELECT * INTO account FROM madoguchi.staff_accounts a
    WHERE a.role_name = session_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the calling role is not a staff account' USING ERRCODE = 'MD002';
    END IF;
    SELECT d.state INTO dev_state FROM madoguchi.devices d WHERE d.id = device;
    SELECT e.secret INTO secret FROM madoguchi.device_escrow e WHERE e.device_id = device;

    IF account.state = 'disabled' THEN
        result := 'disabled';
    ELSIF account.state = 'locked' OR account.locked_until > now() THEN
        result := 'locked';
    ELSIF dev_state IS NULL OR secret IS NULL THEN
        result := 'unknown_device';
    ELSIF dev_state <> 'enrolled' THEN
        result := 'device_revoked';
    ELSIF totp_code IS NULL OR totp_code !~ '^[0-9]{6}$' THEN
        result := 'wrong_code';
    ELSE
        FOR candidate IN now_step - 1 .. now_step + 1 LOOP
            IF madoguchi.totp_code(account.totp_secret, candidate) = totp_code THEN
                matched := candidate;
                EXIT;
            END IF;
        END LOOP;
        IF matched IS NULL THEN
            result := 'wrong_code';
        ELSIF matched <= account.last_totp_step THEN
            result := 'replayed';
        ELSE
            result := 'ok';
        END IF;
    END IF;

    IF result IN ('wrong_code', 'replayed') THEN
        fails := account.failed_attempts + 1;
        IF fails >= 5 THEN
            UPDATE madoguchi.staff_accounts a
            SET failed_attempts = 0, locked_until = now() + interval '15 minutes'
            WHERE a.login = account.login
            RETURNING a.locked_until INTO account.locked_until;
        ELSE
            UPDATE madoguchi.staff_accounts a SET failed_attempts = fails
            WHERE a.login = account.login;
        END IF;
    ELSIF result = 'ok' THEN
        UPDATE madoguchi.staff_accounts a
        SET last_totp_step = matched, failed_attempts = 0, locked_until = NULL
        WHERE a.login = account.login;
    END IF;
    INSERT INTO madoguchi.central_sign_ins (login, device_id, outcome)
    VALUES (account.login, left(coalesce(device, ''), 64), result);

    IF result = 'ok' THEN
        RETURN QUERY SELECT result, secret, account.account_id, account.login,
                            account.display_name, account.roles, account.scopes,
                            account.totp_secret, matched, account.credential_version,
                            NULL::timestamptz;
    ELSE
        RETURN QUERY SELECT result, NULL::bytea, NULL::text, account.login, NULL::text,
                            NULL::text[], NULL::text[], NULL::bytea, NULL::bigint,
                            NULL::bigint,
                            CASE WHEN account.locked_until > now() THEN account.locked_until END;
    END IF;
END
$$;

-- Account changes after a version, for devices (no secrets): what CentralStaffSync applies to
-- the accounts a device knows.
CREATE FUNCTION madoguchi.staff_accounts_since(after_version bigint)
RETURNS TABLE (login text, account_id text, display_name text, roles text[], scopes text[],
               state text, credential_version bigint, version bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text := madoguchi.calling_device();
BEGIN
    IF after_version IS NULL THEN
        RAISE EXCEPTION 'staff_accounts_since needs a version' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
        SELECT a.login, a.account_id, a.display_name, a.roles, a.scopes, a.state,
               a.credential_version, a.version
        FROM madoguchi.staff_accounts a
        WHERE a.version > after_version
        ORDER BY a.version;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA madoguchi FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA madoguchi FROM PUBLIC;
-- pgcrypto's own functions too, where it was installed here.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA madoguchi FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.hmac_sha1(bytea, bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.totp_code(bytea, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.first_sign_in(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.staff_accounts_since(bigint) FROM PUBLIC;
GRANT USAGE ON SCHEMA madoguchi TO madoguchi_staff;
GRANT EXECUTE ON FUNCTION madoguchi.first_sign_in(text, text) TO madoguchi_staff;
GRANT EXECUTE ON FUNCTION madoguchi.staff_accounts_since(bigint) TO madoguchi_device;
