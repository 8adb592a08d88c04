// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
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

/// The security settings an administrator may change (settings.manage), with the defaults of the
/// city's assessment: lock after 5 failed sign-ins for 15 minutes, lock the screen after 10 idle
/// minutes. Kept in the database's setting table; the lockout values are mirrored to the sign-in
/// guard, which must work before the database is open.
class SecuritySettings
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySettings)

public:
    struct Definition
    {
        QString key;
        int defaultValue;
        int minimum;
        int maximum;
        QString description; // translated
    };

    SecuritySettings(store::Database& database, audit::AuditLog& audit,
                     const Authorizer& authorizer, SignInGuard& guard);

    static QList<Definition> definitions();

    int maxFailedSignIns() const;
    int lockoutMinutes() const;
    int idleLockMinutes() const;
    /// The value of key (its default when never set).
    Result<int> value(const QString& key) const;
    /// Sets key (settings.manage; InvalidInput outside its range or for an unknown key); audited.
    Status set(const Session& session, const QString& key, int value);

private:
    store::Database& m_database;
    audit::AuditLog& m_audit;
    const Authorizer& m_authorizer;
    SignInGuard& m_guard;
};

} // namespace madoguchi::security
