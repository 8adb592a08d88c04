// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagesFixture.h"
#include "decision/Decision.h"
#include "security/Session.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace madoguchi::test {

/// An office for the ledger screens (台帳): a clerk in every scope (PagesDesk), a reviewer and an
/// approver in every scope, a clerk reading only the welfare-service ledger, an auditor, and
/// blocks of 受給者番号 and 受給者証番号 leased for every ledger, so approvals assign numbers.
/// Decisions go through the core: drafted by the reviewer, approved by the approver.
struct LedgerDesk
{
    PagesDesk desk;
    std::unique_ptr<Workspace> reviewer;
    std::unique_ptr<Workspace> approver;
    std::unique_ptr<Workspace> welfareClerk;
    int applications = 0;

    LedgerDesk();

    Office& office() { return desk.office; }
    Workspace& clerk() { return *desk.clerk; }

    /// A person registered with these names (born 1980-04-01).
    QString person(const QString& familyName, const QString& givenName, const QString& familyKana,
                   const QString& givenKana);
    /// An application of personId in scope, taken by the clerk; its id.
    QString application(const QString& personId, security::Scope scope);
    /// Drafts (reviewer), sends and approves (approver) a decision on applicationId; its id.
    QString decide(const QString& applicationId, const decision::DecisionDraft& draft);
    /// A granting decision for personId in scope valid from–to, approved; its id.
    QString grant(const QString& personId, security::Scope scope, QDate from, QDate to,
                  std::optional<qint64> cap = 9300);
    /// A rejection for personId in scope, approved; its id.
    QString reject(const QString& personId, security::Scope scope);
    /// Cancels (取消) the approved decision decisionId; the cancellation's id.
    QString cancel(const QString& decisionId);
    /// Changes (変更) the approved decision decisionId to a new cap; the change's id.
    QString change(const QString& decisionId, std::optional<qint64> cap);
};

} // namespace madoguchi::test
