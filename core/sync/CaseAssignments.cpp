// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CaseAssignments.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

constexpr char kPermission[] = "device.manage";
// SQLSTATEs of madoguchi.assign_case.
constexpr char kNotOutreachState[] = "MD010";
constexpr char kNoPersonState[] = "MD011";

bool isId(const QString& id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(id).hasMatch();
}

Status checkIds(const QString& deviceId, const QString* personId)
{
    if (!isId(deviceId))
        return Error{ErrorCode::InvalidInput,
                     CaseAssignments::tr("The device id is missing or malformed: a device id "
                                         "looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.")};
    if (personId && !isId(*personId))
        return Error{ErrorCode::InvalidInput,
                     CaseAssignments::tr("The person id is missing or malformed: a person id "
                                         "looks like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.")};
    return {};
}

Error assignError(const QSqlError& error, const QString& what)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String(kNotEnrolledState))
        return Error{ErrorCode::NotFound,
                     CaseAssignments::tr("No enrolled device has this id (or it was revoked).")};
    if (state == QLatin1String(kNotOutreachState))
        return Error{ErrorCode::InvalidInput,
                     CaseAssignments::tr("This device is a counter workstation: it receives every "
                                         "case. Only outreach devices hold assigned cases.")};
    if (state == QLatin1String(kNoPersonState))
        return Error{ErrorCode::NotFound,
                     CaseAssignments::tr("The central store has no person with this id. If the "
                                         "person was registered on a device that has not synced "
                                         "yet, sync that device first.")};
    return centralError(error, what);
}

} // namespace

CaseAssignments::CaseAssignments(audit::AuditLog& audit, const security::Authorizer& authorizer)
    : m_audit(audit), m_authorizer(authorizer)
{}

Result<int> CaseAssignments::assignOn(QSqlDatabase& central, const QString& deviceId,
                                      const QString& personId)
{
    if (Status ids = checkIds(deviceId, &personId); !ids)
        return ids.error();
    QSqlQuery query(central);
    query.prepare(QStringLiteral("SELECT madoguchi.assign_case(?, ?)"));
    query.addBindValue(deviceId);
    query.addBindValue(personId);
    if (!query.exec() || !query.next())
        return assignError(query.lastError(), tr("assigning the case"));
    return query.value(0).toInt();
}

Result<bool> CaseAssignments::unassignOn(QSqlDatabase& central, const QString& deviceId,
                                         const QString& personId)
{
    if (Status ids = checkIds(deviceId, &personId); !ids)
        return ids.error();
    QSqlQuery query(central);
    query.prepare(QStringLiteral("SELECT madoguchi.unassign_case(?, ?)"));
    query.addBindValue(deviceId);
    query.addBindValue(personId);
    if (!query.exec() || !query.next())
        return assignError(query.lastError(), tr("taking the case back"));
    return query.value(0).toBool();
}

Result<QList<CaseAssignment>> CaseAssignments::listOn(QSqlDatabase& central,
                                                      const QString& deviceId)
{
    if (Status ids = checkIds(deviceId, nullptr); !ids)
        return ids.error();
    QSqlQuery known(central);
    known.prepare(QStringLiteral("SELECT 1 FROM madoguchi.devices WHERE id = ?"));
    known.addBindValue(deviceId);
    if (!known.exec())
        return assignError(known.lastError(), tr("reading the device's cases"));
    if (!known.next())
        return Error{ErrorCode::NotFound,
                     tr("No enrolled device has this id (or it was revoked).")};
    QSqlQuery query(central);
    query.prepare(QStringLiteral(
        "SELECT device_id, person_id, to_char(assigned_at AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), assigned_by, automatic "
        "FROM madoguchi.case_assignments WHERE device_id = ? ORDER BY assigned_at, person_id"));
    query.addBindValue(deviceId);
    if (!query.exec())
        return assignError(query.lastError(), tr("reading the device's cases"));
    QList<CaseAssignment> cases;
    while (query.next())
        cases.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toBool()});
    return cases;
}

Result<int> CaseAssignments::assign(const security::Session& session, const CentralUrl& adminUrl,
                                    const QString& deviceId, const QString& personId)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission)); !allowed)
        return allowed.error();
    if (Status ids = checkIds(deviceId, &personId); !ids)
        return ids.error();
    auto central = CentralConnection::open(adminUrl);
    if (!central)
        return central.error();
    auto queued = assignOn(central.value()->db(), deviceId, personId);
    if (!queued)
        return queued.error();
    if (Status audited = auditCase(session, deviceId, personId, QStringLiteral("assign")); !audited)
        return audited.error();
    return queued;
}

Result<bool> CaseAssignments::unassign(const security::Session& session, const CentralUrl& adminUrl,
                                       const QString& deviceId, const QString& personId)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission)); !allowed)
        return allowed.error();
    if (Status ids = checkIds(deviceId, &personId); !ids)
        return ids.error();
    auto central = CentralConnection::open(adminUrl);
    if (!central)
        return central.error();
    auto taken = unassignOn(central.value()->db(), deviceId, personId);
    if (!taken)
        return taken.error();
    if (Status audited = auditCase(session, deviceId, personId, QStringLiteral("unassign"));
        !audited)
        return audited.error();
    return taken;
}

Status CaseAssignments::auditCase(const security::Session& session, const QString& deviceId,
                                  const QString& personId, const QString& purpose)
{
    // Two records, one per object (an audit record names one object, and its purpose may not
    // hold an id that could look like a My Number): the person, and the device.
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::CaseAssign, audit::Outcome::Success,
                                  session.login, QStringLiteral("person"), personId, purpose));
        !audited)
        return audited;
    return m_audit.append(audit::AuditEvent::of(audit::EventType::CaseAssign,
                                                audit::Outcome::Success, session.login,
                                                QStringLiteral("device"), deviceId, purpose));
}

Result<QList<CaseAssignment>> CaseAssignments::list(const security::Session& session,
                                                    const CentralUrl& adminUrl,
                                                    const QString& deviceId)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission)); !allowed)
        return allowed.error();
    auto central = CentralConnection::open(adminUrl);
    if (!central)
        return central.error();
    return listOn(central.value()->db(), deviceId);
}

} // namespace madoguchi::sync
