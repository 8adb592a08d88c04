-- SPDX-License-Identifier: GPL-3.0-or-later
-- Monthly cap management (上限額管理) for 自立支援医療: one row per visit, in the order the visits
-- were recorded, as the 自己負担上限額管理票 lists them. A row keeps the cap it was charged under
-- and the month's cumulative copay after it, so the record shows what was charged and why.
CREATE TABLE copay_visit (
    id              TEXT PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL,
    ledger          TEXT NOT NULL CHECK (ledger IN ('medical_rehabilitation',
                                                    'medical_psychiatric')),
    person_id       TEXT NOT NULL,
    month           TEXT NOT NULL,          -- YYYY-MM of visit_date
    seq             INTEGER NOT NULL CHECK (seq >= 1), -- 1, 2, … within the person's month
    visit_date      TEXT NOT NULL,          -- ISO date
    institution     TEXT NOT NULL,          -- 指定自立支援医療機関 (name or code)
    medical_cost    INTEGER CHECK (medical_cost IS NULL OR medical_cost >= 0), -- 医療費総額 (10割)
    copay_requested INTEGER NOT NULL CHECK (copay_requested >= 0),
    monthly_cap     INTEGER NOT NULL CHECK (monthly_cap >= 0),
    copay_charged   INTEGER NOT NULL CHECK (copay_charged BETWEEN 0 AND copay_requested),
    cumulative      INTEGER NOT NULL CHECK (cumulative >= 0),
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    UNIQUE (ledger, person_id, month, seq)
);

-- Visits are append-only: a correction is a new entry, never an edit of what was charged.
CREATE TRIGGER copay_visit_no_update BEFORE UPDATE ON copay_visit
BEGIN
    SELECT RAISE(ABORT, 'copay_visit is append-only');
END;

CREATE TRIGGER copay_visit_no_delete BEFORE DELETE ON copay_visit
BEGIN
    SELECT RAISE(ABORT, 'copay_visit is append-only');
END;
