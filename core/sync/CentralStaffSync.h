// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
}

namespace madoguchi::sync {

/// Central account changes reaching a device (issue #7): roles, scopes, display name and state
/// of the local accounts linked to a central account (staff_account.central_account_id, set by
/// CentralSignIn). Accounts this device does not know are skipped.
///
/// A central account disabled, or whose password or second factor was reset (its credential
/// version grew), loses its local TOTP secret and its key slot here: the password no longer opens
/// this database, offline included, and after a reset the next sign-in is a first one, online,
/// with the new password and code. The cursor (the last central version applied) is
/// sync_state.staff_version.
class CentralStaffSync
{
    Q_DECLARE_TR_FUNCTIONS(CentralStaffSync)

public:
    /// Reads madoguchi.staff_accounts_since(cursor) on central (a device connection), applies it
    /// in one local transaction with the cursor, audits staff.sync per changed account, then
    /// removes the key slots that must go (removeRevokedSlots). Returns how many local accounts
    /// changed. Call it on the thread of database.
    static Result<int> apply(store::Database& database, QSqlDatabase& central,
                             audit::AuditLog& audit, const Clock& clock = Clock::system());

    /// Removes the key slots of linked local accounts that are disabled or whose credentials were
    /// reset centrally (central_credential_version NULL until the next first sign-in). Needs the
    /// Database that holds the key slots (the one the person opened, not a worker's
    /// Database::openForThisThread copy, which has none: after a sync on a worker thread, call this
    /// on the main thread). Idempotent; returns how many slots went.
    static Result<int> removeRevokedSlots(store::Database& database);
};

} // namespace madoguchi::sync
