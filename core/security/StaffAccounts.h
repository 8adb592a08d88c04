// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"
#include "base/Clock.h"
#include "base/Result.h"
#include "security/KeySlotFile.h"
#include "security/SecureBuffer.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
}

namespace madoguchi::security {

class Authorizer;
class SignInGuard;

enum class AccountState
{
    Active,
    Locked,   // by an administrator, or for a while after failed sign-ins
    Disabled, // retired or transferred: its key slot is gone
};

/// A staff member's account as the administration screens show it (no secrets).
struct StaffAccount
{
    QString id;
    qint64 version = 0;
    QString login;
    QString displayName;
    QList<Role> roles;
    QList<Scope> scopes;
    AccountState state = AccountState::Active;
    QDateTime lockedUntilUtc; // set while a sign-in lockout runs
    bool hasSecondFactor = false;
};

/// What an administrator fills in for a new account.
struct NewStaffAccount
{
    QString login;
    QString displayName;
    QList<Role> roles;
    QList<Scope> scopes;
};

/// A second factor being set up: shown as a QR code, saved only once a code from the app matches
/// (or, from the CLI, saved at once and the URI printed once). Move-only.
struct TotpEnrolment
{
    QString accountId;
    QString login;
    SecureBuffer secret;
    QString uri; // otpauth://totp/Madoguchi:login?… (contains the secret: show once, never log)
};

/// Staff accounts in the database and the second step of signing in. Every administrative call
/// takes the acting session and checks `staff.manage` itself; each change is audited in the same
/// transaction.
class StaffAccounts
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)

public:
    StaffAccounts(store::Database& database, audit::AuditLog& audit, const Authorizer& authorizer,
                  SignInGuard& guard, const Clock& clock = Clock::system());

    /// Argon2id cost of the key slots this service creates (moderate unless a test lowers it).
    void setSlotKdf(KdfParams kdf) { m_slotKdf = kdf; }

    // --- first run
    /// The first administrator's account (all roles' administration, no scopes), when there is no
    /// account yet; its login must be the one whose key slot opened the database.
    Result<StaffAccount> createFirstAdministrator(const QString& displayName);

    // --- signing in (the password step is Database::unlock with the account's key slot)
    /// The account of the person whose key slot opened the database.
    Result<StaffAccount> signingInAccount() const;
    /// Second step: the TOTP code. WrongCode (counted toward lockout; replayed codes too),
    /// AccountLocked, AccountDisabled. Audited either way.
    Result<Session> completeSignIn(QStringView code);
    /// A new secret for the signing-in person or for `login` (administrators, from the CLI).
    Result<TotpEnrolment> newEnrolment() const;
    /// Saves the enrolment once code matches it (the code is then used up). For the signing-in
    /// person; then completes the sign-in.
    Result<Session> confirmEnrolmentAndSignIn(const TotpEnrolment& enrolment, QStringView code);
    /// Saves an enrolment without a code (CLI init: the URI is printed once instead).
    Status saveEnrolment(const TotpEnrolment& enrolment);
    /// Records the end of a session (audit + signed checkpoint).
    Status signOut(const Session& session);

    // --- administration (staff.manage)
    Result<QList<StaffAccount>> list(const Session& session) const;
    /// Account id → display name of every account, so queues can say who drafted or printed
    /// something. Any signed-in person (colleagues' names are shown at work); nothing else of an
    /// account is returned. PermissionDenied without a valid session.
    Result<QHash<QString, QString>> colleagueNames(const Session& session) const;
    /// Creates the account and its key slot; returns its enrolment, already saved.
    Result<TotpEnrolment> create(const Session& session, const NewStaffAccount& account,
                                 const SecureBuffer& password);
    Status update(const Session& session, const QString& login, const QString& displayName,
                  const QList<Role>& roles, const QList<Scope>& scopes);
    /// Removes the key slot: the person can no longer open this database, offline included.
    /// The last active administrator cannot be disabled.
    Status disable(const Session& session, const QString& login);
    Status lock(const Session& session, const QString& login);
    Status unlock(const Session& session, const QString& login);
    Status resetPassword(const Session& session, const QString& login,
                         const SecureBuffer& newPassword);
    /// Forgets the second factor; the person enrols a new one at their next sign-in.
    Status resetSecondFactor(const Session& session, const QString& login);

private:
    Result<StaffAccount> findByLogin(const QString& login) const;
    /// login's account, if session may manage staff (the refusal is audited).
    Result<StaffAccount> managedAccount(const Session& session, const QString& login) const;
    Result<SecureBuffer> decryptSecret(const QByteArray& sealed) const;
    QByteArray encryptSecret(const SecureBuffer& secret) const;
    Status writeChange(const StaffAccount& account, const QVariantMap& changes,
                       const audit::AuditEvent& event);
    Session sessionFor(const StaffAccount& account) const;

    store::Database& m_database;
    audit::AuditLog& m_audit;
    const Authorizer& m_authorizer;
    SignInGuard& m_guard;
    const Clock& m_clock;
    KdfParams m_slotKdf = KdfParams::moderate();
};

QString accountStateCode(AccountState state);

} // namespace madoguchi::security
