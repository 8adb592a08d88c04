// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/PermissionMatrix.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

#include <QStringList>

#include <functional>
#include <optional>

namespace madoguchi::audit {
class AuditLog;
}

namespace madoguchi::security {

/// The one place core services ask "may this session do this?". A refusal is a translated
/// PermissionDenied error and an audit record (permission.denied); the caller then changes
/// nothing.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    Authorizer(audit::AuditLog& audit,
               const PermissionMatrix& permissions = PermissionMatrix::builtIn())
        : m_audit(audit), m_permissions(permissions)
    {}

    Status require(const Session& session, const QString& permission,
                   std::optional<Scope> scope = std::nullopt, const QString& objectType = {},
                   const QString& objectId = {}) const;
    bool allows(const Session& session, const QString& permission,
                std::optional<Scope> scope = std::nullopt) const
    {
        return m_permissions.allows(session, permission, scope);
    }
    const PermissionMatrix& permissions() const { return m_permissions; }
    /// A check that every permission except those in exempt must pass first (the outreach
    /// lease, sync::SyncClient::checkLease; installed by Workspace). Its refusal is audited too.
    void setGate(std::function<Status()> gate, QStringList exempt)
    {
        m_gate = std::move(gate);
        m_gateExempt = std::move(exempt);
    }

    /// Maker-checker: approverSession may approve what makerAccountId drafted in scope only if it
    /// is a different person holding approvePermission there. Refusals are audited.
    Status requireChecker(const Session& approverSession, const QString& makerAccountId,
                          const QString& approvePermission, Scope scope, const QString& objectType,
                          const QString& objectId) const;

private:
    audit::AuditLog& m_audit;
    const PermissionMatrix& m_permissions;
    std::function<Status()> m_gate;
    QStringList m_gateExempt;
};

} // namespace madoguchi::security
