// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::ledger {

/// One append-only entry of a benefit ledger (台帳).
struct LedgerEntry
{
    QString id;
    security::Scope ledger = security::Scope::WelfareService;
    QString personId;
    QString kind;
    QString payload; // JSON
    QString recordedAt;
    QString recordedBy; // staff account id
};

/// The four benefit ledgers (the assessment's personal-information files). Reading one needs
/// ledger.view in its scope and is audited; entries are only ever appended.
class LedgerBook
{
    Q_DECLARE_TR_FUNCTIONS(LedgerBook)

public:
    /// Entry kinds (stored codes).
    static constexpr char16_t kDecision[] = u"decision";
    static constexpr char16_t kChange[] = u"change";
    static constexpr char16_t kCancellation[] = u"cancellation";
    static constexpr char16_t kReissue[] = u"reissue";
    static constexpr char16_t kReturnClaim[] = u"return_claim"; // 返還請求
    static constexpr char16_t kHighCostRefund[] =
        u"high_cost_refund"; // 高額障害福祉サービス等給付費
    /// The translated name of an entry kind code (the code itself when unknown).
    static QString entryKindLabel(const QString& kind);

    LedgerBook(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
               const Clock& clock = Clock::system());

    Result<QList<LedgerEntry>> entries(const security::Session& session, security::Scope ledger,
                                       const QString& personId = {});
    /// Appends an entry; the caller names the permission its action needs in that ledger.
    Result<QString> append(const security::Session& session, security::Scope ledger,
                           const QString& personId, const QString& kind, const QString& payloadJson,
                           const QString& permission);

    /// Records a return claim (返還請求) of amountYen (> 0) with a reason (required), optionally
    /// naming the decision it concerns (must be the person's, in that ledger). Needs
    /// decision.draft in the ledger; audited as ledger.append. InvalidInput names the field.
    Result<QString> recordReturnClaim(const security::Session& session, security::Scope ledger,
                                      const QString& personId, qint64 amountYen,
                                      const QString& reason, const QString& decisionId = {});
    /// Records a 高額障害福祉サービス等給付費 refund for the household month (yyyy-MM) in the
    /// welfare-service ledger: amountYen (> 0) and the explanation of how it was computed (from
    /// rules::HighCostRules). Needs decision.draft in welfare_service; audited as ledger.append.
    Result<QString> recordHighCostRefund(const security::Session& session, const QString& personId,
                                         const QString& month, qint64 amountYen,
                                         const QJsonObject& explanation);

private:
    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::ledger
