-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync by file (issue #7 item 8): for sites without any network, a device writes its unsent
-- changes to a package file (core/sync/SyncPackage), an administrator reads it at the office with
-- the owner's URL (core/sync/SyncPackageOffice, through the owner-only *_as functions of 0005)
-- and writes a reply file that the device reads back.
--
-- The office's package keys: an X25519 key pair that packages are sealed to (crypto_box_seal)
-- and an Ed25519 key pair that signs replies. Made by the administrator's client (libsodium) on
-- first use: at a device's enrolment or at the first package read. Only the owner reads this
-- table; devices get the PUBLIC halves through package_office_key() at enrolment and at every
-- online sync. At most one key is current (retired_at IS NULL); a retired key still opens the
-- packages sealed to it.
CREATE TABLE madoguchi.package_keys (
    id          text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    sign_public bytea NOT NULL CHECK (length(sign_public) = 32),
    sign_secret bytea NOT NULL CHECK (length(sign_secret) = 64),
    box_public  bytea NOT NULL CHECK (length(box_public) = 32),
    box_secret  bytea NOT NULL CHECK (length(box_secret) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);

CREATE UNIQUE INDEX package_keys_current ON madoguchi.package_keys ((true))
    WHERE retired_at IS NULL;

-- Packages read at the office, one row per (device, package sequence): reading a package again
-- hands out the number blocks leased the first time instead of leasing new ones. The changes
-- themselves are idempotent by (device_id, device_seq) in change_log.
CREATE TABLE madoguchi.package_imports (
    device_id     text NOT NULL REFERENCES madoguchi.devices (id),
    package_seq   bigint NOT NULL CHECK (package_seq >= 1),
    leases        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(leases) = 'array'),
    first_read_at timestamptz NOT NULL DEFAULT now(),
    last_read_at  timestamptz NOT NULL DEFAULT now(),
    read_count    integer NOT NULL DEFAULT 1 CHECK (read_count >= 1),
    PRIMARY KEY (device_id, package_seq)
);

-- The current office key's public halves, for the calling device (none yet: no row).
CREATE FUNCTION madoguchi.package_office_key()
RETURNS TABLE (key_id text, sign_public bytea, box_public bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
BEGIN
    PERFORM madoguchi.calling_device();
    RETURN QUERY
        SELECT k.id, k.sign_public, k.box_public FROM madoguchi.package_keys k
        WHERE k.retired_at IS NULL;
END
$$;

REVOKE ALL ON madoguchi.package_keys, madoguchi.package_imports FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.package_office_key() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION madoguchi.package_office_key() TO madoguchi_device;
