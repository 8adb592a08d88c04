// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/Session.h"
#include "sync/CentralConnection.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::sync {

/// One case (person) an outreach device holds.
struct CaseAssignment
{
    QString deviceId;
    QString personId;
    QString assignedAt;     // UTC, ISO 8601
    QString assignedBy;     // the central role that assigned it (the device's own role: automatic)
    bool automatic = false; // the device registered the person itself
};

/// Which cases an outreach device holds (issue #7, outreach data minimization; central
/// functions madoguchi.assign_case / unassign_case in resources/migrations/central/
/// 0005_device_functions.sql). An outreach device receives only its assigned persons' rows (and
/// rows that belong to no person); counter workstations receive everything. Assigning sends the
/// person's existing rows to the device at its next pull; unassigning makes the device delete
/// them (CaseScope::forgetPerson). A person an outreach device registers is assigned to it
/// automatically when it pushes.
///
/// An administrator's action at the office (device.manage) with the central owner's URL;
/// audited as case.assign on the administrator's device, purpose "assign" or "unassign", once
/// with the person as object and once with the device.
class CaseAssignments
{
    Q_DECLARE_TR_FUNCTIONS(CaseAssignments)

public:
    CaseAssignments(audit::AuditLog& audit, const security::Authorizer& authorizer);

    /// Returns how many of the person's rows were queued for the device (0: assigned already).
    Result<int> assign(const security::Session& session, const CentralUrl& adminUrl,
                       const QString& deviceId, const QString& personId);
    /// False when the case was not assigned to the device.
    Result<bool> unassign(const security::Session& session, const CentralUrl& adminUrl,
                          const QString& deviceId, const QString& personId);
    /// The device's cases, oldest assignment first.
    Result<QList<CaseAssignment>> list(const security::Session& session, const CentralUrl& adminUrl,
                                       const QString& deviceId);

    // The same on an open connection as the central owner, without permission check or audit
    // (tests, and the calls above).
    static Result<int> assignOn(QSqlDatabase& central, const QString& deviceId,
                                const QString& personId);
    static Result<bool> unassignOn(QSqlDatabase& central, const QString& deviceId,
                                   const QString& personId);
    static Result<QList<CaseAssignment>> listOn(QSqlDatabase& central, const QString& deviceId);

private:
    Status auditCase(const security::Session& session, const QString& deviceId,
                     const QString& personId, const QString& purpose);

    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
};

} // namespace madoguchi::sync
