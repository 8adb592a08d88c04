// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::ledger {

/// One visit to record: what the 指定自立支援医療機関 would charge before the cap.
struct CopayVisitInput
{
    QString personId;
    QDate visitDate;
    QString institution;               // 指定自立支援医療機関 (name or code)
    std::optional<qint64> medicalCost; // 医療費総額 (10割), when the institution wrote it
    qint64 copayRequested = 0;         // 自己負担額 before the cap, in yen
    qint64 monthlyCap = 0;             // 負担上限月額 of the recipient's decision, in yen
};

/// One line of the 自己負担上限額管理票.
struct CopayVisit
{
    QString id;
    security::Scope ledger = security::Scope::MedicalPsychiatric;
    QString personId;
    int sequence = 0; // 1, 2, … within the person's month
    QDate visitDate;
    QString institution;
    std::optional<qint64> medicalCost;
    qint64 copayRequested = 0;
    qint64 monthlyCap = 0;
    qint64 copayCharged = 0; // what the recipient pays at this visit
    qint64 cumulative = 0;   // the month's copay so far, this visit included (累積額)
    QString recordedAt;
    QString recordedBy; // staff account id

    bool capReached() const { return cumulative >= monthlyCap; }
};

/// A recipient's month: the 自己負担上限額管理票 as data.
struct CopayMonth
{
    security::Scope ledger = security::Scope::MedicalPsychiatric;
    QString personId;
    int year = 0;
    int month = 0;
    QList<CopayVisit> visits; // in the order they were recorded
    qint64 monthlyCap = 0;    // the cap of the latest visit (0 with no visit)
    qint64 totalCharged = 0;  // the month's cumulative copay
    QDate capReachedOn;       // the visit at which the cap was reached; null until then

    bool capReached() const { return capReachedOn.isValid(); }
};

/// Monthly cap management (上限額管理) of 自立支援医療: each visit's copay is charged only up to
/// what is left of the month's 負担上限月額; once the month's cumulative copay reaches the cap,
/// further visits that month, at any institution, cost 0. A new month starts at 0.
///
/// The cap comes from the caller (the recipient's decision; rules/BurdenRules evaluates it).
/// Visits are append-only and charged in the order they are recorded, as the paper form is
/// filled in. Only the two 自立支援医療 ledgers (更生医療, 精神通院) have cap management.
class CapManagement
{
    Q_DECLARE_TR_FUNCTIONS(CapManagement)

public:
    /// The permission recording a visit needs in the ledger's scope.
    static QString recordPermission();
    /// The permission reading a month needs in the ledger's scope (audited as ledger.view).
    static QString viewPermission();

    CapManagement(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                  const Clock& clock = Clock::system());

    /// The copay charged for copayRequested with alreadyCharged of monthlyCap used this month.
    static qint64 chargeFor(qint64 copayRequested, qint64 monthlyCap, qint64 alreadyCharged);

    /// Records a visit and returns it with the copay charged and the month's cumulative copay.
    /// InvalidInput for a ledger without cap management, a missing person, date or institution,
    /// or a negative amount; PermissionDenied without recordPermission() in ledger.
    Result<CopayVisit> recordVisit(const security::Session& session, security::Scope ledger,
                                   const CopayVisitInput& visit);
    /// The person's month (year, month 1–12); a month without visits is empty and starts at 0.
    Result<CopayMonth> month(const security::Session& session, security::Scope ledger,
                             const QString& personId, int year, int month);

private:
    Result<QList<CopayVisit>> visitsOf(security::Scope ledger, const QString& personId,
                                       const QString& monthKey) const;

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::ledger
