// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"
#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace madoguchi::security {

/// Lockout settings (administrator's settings; defaults from the city's assessment).
struct LockoutPolicy
{
    int maxFailures = 5;  // failed attempts before the account locks
    int lockMinutes = 15; // how long it stays locked unless an administrator unlocks it
};

/// Counts failed sign-ins per account and locks after too many. The count must work before the
/// database is open (a wrong password cannot open it), so it lives in a small file beside the
/// database ("<db>.signin", owner-only). Events that happen while the database is closed wait
/// there until the next successful sign-in writes them to the audit log.
///
/// The file is not secret and not authenticated: whoever can rewrite it can also copy the key file
/// and guess passwords offline, which Argon2id is there to slow down. Lockout is the defence
/// against guessing at the counter's keyboard.
class SignInGuard
{
    Q_DECLARE_TR_FUNCTIONS(SignInGuard)

public:
    struct PendingEvent
    {
        audit::AuditEvent event;
        QDateTime occurredAtUtc;
    };

    explicit SignInGuard(QString databasePath, const Clock& clock = Clock::system());

    /// AccountLocked, saying until when, if login is locked now.
    Status checkNotLocked(const QString& login) const;
    /// Counts a failed attempt for a known login (never for a name nobody has: what was typed
    /// could be a password). Returns true when this attempt locked the account.
    bool recordFailure(const QString& login, const QString& reason);
    /// An attempt refused because the account is locked: audited, not counted again.
    void recordRefusedWhileLocked(const QString& login);
    /// A failed attempt for a name that is not an account: an audit event without the name.
    void recordUnknownAccount();
    /// Resets the count after a complete sign-in.
    void recordSuccess(const QString& login);
    /// An administrator's unlock.
    void unlock(const QString& login);
    /// Locks until lockedUntilUtc (an administrator's lock, or a lock decided elsewhere).
    void lock(const QString& login, const QDateTime& lockedUntilUtc);
    int failures(const QString& login) const;
    QDateTime lockedUntil(const QString& login) const;

    LockoutPolicy policy() const;
    void setPolicy(const LockoutPolicy& policy);

    /// The events recorded while the database was closed, oldest first; removes them.
    QList<PendingEvent> takePendingEvents();

    QString path() const { return m_path; }

private:
    struct State;
    State load() const;
    void save(const State& state) const;

    QString m_path;
    const Clock& m_clock;
};

} // namespace madoguchi::security
