// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "documents/DocumentData.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::audit {
class AuditLog;
struct AuditEvent;
} // namespace madoguchi::audit
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::documents {

/// A recipient to send a renewal notice to: a person in one ledger.
struct RenewalTarget
{
    security::Scope ledger = security::Scope::WelfareService;
    QString personId;
};

/// Decision notices (支給決定通知書, 補装具費支給決定通知書, 却下通知書) of approved decisions and
/// renewal notices (更新申請のお知らせ) of current recipients, built from the stored decision,
/// person and recipient rows. Needs certificate.print in the ledger; each print is audited
/// (print, object decision or person). Never contains a My Number.
class NoticeDocuments
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDocuments)

public:
    NoticeDocuments(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                    const Clock& clock = Clock::system());

    /// The notice of one approved decision: grant, change, provisional and final give the
    /// decision notice (the 補装具費 one in the devices ledger), reject the rejection notice with
    /// its reason. InvalidInput for a decision not yet approved or a cancellation.
    Result<DocumentData> build(const security::Session& session, const QString& decisionId);

    /// The renewal notice of a recipient whose grant is current (active or upcoming) in ledger:
    /// current validity, recipient number, cap and the date to apply by. Also needs ledger.view
    /// (the ledger's current state is read and that read is audited).
    Result<DocumentData> renewalNotice(const security::Session& session, security::Scope ledger,
                                       const QString& personId);

    /// The recipients whose current grant ends from today up to today + withinDays, in ledger
    /// or (none given) in every ledger where the session may print, soonest end first per ledger.
    Result<QList<RenewalTarget>> renewalTargets(const security::Session& session,
                                                std::optional<security::Scope> ledger,
                                                int withinDays);

    /// Renders the notices of the decisions to one PDF (one page each) and audits each print.
    /// Nothing is written when one of them cannot be built.
    Status printToPdf(const security::Session& session, const QStringList& decisionIds,
                      const QString& pdfPath);
    /// Renders the renewal notices of the targets to one PDF and audits each print.
    Status printRenewalsToPdf(const security::Session& session, const QList<RenewalTarget>& targets,
                              const QString& pdfPath);

private:
    Status personFields(const QString& personId, QHash<QString, QString>* fields) const;
    QString recipientNumber(security::Scope ledger, const QString& personId) const;
    Status recordPrints(const QList<audit::AuditEvent>& events, const QString& pdfPath);

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::documents
