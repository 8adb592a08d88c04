// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/KeySlotFile.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"
#include "sync/CentralConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace madoguchi {
class Workspace;
}

namespace madoguchi::sync {

/// The central account as madoguchi.first_sign_in hands it to a device.
struct CentralAccountGrant
{
    QString accountId;
    QString login;
    QString displayName;
    QStringList roles;  // role codes
    QStringList scopes; // scope codes
    security::SecureBuffer totpSecret;
    qint64 totpStep = -1; // the step of the code that was accepted centrally
    qint64 credentialVersion = 0;
};

/// What the online step proved: the database key (login's new key slot already saved beside
/// the database) and the central account. Move-only.
struct FirstSignIn
{
    store::Database::UnlockedKey unlocked;
    CentralAccountGrant account;
};

/// A person's first sign-in on a device, proved against the central account (issue #7).
///
/// The device card (`<db>.central`, sync::DeviceCard) says where the central store is. The
/// person connects with their own PostgreSQL role (PostgreSQL checks the password), and
/// madoguchi.first_sign_in checks the account, the device and the TOTP code; it returns the
/// device's escrow secret, which opens the escrow slot of the key-slot file. The device then
/// adds a key slot for the person's password (so the next sign-in works offline), and creates or
/// updates the local staff_account with the central account's id, name, roles, scopes and TOTP
/// secret (sealed under the database's "TOTPSECR" subkey like every local one). The local second
/// step then runs with the same code, so the code is used up locally too (no replay).
class CentralSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CentralSignIn)

public:
    /// At enrolment (called by SyncClient::enroll): adds the escrow slot for escrowPublicKey to
    /// the database's key-slot file and writes the device card beside it (url's server and TLS
    /// options, deviceId; no user, no password).
    static Status prepareDevice(store::Database& database, const CentralUrl& url,
                                const QString& deviceId, const QByteArray& escrowPublicKey);

    /// Step 1 of opening a device's database with its central escrow secret
    /// (CentralStaff::recoverDevice): an administrator's recovery when every password and the
    /// recovery code are lost. Open the result with store::Database::open, then give the
    /// database a new recovery code (Database::createRecoveryCode). Errors as
    /// KeySlotFile::unlockWithEscrowSecret, DatabaseMissing.
    static Result<store::Database::UnlockedKey>
    unlockForRecovery(const QString& databasePath, const security::SecureBuffer& escrowSecret);

    /// True when login has no key slot here and the device card exists: the sign-in should go
    /// online. False on any doubt (no key file, no card).
    static bool appliesTo(const QString& databasePath, const QString& login);

    /// Step 1, slow (network and Argon2id): off the GUI thread. Errors (translated, plain):
    /// WrongPassword (login or password), WrongCode (wrong or used code), AccountLocked,
    /// AccountDisabled, PermissionDenied (device revoked or unknown centrally), Io (central store
    /// unreachable: "sign in where you have signed in before"), NotFound (no device card),
    /// AlreadyExists (login has a key slot here already: sign in normally).
    static Result<FirstSignIn>
    proveOnline(const QString& databasePath, const QString& login,
                const security::SecureBuffer& password, QStringView code,
                security::KdfParams kdf = security::KdfParams::moderate());

    /// Database::open and Workspace::attach for what proveOnline returned (proved.unlocked is
    /// used up), on the thread that will use them; removes the new key slot again if either
    /// fails.
    static Result<std::unique_ptr<Workspace>> openProved(FirstSignIn& proved,
                                                         const Clock& clock = Clock::system());

    /// Step 2, on the thread that uses workspace (attached to the database opened from
    /// proved.unlocked): writes the local account, audits staff.central_sign_in and completes the
    /// workspace's sign-in with code. On failure the key slot added in step 1 is removed again.
    static Status complete(Workspace& workspace, const FirstSignIn& proved, QStringView code);

    /// Steps 1 and 2 with Database::open and Workspace::attach between them: for the CLI and
    /// tests. The returned workspace is signed in.
    static Result<std::unique_ptr<Workspace>>
    signInFirstTime(const QString& databasePath, const QString& login,
                    const security::SecureBuffer& password, QStringView code,
                    const Clock& clock = Clock::system(),
                    security::KdfParams kdf = security::KdfParams::moderate());
};

} // namespace madoguchi::sync
