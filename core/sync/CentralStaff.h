// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/SecureBuffer.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace madoguchi::sync {

/// A central staff account as an administrator sees it (no secrets).
struct CentralStaffAccount
{
    QString login;
    QString accountId;
    QString displayName;
    QStringList roles;  // role codes (security::roleCode)
    QStringList scopes; // scope codes
    QString state;      // active | locked | disabled
    int failedAttempts = 0;
    QDateTime lockedUntilUtc; // invalid unless a lockout after wrong codes runs
    qint64 version = 0;
};

/// What an administrator fills in for a new central account.
struct NewCentralAccount
{
    QString login;
    QString displayName;
    QList<security::Role> roles;
    QList<security::Scope> scopes;
};

/// A second factor made centrally: the otpauth URI (holds the secret) is shown once, as a QR
/// code or text for the person's authenticator app, and never stored or logged.
struct CentralEnrolment
{
    QString accountId;
    QString login;
    QString uri;
};

/// The administrator's side of central staff accounts and device recovery, on a connection as
/// the central store's owner (resources/migrations/central/0003_staff_accounts.sql).
///
/// Each account gets a PostgreSQL LOGIN role of its own (roleNameFor), a member of
/// madoguchi_staff, which may only call madoguchi.first_sign_in: PostgreSQL checks the person's
/// password at connection (SCRAM-SHA-256), and we never store the password: the role's SCRAM
/// verifier is computed here, so the server never receives the password in clear either.
/// Every change takes a new version (madoguchi.staff_account_version), which devices follow
/// with madoguchi.staff_accounts_since (CentralStaffSync).
class CentralStaff
{
    Q_DECLARE_TR_FUNCTIONS(CentralStaff)

public:
    static constexpr int kMinPasswordLength = 10; // as for local key slots (store::Database)

    /// Creates the account and its role, in one transaction; returns the TOTP enrolment (shown
    /// once). InvalidInput (login, name, roles, password), AlreadyExists, Sql/Io.
    static Result<CentralEnrolment> addAccount(QSqlDatabase& central,
                                               const NewCentralAccount& account,
                                               const security::SecureBuffer& password);
    static Result<QList<CentralStaffAccount>> list(QSqlDatabase& central);
    static Result<CentralStaffAccount> find(QSqlDatabase& central, const QString& login);
    /// New display name, roles and scopes (at least one role).
    static Status update(QSqlDatabase& central, const QString& login, const QString& displayName,
                         const QList<security::Role>& roles, const QList<security::Scope>& scopes);
    /// An administrator's lock: no first sign-in anywhere, and devices lock the local account
    /// at their next sync.
    static Status lock(QSqlDatabase& central, const QString& login);
    /// Ends an administrator's lock and a lockout after wrong codes. A disabled account stays
    /// disabled (AccountDisabled).
    static Status unlock(QSqlDatabase& central, const QString& login);
    /// For good: the role loses LOGIN, its sessions end, devices remove the person's key slot at
    /// their next sync.
    static Status disable(QSqlDatabase& central, const QString& login);
    /// A new password for the role; devices drop the person's key slot at their next sync, so
    /// the next sign-in on each device is a first sign-in with the new password.
    static Status resetPassword(QSqlDatabase& central, const QString& login,
                                const security::SecureBuffer& newPassword);
    /// A new TOTP secret (the URI shown once); devices drop the key slot as for a password reset.
    static Result<CentralEnrolment> resetSecondFactor(QSqlDatabase& central, const QString& login);

    /// The escrow secret of a device (its key-slot file's escrow slot opens with it), for an
    /// administrator who must open a device's database whose passwords and recovery code are all
    /// lost. NotFound for a device without escrow. Handle it as the database key it opens.
    static Result<security::SecureBuffer> recoverDevice(QSqlDatabase& central,
                                                        const QString& deviceId);

    /// mdg_staff_ + 32 hex digits of BLAKE2b over the central database's name and the login:
    /// roles are cluster-wide, so two Madoguchi databases in one cluster never share one, and a
    /// device names the role from its device card before anything is open.
    static QString roleNameFor(const QString& databaseName, const QString& login);
    /// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, 4096
    /// iterations, random 16-byte salt), with PostgreSQL's SASLprep of the password.
    static Result<QString> scramVerifier(const security::SecureBuffer& password);
    /// A login as local accounts accept it (1–64 of A–Z a–z 0–9 . _ -).
    static bool isValidLogin(const QString& login);
};

} // namespace madoguchi::sync
