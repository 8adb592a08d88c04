-- SPDX-License-Identifier: GPL-3.0-or-later
-- The city-wide My Number field key (issue #7; core/sync/FieldKeyExchange, core/mynumber/
-- CityKey). Devices seal My Numbers and compute their blind indexes with subkeys of one random
-- 32-byte key K, so every device can open a number another device recorded and the same number
-- has the same blind index everywhere. The central store never holds K: each grant is K sealed
-- (libsodium crypto_box_seal) to one device's key, the X25519 form of the Ed25519 public key the
-- device registered at enrolment. Only the device holding that key opens its grant.
--
-- The first enrolled device that syncs while no key exists creates K (create_field_key: one
-- winner, even when two devices try at once); every device holding K grants it to the enrolled,
-- non-revoked devices still waiting (devices_awaiting_field_key, grant_field_key). A grant is
-- never overwritten.

-- The key's id, once (the key itself is only in the grants). singleton: at most one city key.
CREATE TABLE madoguchi.field_key (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    key_id     text NOT NULL UNIQUE
               CHECK (key_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    created_by text NOT NULL REFERENCES madoguchi.devices (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- K sealed to one device: crypto_box_seal(key id as 16 bytes ‖ K), 48 + 48 bytes.
CREATE TABLE madoguchi.field_key_grants (
    device_id  text NOT NULL REFERENCES madoguchi.devices (id),
    key_id     text NOT NULL REFERENCES madoguchi.field_key (key_id),
    sealed     bytea NOT NULL CHECK (length(sealed) = 96),
    granted_by text NOT NULL REFERENCES madoguchi.devices (id),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, key_id)
);

-- The calling device's grant of the current key, and the device that granted it (no row: none
-- yet).
CREATE FUNCTION madoguchi.my_field_key()
RETURNS TABLE (key_id text, sealed bytea, granted_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text := madoguchi.calling_device();
BEGIN
    RETURN QUERY
        SELECT g.key_id, g.sealed, g.granted_by FROM madoguchi.field_key_grants g
        JOIN madoguchi.field_key k ON k.key_id = g.key_id
        WHERE g.device_id = device;
END
$$;

-- Creates the city key with the caller's own grant. Returns false (and changes nothing) when a
-- key exists already: the caller then waits for a grant. Two callers at once: the unique
-- singleton makes the second wait for the first and then find the key.
CREATE FUNCTION madoguchi.create_field_key(new_key_id text, own_sealed bytea)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device  text := madoguchi.calling_device();
    created text;
BEGIN
    IF new_key_id IS NULL
       OR new_key_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RAISE EXCEPTION 'the key id is not a UUID' USING ERRCODE = '22023';
    END IF;
    IF own_sealed IS NULL OR length(own_sealed) <> 96 THEN
        RAISE EXCEPTION 'a sealed field key has 96 bytes' USING ERRCODE = '22023';
    END IF;
    INSERT INTO madoguchi.field_key (singleton, key_id, created_by)
    VALUES (true, new_key_id, device)
    ON CONFLICT DO NOTHING
    RETURNING key_id INTO created;
    IF created IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO madoguchi.field_key_grants (device_id, key_id, sealed, granted_by)
    VALUES (device, new_key_id, own_sealed, device);
    RETURN true;
END
$$;

-- The enrolled, non-revoked devices without a grant of the current key, with their Ed25519
-- public keys. Only for a caller that holds the key (others get no rows).
CREATE FUNCTION madoguchi.devices_awaiting_field_key()
RETURNS TABLE (device_id text, public_key bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text := madoguchi.calling_device();
BEGIN
    RETURN QUERY
        SELECT d.id, d.public_key FROM madoguchi.devices d, madoguchi.field_key k
        WHERE d.state = 'enrolled'
          AND EXISTS (SELECT 1 FROM madoguchi.field_key_grants mine
                      WHERE mine.device_id = device AND mine.key_id = k.key_id)
          AND NOT EXISTS (SELECT 1 FROM madoguchi.field_key_grants g
                          WHERE g.device_id = d.id AND g.key_id = k.key_id)
        ORDER BY d.id;
END
$$;

-- Grants the key to an enrolled, non-revoked device. Only a caller holding a grant of that key
-- may grant it; an existing grant stays as it is (returns false), a new one returns true.
CREATE FUNCTION madoguchi.grant_field_key(target_device text, grant_key_id text,
                                          target_sealed bytea)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device  text := madoguchi.calling_device();
    granted text;
BEGIN
    IF target_sealed IS NULL OR length(target_sealed) <> 96 THEN
        RAISE EXCEPTION 'a sealed field key has 96 bytes' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM madoguchi.field_key_grants g
                   WHERE g.device_id = device AND g.key_id = grant_key_id) THEN
        RAISE EXCEPTION 'the calling device does not hold this field key' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM madoguchi.devices d
                   WHERE d.id = target_device AND d.state = 'enrolled') THEN
        RAISE EXCEPTION 'the device is not enrolled, or revoked' USING ERRCODE = '22023';
    END IF;
    INSERT INTO madoguchi.field_key_grants (device_id, key_id, sealed, granted_by)
    VALUES (target_device, grant_key_id, target_sealed, device)
    ON CONFLICT DO NOTHING
    RETURNING device_id INTO granted;
    RETURN granted IS NOT NULL;
END
$$;

REVOKE ALL ON madoguchi.field_key, madoguchi.field_key_grants FROM PUBLIC;
REVOKE ALL ON FUNCTION madoguchi.my_field_key(), madoguchi.create_field_key(text, bytea),
                       madoguchi.devices_awaiting_field_key(),
                       madoguchi.grant_field_key(text, text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION madoguchi.my_field_key(), madoguchi.create_field_key(text, bytea),
                          madoguchi.devices_awaiting_field_key(),
                          madoguchi.grant_field_key(text, text, bytea) TO madoguchi_device;
