// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/CapManagement.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi::ledger {

namespace {

constexpr qsizetype kMaxInstitutionLength = 200;

bool hasCapManagement(security::Scope ledger)
{
    return ledger == security::Scope::MedicalRehabilitation ||
           ledger == security::Scope::MedicalPsychiatric;
}

QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

} // namespace

QString CapManagement::recordPermission()
{
    // Visits are entered at the counter (償還払い claims, transcribed 管理票) by intake staff.
    return QStringLiteral("application.intake");
}

QString CapManagement::viewPermission()
{
    return QStringLiteral("ledger.view");
}

CapManagement::CapManagement(QSqlDatabase db, audit::AuditLog& audit,
                             const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

qint64 CapManagement::chargeFor(qint64 copayRequested, qint64 monthlyCap, qint64 alreadyCharged)
{
    const qint64 left = std::max<qint64>(0, monthlyCap - alreadyCharged);
    return std::clamp<qint64>(copayRequested, 0, left);
}

Result<CopayVisit> CapManagement::recordVisit(const security::Session& session,
                                              security::Scope ledger, const CopayVisitInput& visit)
{
    if (Status allowed = m_authorizer.require(session, recordPermission(), ledger,
                                              QStringLiteral("copay_visit"), visit.personId);
        !allowed)
        return allowed.error();
    if (!hasCapManagement(ledger))
        return Error{ErrorCode::InvalidInput,
                     tr("Monthly cap management (上限額管理) applies only to 自立支援医療 "
                        "(更生医療, 精神通院).")};
    const QString institution = visit.institution.trimmed();
    if (visit.personId.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A visit needs the recipient.")};
    if (!visit.visitDate.isValid())
        return Error{ErrorCode::InvalidInput, tr("A visit needs a valid date.")};
    if (institution.isEmpty() || institution.size() > kMaxInstitutionLength)
        return Error{ErrorCode::InvalidInput,
                     tr("A visit needs the medical institution (at most %1 characters).")
                         .arg(kMaxInstitutionLength)};
    if (visit.copayRequested < 0 || visit.monthlyCap < 0 ||
        (visit.medicalCost && *visit.medicalCost < 0))
        return Error{ErrorCode::InvalidInput,
                     tr("The medical cost, the copay and the monthly cap cannot be negative.")};

    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The visit could not be recorded: the database is busy.")};

    const QString key = monthKey(visit.visitDate.year(), visit.visitDate.month());
    auto earlier = visitsOf(ledger, visit.personId, key);
    if (!earlier)
        return earlier.error();
    const qint64 alreadyCharged = earlier->isEmpty() ? 0 : earlier->last().cumulative;

    CopayVisit recorded;
    recorded.ledger = ledger;
    recorded.personId = visit.personId;
    recorded.sequence = int(earlier->size()) + 1;
    recorded.visitDate = visit.visitDate;
    recorded.institution = institution;
    recorded.medicalCost = visit.medicalCost;
    recorded.copayRequested = visit.copayRequested;
    recorded.monthlyCap = visit.monthlyCap;
    recorded.copayCharged = chargeFor(visit.copayRequested, visit.monthlyCap, alreadyCharged);
    recorded.cumulative = alreadyCharged + recorded.copayCharged;
    recorded.recordedAt = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    recorded.recordedBy = session.accountId;

    store::Repository repository(m_db, QStringLiteral("copay_visit"),
                                 {QStringLiteral("ledger"), QStringLiteral("person_id"),
                                  QStringLiteral("month"), QStringLiteral("seq"),
                                  QStringLiteral("visit_date"), QStringLiteral("institution"),
                                  QStringLiteral("medical_cost"), QStringLiteral("copay_requested"),
                                  QStringLiteral("monthly_cap"), QStringLiteral("copay_charged"),
                                  QStringLiteral("cumulative"), QStringLiteral("recorded_at"),
                                  QStringLiteral("recorded_by")},
                                 m_clock);
    auto id =
        repository.insert({{QStringLiteral("ledger"), security::scopeCode(ledger)},
                           {QStringLiteral("person_id"), recorded.personId},
                           {QStringLiteral("month"), key},
                           {QStringLiteral("seq"), recorded.sequence},
                           {QStringLiteral("visit_date"), recorded.visitDate.toString(Qt::ISODate)},
                           {QStringLiteral("institution"), recorded.institution},
                           {QStringLiteral("medical_cost"),
                            recorded.medicalCost ? QVariant(*recorded.medicalCost) : QVariant()},
                           {QStringLiteral("copay_requested"), recorded.copayRequested},
                           {QStringLiteral("monthly_cap"), recorded.monthlyCap},
                           {QStringLiteral("copay_charged"), recorded.copayCharged},
                           {QStringLiteral("cumulative"), recorded.cumulative},
                           {QStringLiteral("recorded_at"), recorded.recordedAt},
                           {QStringLiteral("recorded_by"), recorded.recordedBy}});
    if (!id)
        return id.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The visit could not be recorded.")};
    recorded.id = id.value();
    return recorded;
}

Result<CopayMonth> CapManagement::month(const security::Session& session, security::Scope ledger,
                                        const QString& personId, int year, int month)
{
    if (Status allowed = m_authorizer.require(session, viewPermission(), ledger,
                                              QStringLiteral("copay_month"), personId);
        !allowed)
        return allowed.error();
    if (!hasCapManagement(ledger))
        return Error{ErrorCode::InvalidInput,
                     tr("Monthly cap management (上限額管理) applies only to 自立支援医療 "
                        "(更生医療, 精神通院).")};
    if (personId.trimmed().isEmpty() || year < 1900 || year > 9999 || month < 1 || month > 12)
        return Error{ErrorCode::InvalidInput, tr("Name the recipient and a valid month.")};

    auto visits = visitsOf(ledger, personId, monthKey(year, month));
    if (!visits)
        return visits.error();
    CopayMonth result;
    result.ledger = ledger;
    result.personId = personId;
    result.year = year;
    result.month = month;
    result.visits = std::move(visits).value();
    for (const CopayVisit& visit : std::as_const(result.visits)) {
        result.monthlyCap = visit.monthlyCap;
        result.totalCharged = visit.cumulative;
        if (!result.capReachedOn.isValid() && visit.capReached())
            result.capReachedOn = visit.visitDate;
    }
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::LedgerView, audit::Outcome::Success, session.login,
            QStringLiteral("copay_month"), personId, security::scopeCode(ledger)));
        !audited)
        return audited.error();
    return result;
}

Result<QList<CopayVisit>> CapManagement::visitsOf(security::Scope ledger, const QString& personId,
                                                  const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, seq, visit_date, institution, medical_cost, copay_requested, monthly_cap, "
        "copay_charged, cumulative, recorded_at, recorded_by FROM copay_visit "
        "WHERE ledger = ? AND person_id = ? AND month = ? ORDER BY seq"));
    query.addBindValue(security::scopeCode(ledger));
    query.addBindValue(personId);
    query.addBindValue(key);
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The monthly cap management could not be read: %1")
                                         .arg(query.lastError().databaseText())};
    QList<CopayVisit> visits;
    while (query.next()) {
        CopayVisit visit;
        visit.id = query.value(0).toString();
        visit.ledger = ledger;
        visit.personId = personId;
        visit.sequence = query.value(1).toInt();
        visit.visitDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        visit.institution = query.value(3).toString();
        if (!query.value(4).isNull())
            visit.medicalCost = query.value(4).toLongLong();
        visit.copayRequested = query.value(5).toLongLong();
        visit.monthlyCap = query.value(6).toLongLong();
        visit.copayCharged = query.value(7).toLongLong();
        visit.cumulative = query.value(8).toLongLong();
        visit.recordedAt = query.value(9).toString();
        visit.recordedBy = query.value(10).toString();
        visits << visit;
    }
    return visits;
}

} // namespace madoguchi::ledger
