// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Workspace.h"

#include "sync/SyncClient.h"

#include "security/KeySlotFile.h"

namespace madoguchi {

using security::SecureBuffer;

Workspace::Workspace(std::unique_ptr<store::Database> database, const Clock& clock)
    : m_clock(clock), m_database(std::move(database))
{}

Workspace::~Workspace() = default;

Result<store::Database::UnlockedKey> Workspace::unlockForSignIn(const QString& path,
                                                                const QString& login,
                                                                const SecureBuffer& password,
                                                                const Clock& clock)
{
    security::SignInGuard guard(path, clock);
    if (Status locked = guard.checkNotLocked(login); !locked) {
        // Only an account's own failures lock it, so the login is a real account's.
        guard.recordRefusedWhileLocked(login);
        return locked.error();
    }
    auto unlocked = store::Database::unlock(path, login, password);
    if (!unlocked) {
        if (unlocked.code() == ErrorCode::WrongPassword &&
            guard.recordFailure(login, QStringLiteral("wrong_password")))
            return Error{ErrorCode::AccountLocked,
                         tr("Too many failed attempts: this account is now locked for %n "
                            "minute(s).",
                            nullptr, guard.policy().lockMinutes)};
        if (unlocked.code() == ErrorCode::UnknownAccount)
            guard.recordUnknownAccount();
    }
    return unlocked;
}

Result<std::unique_ptr<Workspace>> Workspace::attach(std::unique_ptr<store::Database> database,
                                                     const Clock& clock)
{
    if (!database)
        return Error{ErrorCode::Internal, tr("The database is not open.")};
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    store::Database& db = *workspace->m_database;
    auto device =
        audit::DeviceIdentity::loadOrCreate(db.connection(), db.subkey("DEVICEKY"), clock);
    if (!device)
        return device.error();
    workspace->m_device = std::make_unique<audit::DeviceIdentity>(std::move(device).value());
    workspace->m_audit =
        std::make_unique<audit::AuditLog>(db.connection(), *workspace->m_device, clock);
    workspace->m_guard = std::make_unique<security::SignInGuard>(db.path(), clock);
    workspace->m_authorizer = std::make_unique<security::Authorizer>(*workspace->m_audit);
    // An outreach laptop past its lease opens no data until it syncs (issue #7).
    workspace->m_authorizer->setGate(
        [&db, &clock = workspace->m_clock] {
            return sync::SyncClient::checkLease(db.connection(), clock);
        },
        {QStringLiteral("sync.run")});
    workspace->m_staff = std::make_unique<security::StaffAccounts>(
        db, *workspace->m_audit, *workspace->m_authorizer, *workspace->m_guard, clock);
    workspace->m_settings = std::make_unique<security::SecuritySettings>(
        db, *workspace->m_audit, *workspace->m_authorizer, *workspace->m_guard);
    // The guard works before the database opens: give it the administrator's lockout settings.
    workspace->m_guard->setPolicy(
        {workspace->m_settings->maxFailedSignIns(), workspace->m_settings->lockoutMinutes()});

    // What happened while the database was closed (failed passwords, lockouts) joins the log now,
    // with the time it happened in the purpose field.
    for (auto& pending : workspace->m_guard->takePendingEvents()) {
        if (pending.occurredAtUtc.isValid())
            pending.event.purpose +=
                QStringLiteral(" at ") + pending.occurredAtUtc.toString(Qt::ISODateWithMs);
        if (Status status = workspace->m_audit->append(pending.event); !status)
            return status.error();
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::signIn(const QString& path, const QString& login,
                                                     const SecureBuffer& password,
                                                     QStringView totpCode, const Clock& clock)
{
    auto unlocked = unlockForSignIn(path, login, password, clock);
    if (!unlocked)
        return unlocked.error();
    auto database = store::Database::open(std::move(unlocked).value());
    if (!database)
        return database.error();
    auto workspace = attach(std::move(database).value(), clock);
    if (!workspace)
        return workspace.error();
    if (Status signedIn = workspace.value()->completeSignIn(totpCode); !signedIn)
        return signedIn.error();
    return workspace;
}

const security::Session& Workspace::session() const
{
    static const security::Session none;
    return m_session ? *m_session : none;
}

Status Workspace::completeSignIn(QStringView totpCode)
{
    auto session = m_staff->completeSignIn(totpCode);
    if (!session)
        return session.error();
    m_session = session.value();
    return {};
}

Status Workspace::completeEnrolment(const security::TotpEnrolment& enrolment, QStringView totpCode)
{
    auto session = m_staff->confirmEnrolmentAndSignIn(enrolment, totpCode);
    if (!session)
        return session.error();
    m_session = session.value();
    return {};
}

Status Workspace::recordLock()
{
    if (Status status = m_audit->append(audit::AuditEvent::of(
            audit::EventType::SessionLock, audit::Outcome::Success, session().login));
        !status)
        return status;
    return m_audit->checkpoint();
}

Status Workspace::recordUnlock()
{
    return m_audit->append(audit::AuditEvent::of(audit::EventType::SessionUnlock,
                                                 audit::Outcome::Success, session().login));
}

Status Workspace::signOut()
{
    Status status;
    if (m_session)
        status = m_staff->signOut(*m_session);
    m_session.reset();
    m_settings.reset();
    m_staff.reset();
    m_authorizer.reset();
    m_audit.reset();
    m_device.reset();
    if (m_database)
        m_database->close();
    return status;
}

Result<QList<audit::AuditRecord>> Workspace::findAudit(const security::Session& session,
                                                       const audit::AuditFilter& filter)
{
    if (Status allowed = m_authorizer->require(session, QStringLiteral("audit.view")); !allowed)
        return allowed.error();
    return audit::AuditLog::find(m_database->connection(), filter);
}

Status Workspace::exportAudit(const security::Session& session, const audit::AuditFilter& filter,
                              QIODevice& out)
{
    if (Status allowed = m_authorizer->require(session, QStringLiteral("audit.export")); !allowed)
        return allowed;
    if (Status written = audit::AuditLog::exportCsv(m_database->connection(), filter, out);
        !written)
        return written;
    return m_audit->append(audit::AuditEvent::of(audit::EventType::AuditExport,
                                                 audit::Outcome::Success, session.login));
}

Result<audit::VerifyReport> Workspace::verifyAudit(const security::Session& session)
{
    if (Status allowed = m_authorizer->require(session, QStringLiteral("audit.view")); !allowed)
        return allowed.error();
    return audit::AuditLog::verify(m_database->connection());
}

} // namespace madoguchi
