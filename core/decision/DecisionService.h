// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "decision/Decision.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::decision {

/// Eligibility decisions (支給決定). A reviewer drafts a decision from an application
/// (decision.draft in the application's scope) and sends it for approval; a different person
/// holding decision.approve in that scope approves it (the maker-checker primitive). Approval,
/// in one transaction, makes the decision immutable, appends its ledger entry and moves the
/// application to decided or rejected. An approved decision changes only by a new decision
/// (change, cancel, final, or a re-certifying grant) that refers to it.
class DecisionService
{
    Q_DECLARE_TR_FUNCTIONS(DecisionService)

public:
    /// The approval_request kind of decisions.
    static constexpr char16_t kApprovalKind[] = u"decision";

    DecisionService(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                    const Clock& clock = Clock::system());

    /// Drafts a decision on an application (received, reviewing or awaiting decision; for
    /// change, cancel and final also decided). A received application moves to reviewing.
    /// InvalidInput for an incomplete draft (reject or cancel without a reason, a granting
    /// kind without a validity period, a reference that is missing, not approved, of another
    /// person or scope, or already superseded). Returns the decision's id.
    Result<QString> draft(const security::Session& session, const QString& applicationId,
                          const DecisionDraft& draft);
    /// Replaces the content of a decision still in draft (decision.draft in its scope).
    /// Conflict once it was sent for approval or approved: an approved decision changes only by
    /// a new decision that refers to it.
    Status edit(const security::Session& session, const QString& decisionId,
                const DecisionDraft& draft);
    /// Creates the maker-checker request and moves the application to awaiting decision.
    /// Returns the approval request's id.
    Result<QString> sendForApproval(const security::Session& session, const QString& decisionId);
    /// Approves: PermissionDenied for the drafter (or whoever sent it) and anyone without
    /// decision.approve in the scope; InvalidInput if it was not sent for approval; Conflict if
    /// approved already.
    Status approve(const security::Session& session, const QString& decisionId);

    /// One decision (decision.draft, decision.approve or ledger.view in its scope).
    Result<Decision> find(const security::Session& session, const QString& decisionId);
    /// Decisions awaiting approval in scope, oldest first (decision.approve in scope).
    Result<QList<Decision>> awaitingApproval(const security::Session& session,
                                             security::Scope scope);
    /// Recipients whose current decision (approved, granting, not superseded by a later
    /// approved decision referring to it) ends from today up to today + withinDays, both
    /// included; soonest first (ledger.view in scope).
    Result<QList<RenewalItem>> renewalList(const security::Session& session, security::Scope scope,
                                           int withinDays);

private:
    /// The person's 受給者番号 and 受給者証番号 in the decision's ledger; for the first granting
    /// decision they are issued from the number blocks and stored (call inside the approval's
    /// transaction). Empty for a non-granting decision of a person without numbers.
    Result<std::pair<QString, QString>> recipientNumbersFor(const security::Session& session,
                                                            const Decision& decision);
    Result<Decision> load(const QString& decisionId) const;
    Status checkDraft(const DecisionDraft& draft, const QString& personId, security::Scope scope,
                      const QString& selfId) const;

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::decision
