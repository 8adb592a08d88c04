// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "base/Clock.h"
#include "base/Result.h"
#include "security/Authorizer.h"
#include "security/SecuritySettings.h"
#include "security/SignInGuard.h"
#include "security/StaffAccounts.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace madoguchi {

/// An open database with everything that acts on it: the device identity, the audit log, the
/// sign-in guard, the authorizer and the services. The GUI and the CLI make one after opening the
/// database, and sign in through it.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    /// Step 1 of signing in, slow (Argon2id), any thread: refuses a locked account, counts a
    /// wrong password toward lockout, and takes the database key out of login's slot.
    static Result<store::Database::UnlockedKey>
    unlockForSignIn(const QString& path, const QString& login,
                    const security::SecureBuffer& password, const Clock& clock = Clock::system());

    /// Step 2, on the thread that will use it: wraps an open database. Writes the sign-in events
    /// that happened while the database was closed into the audit log.
    static Result<std::unique_ptr<Workspace>> attach(std::unique_ptr<store::Database> database,
                                                     const Clock& clock = Clock::system());

    /// unlockForSignIn + Database::open + attach + the second factor: for the CLI and tests.
    static Result<std::unique_ptr<Workspace>> signIn(const QString& path, const QString& login,
                                                     const security::SecureBuffer& password,
                                                     QStringView totpCode,
                                                     const Clock& clock = Clock::system());

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    store::Database& database() { return *m_database; }
    audit::AuditLog& audit() { return *m_audit; }
    security::SignInGuard& signInGuard() { return *m_guard; }
    const security::Authorizer& authorizer() const { return *m_authorizer; }
    security::StaffAccounts& staff() { return *m_staff; }
    security::SecuritySettings& settings() { return *m_settings; }
    const Clock& clock() const { return m_clock; }

    /// The signed-in person, once the second factor was accepted.
    bool isSignedIn() const { return m_session.has_value(); }
    const security::Session& session() const;
    /// Second step of signing in (TOTP); on success this workspace is signed in.
    Status completeSignIn(QStringView totpCode);
    /// For an account without a second factor: enrol it, then sign in.
    Status completeEnrolment(const security::TotpEnrolment& enrolment, QStringView totpCode);

    /// The screen was locked or unlocked (audited; a lock also seals the log with a checkpoint).
    Status recordLock();
    Status recordUnlock();
    /// Audit, checkpoint, close the database and wipe its keys.
    Status signOut();

    /// The audit log for an auditor (audit.view).
    Result<QList<audit::AuditRecord>> findAudit(const security::Session& session,
                                                const audit::AuditFilter& filter);
    /// CSV for 自己点検・内部監査・外部監査 (audit.export); the export itself is audited.
    Status exportAudit(const security::Session& session, const audit::AuditFilter& filter,
                       QIODevice& out);
    /// Checks the chain and checkpoint signatures (audit.view).
    Result<audit::VerifyReport> verifyAudit(const security::Session& session);

private:
    Workspace(std::unique_ptr<store::Database> database, const Clock& clock);

    const Clock& m_clock;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<audit::DeviceIdentity> m_device;
    std::unique_ptr<audit::AuditLog> m_audit;
    std::unique_ptr<security::SignInGuard> m_guard;
    std::unique_ptr<security::Authorizer> m_authorizer;
    std::unique_ptr<security::StaffAccounts> m_staff;
    std::unique_ptr<security::SecuritySettings> m_settings;
    std::optional<security::Session> m_session;
};

} // namespace madoguchi
