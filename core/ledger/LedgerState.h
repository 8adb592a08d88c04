// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "decision/Decision.h"
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

/// Where a recipient stands in one ledger today. Codes are stored nowhere; labels are shown.
enum class RecipientStatus
{
    Active,    // active: a granting decision is current and today is within its validity
    Upcoming,  // upcoming: a granting decision is current and starts after today
    Expired,   // expired: the current granting decision ended before today
    Cancelled, // cancelled: the last approved decision cancelled the grant
    Rejected,  // rejected: only rejections were approved
};

QString recipientStatusCode(RecipientStatus status);
bool recipientStatusFromCode(QStringView code, RecipientStatus* status);
QString recipientStatusLabel(RecipientStatus status);
QList<RecipientStatus> allRecipientStatuses();

/// The current state of one recipient in one ledger: the derived view over its append-only
/// entries and approved decisions (the ledger's "current-state view per recipient").
struct RecipientState
{
    QString personId;
    security::Scope ledger = security::Scope::WelfareService;
    QString personName;        // 氏名 as registered now (kanji)
    QString personKana;        // フリガナ
    QString recipientNumber;   // 受給者番号 (7 digits), empty before the first grant
    QString certificateNumber; // 受給者証番号 (10 digits), empty before the first grant
    RecipientStatus status = RecipientStatus::Rejected;
    QString currentDecisionId; // the approved decision nothing later refers to
    decision::DecisionKind currentKind = decision::DecisionKind::Grant;
    QDate validFrom; // of the current granting decision; invalid when none
    QDate validTo;
    std::optional<qint64> monthlyCap;
    int daysLeft = 0;              // today (Japan) → validTo; negative once expired
    qint64 outstandingReturns = 0; // 返還請求 amounts claimed, in yen
    qint64 highCostRefunds = 0;    // 高額障害福祉サービス等給付費 refunded, in yen
    int entryCount = 0;
    QString lastEntryAt; // ISO UTC of the newest ledger entry
};

/// Which recipients of a ledger (a personal-information file) to list.
struct LedgerFileFilter
{
    std::optional<RecipientStatus> status;
    /// Only recipients whose current grant ends from today up to today + N days (renewal
    /// notices).
    std::optional<int> expiringWithinDays;
};

/// Reads the current state of recipients (ledger.view in the ledger's scope; audited as a
/// ledger view). Never writes.
class LedgerState
{
    Q_DECLARE_TR_FUNCTIONS(LedgerState)

public:
    LedgerState(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                const Clock& clock = Clock::system());

    /// One recipient. NotFound when the person has no approved decision in the ledger.
    Result<RecipientState> recipient(const security::Session& session, security::Scope ledger,
                                     const QString& personId);
    /// Every recipient of the ledger with an approved decision that matches filter, ordered by
    /// validity end (soonest first), then recipient number.
    Result<QList<RecipientState>> file(const security::Session& session, security::Scope ledger,
                                       const LedgerFileFilter& filter = {});
    /// The recipient holding this 受給者番号 in the ledger. NotFound when nobody does.
    Result<RecipientState> byRecipientNumber(const security::Session& session,
                                             security::Scope ledger, const QString& number);

private:
    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::ledger
