// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"

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
    LedgerBook(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
               const Clock& clock = Clock::system());

    Result<QList<LedgerEntry>> entries(const security::Session& session, security::Scope ledger,
                                       const QString& personId = {});
    /// Appends an entry; the caller names the permission its action needs in that ledger.
    Result<QString> append(const security::Session& session, security::Scope ledger,
                           const QString& personId, const QString& kind, const QString& payloadJson,
                           const QString& permission);

private:
    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::ledger
