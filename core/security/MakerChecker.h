// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::audit {
class AuditLog;
}

namespace madoguchi::security {

class Authorizer;

/// A request for a second person's approval.
struct ApprovalRequest
{
    QString id;
    qint64 version = 0;
    QString kind;
    Scope scope = Scope::WelfareService;
    QString objectId;
    QString draftedBy; // staff account id
    bool approved = false;
    QString approvedBy;
};

/// The maker-checker primitive: what one person drafts only a different person holding the
/// approving permission in the same business scope can approve. Decisions build on it.
class MakerChecker
{
    Q_DECLARE_TR_FUNCTIONS(MakerChecker)

public:
    MakerChecker(QSqlDatabase db, audit::AuditLog& audit, const Authorizer& authorizer,
                 const Clock& clock = Clock::system());

    /// Records that session drafted objectId for approval (needs draftPermission in scope).
    Result<QString> draft(const Session& session, const QString& kind, Scope scope,
                          const QString& objectId, const QString& draftPermission);
    /// Approves a drafted request: PermissionDenied for the drafter or anyone without
    /// approvePermission in the request's scope; Conflict if it was approved already.
    Status approve(const Session& session, const QString& requestId,
                   const QString& approvePermission);
    Result<ApprovalRequest> find(const QString& requestId) const;

private:
    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::security
