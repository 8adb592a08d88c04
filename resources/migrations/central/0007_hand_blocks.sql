-- Number blocks an administrator leased to a device by hand (madoguchi-cli numbers lease), before
-- the device was enrolled or for a site without the central store. Their numbers have the same
-- form as the central series' numbers (a 受給者番号 body "12" + "0001" is the central number
-- 120001), so the central store must never hand them out again: at every sync a device reports
-- its hand-leased blocks of a central series (SyncClient, core/sync/HandBlocks), and the store
-- records each as a lease of that device and moves the series past it. The numbers the series
-- skips that way are never used (a 受給者番号 series has 999,999). A block that overlaps numbers
-- the store has handed out already (to this or another device) is refused: the device stops
-- issuing from it and tells the administrator.
ALTER TABLE madoguchi.number_block_leases ADD COLUMN by_hand boolean NOT NULL DEFAULT false;

-- 'reserved' (recorded now), 'known' (this device reported it before) or 'overlap'.
CREATE FUNCTION madoguchi.reserve_hand_block(series_name text, range_first bigint,
                                             range_last bigint)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = madoguchi, pg_temp
AS $$
DECLARE
    device text := madoguchi.calling_device();
BEGIN
    IF series_name IS NULL OR series_name !~ '^[a-z][a-z0-9_]{0,62}$' OR range_first IS NULL
       OR range_last IS NULL OR range_first < 1 OR range_last < range_first THEN
        RAISE EXCEPTION 'a hand-leased block needs a series and a range' USING ERRCODE = '22023';
    END IF;
    INSERT INTO madoguchi.number_series (series) VALUES (series_name) ON CONFLICT DO NOTHING;
    -- One block at a time per series, as lease_block takes it.
    PERFORM 1 FROM madoguchi.number_series s WHERE s.series = series_name FOR UPDATE;
    IF EXISTS (SELECT 1 FROM madoguchi.number_block_leases l
               WHERE l.series = series_name AND l.device_id = device AND l.by_hand
                 AND l.first_value = range_first AND l.last_value = range_last) THEN
        RETURN 'known';
    END IF;
    IF EXISTS (SELECT 1 FROM madoguchi.number_block_leases l
               WHERE l.series = series_name AND l.first_value <= range_last
                 AND l.last_value >= range_first) THEN
        RETURN 'overlap';
    END IF;
    INSERT INTO madoguchi.number_block_leases (series, device_id, first_value, last_value, by_hand)
    VALUES (series_name, device, range_first, range_last, true);
    UPDATE madoguchi.number_series s SET next_value = greatest(s.next_value, range_last + 1)
    WHERE s.series = series_name;
    RETURN 'reserved';
END
$$;

REVOKE ALL ON FUNCTION madoguchi.reserve_hand_block(text, bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION madoguchi.reserve_hand_block(text, bigint, bigint) TO madoguchi_device;

-- 宛名番号 (10 digits) of devices enrolled with the central store come from the series "atena",
-- which starts above every number a standalone device gives itself (those count up from
-- 1,000,000,001; core/registry/PersonRegistry: nextAtenaNumber).
INSERT INTO madoguchi.number_series (series, next_value) VALUES ('atena', 2000000001)
ON CONFLICT (series) DO UPDATE SET next_value = greatest(madoguchi.number_series.next_value,
                                                         2000000001);
