// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "intake/Application.h"
#include "intake/NumberBlocks.h"
#include "intake/ProcedureCatalog.h"
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

namespace madoguchi::intake {

/// Application intake (申請受付): takes applications of every procedure kind, numbers them from
/// the device's number blocks, moves them through their statuses, and keeps the clerk's
/// autosaved drafts. Every call takes the acting session and checks it here: taking and drafting
/// need application.intake in the procedure's ledger scope.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    /// The number-block kind of application numbers.
    static constexpr char16_t kNumberKind[] = u"application";
    /// Largest autosaved form accepted, in UTF-8 bytes.
    static constexpr qsizetype kMaxDraftBytes = 256 * 1024;

    IntakeService(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                  const Clock& clock = Clock::system(),
                  const ProcedureCatalog& catalog = ProcedureCatalog::builtIn());

    const ProcedureCatalog& catalog() const { return m_catalog; }
    NumberBlocks& numberBlocks() { return m_blocks; }

    /// Validates and stores an application with status received, numbered from the number
    /// blocks, all in one transaction (and audited there). On a form problem: InvalidInput, and
    /// fieldErrors (if given) receives every problem keyed by field code (see FieldErrors); the
    /// caller keeps the form as it is. Discards request.draftId on success.
    Result<Submission> submit(const security::Session& session, const IntakeRequest& request,
                              FieldErrors* fieldErrors = nullptr);

    /// Moves an application to a status allowed from its current one. Needs, in its scope:
    /// application.intake to record a withdrawal (取下げ); decision.draft to start review or pass
    /// it on for decision; decision.approve to decide, reject or send it back to review.
    Status changeStatus(const security::Session& session, const QString& applicationId,
                        ApplicationStatus newStatus);

    /// One application (application.intake or ledger.view in its scope).
    Result<Application> application(const security::Session& session, const QString& applicationId);
    /// Its status changes, oldest first (same permission).
    Result<QList<StatusChange>> statusHistory(const security::Session& session,
                                              const QString& applicationId);

    /// Autosave: stores the form as it is (valid or not). An empty draftId makes a new draft;
    /// returns the draft's id. Drafts belong to the session's account and live only in the
    /// encrypted database: never journaled or synced, never in files.
    Result<QString> saveDraft(const security::Session& session, const QString& draftId,
                              const QString& procedureCode, const QJsonObject& form);
    /// One of the account's drafts (NotFound for another account's).
    Result<IntakeDraft> loadDraft(const security::Session& session, const QString& draftId);
    /// The account's drafts, newest first: what to offer back after a crash or forced quit.
    Result<QList<IntakeDraft>> drafts(const security::Session& session);
    Status discardDraft(const security::Session& session, const QString& draftId);

private:
    Status recordAudit(const security::Session& session, const QString& eventCode,
                       const QString& applicationId, const QString& purpose);
    FieldErrors checkRequest(const IntakeRequest& request) const;

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
    const ProcedureCatalog& m_catalog;
    NumberBlocks m_blocks;
};

} // namespace madoguchi::intake
