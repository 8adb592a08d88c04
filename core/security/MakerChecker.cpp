// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/MakerChecker.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace madoguchi::security {

namespace {
QStringList requestColumns()
{
    return {QStringLiteral("kind"),        QStringLiteral("scope"),
            QStringLiteral("object_id"),   QStringLiteral("drafted_by"),
            QStringLiteral("drafted_at"),  QStringLiteral("state"),
            QStringLiteral("approved_by"), QStringLiteral("approved_at")};
}
} // namespace

MakerChecker::MakerChecker(QSqlDatabase db, audit::AuditLog& audit, const Authorizer& authorizer,
                           const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<QString> MakerChecker::draft(const Session& session, const QString& kind, Scope scope,
                                    const QString& objectId, const QString& draftPermission)
{
    if (Status allowed = m_authorizer.require(session, draftPermission, scope, kind, objectId);
        !allowed)
        return allowed.error();
    store::Transaction transaction(m_db);
    store::Repository repository(m_db, QStringLiteral("approval_request"), requestColumns(),
                                 m_clock);
    auto id = repository.insert(
        {{QStringLiteral("kind"), kind},
         {QStringLiteral("scope"), scopeCode(scope)},
         {QStringLiteral("object_id"), objectId},
         {QStringLiteral("drafted_by"), session.accountId},
         {QStringLiteral("drafted_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("state"), QStringLiteral("drafted")}});
    if (!id)
        return id.error();
    if (Status audited = m_audit.append(audit::AuditEvent::of(audit::EventType::ApprovalDraft,
                                                              audit::Outcome::Success,
                                                              session.login, kind, objectId));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The draft could not be saved.")};
    return id;
}

Status MakerChecker::approve(const Session& session, const QString& requestId,
                             const QString& approvePermission)
{
    auto request = find(requestId);
    if (!request)
        return request.error();
    if (Status allowed =
            m_authorizer.requireChecker(session, request->draftedBy, approvePermission,
                                        request->scope, request->kind, request->objectId);
        !allowed)
        return allowed;
    if (request->approved)
        return Error{ErrorCode::Conflict, tr("This has been approved already.")};
    store::Transaction transaction(m_db);
    store::Repository repository(m_db, QStringLiteral("approval_request"), requestColumns(),
                                 m_clock);
    auto version = repository.update(
        requestId, request->version,
        {{QStringLiteral("state"), QStringLiteral("approved")},
         {QStringLiteral("approved_by"), session.accountId},
         {QStringLiteral("approved_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)}});
    if (!version)
        return version.error();
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::ApprovalApprove, audit::Outcome::Success,
                                  session.login, request->kind, request->objectId));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The approval could not be saved.")};
    return {};
}

Result<ApprovalRequest> MakerChecker::find(const QString& requestId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, version, kind, scope, object_id, drafted_by, state, "
                                 "approved_by FROM approval_request WHERE id = ?"));
    query.addBindValue(requestId);
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The approval requests could not be read.")};
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such approval request.")};
    ApprovalRequest request;
    request.id = query.value(0).toString();
    request.version = query.value(1).toLongLong();
    request.kind = query.value(2).toString();
    if (!scopeFromCode(query.value(3).toString(), &request.scope))
        return Error{ErrorCode::DatabaseCorrupt, tr("The approval request has an unknown scope.")};
    request.objectId = query.value(4).toString();
    request.draftedBy = query.value(5).toString();
    request.approved = query.value(6).toString() == u"approved";
    request.approvedBy = query.value(7).toString();
    return request;
}

} // namespace madoguchi::security
