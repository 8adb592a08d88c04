-- SPDX-License-Identifier: GPL-3.0-or-later
-- Central staff accounts on this device (core/sync/CentralSignIn, CentralStaffSync).
--
-- A local account made by a first sign-in online is linked to its central account: its id
-- there, and the credential version it was made with (a central password or second-factor
-- reset raises it; the device then drops the person's key slot). Local-only accounts keep NULL.
ALTER TABLE staff_account ADD COLUMN central_account_id TEXT;
ALTER TABLE staff_account ADD COLUMN central_credential_version INTEGER;

CREATE UNIQUE INDEX staff_account_central ON staff_account (central_account_id)
    WHERE central_account_id IS NOT NULL;

-- The version of the last central account change applied here (staff_accounts_since).
ALTER TABLE sync_state ADD COLUMN staff_version INTEGER NOT NULL DEFAULT 0;
