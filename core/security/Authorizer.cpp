// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Authorizer.h"

#include "audit/AuditLog.h"

namespace madoguchi::security {

namespace {
QString purposeFor(const QString& permission, std::optional<Scope> scope)
{
    return scope ? permission + u'@' + scopeCode(*scope) : permission;
}
} // namespace

Status Authorizer::require(const Session& session, const QString& permission,
                           std::optional<Scope> scope, const QString& objectType,
                           const QString& objectId) const
{
    if (m_gate && m_permissions.allows(session, permission, scope) &&
        !m_gateExempt.contains(permission)) {
        if (Status gate = m_gate(); !gate) {
            (void)m_audit.append(audit::AuditEvent::of(
                audit::EventType::PermissionDenied, audit::Outcome::Denied, session.login,
                objectType, objectId, purposeFor(permission, scope) + QStringLiteral(" gate")));
            return gate;
        }
    }
    if (m_permissions.allows(session, permission, scope))
        return {};
    // The refusal is recorded even though nothing else happens.
    (void)m_audit.append(audit::AuditEvent::of(audit::EventType::PermissionDenied,
                                               audit::Outcome::Denied, session.login, objectType,
                                               objectId, purposeFor(permission, scope)));
    if (!session.isValid())
        return Error{ErrorCode::PermissionDenied, tr("Sign in first.")};
    return Error{ErrorCode::PermissionDenied,
                 tr("You do not have permission for this. Your role or business scope does not "
                    "include it; ask an administrator if your duties need it.")};
}

Status Authorizer::requireChecker(const Session& approverSession, const QString& makerAccountId,
                                  const QString& approvePermission, Scope scope,
                                  const QString& objectType, const QString& objectId) const
{
    if (Status allowed = require(approverSession, approvePermission, scope, objectType, objectId);
        !allowed)
        return allowed;
    if (approverSession.accountId != makerAccountId)
        return {};
    (void)m_audit.append(audit::AuditEvent::of(
        audit::EventType::PermissionDenied, audit::Outcome::Denied, approverSession.login,
        objectType, objectId, QStringLiteral("maker_checker")));
    return Error{ErrorCode::PermissionDenied,
                 tr("You drafted this yourself. Another approver must approve it.")};
}

} // namespace madoguchi::security
