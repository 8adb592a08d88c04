// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Session.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi::decision {

/// What a decision decides. Codes are stored.
enum class DecisionKind
{
    Grant,  // grant: 支給決定 (a re-certification is a grant that refers to the previous one)
    Reject, // reject: 却下
    Change, // change: 変更決定, refers to the decision it changes
    Cancel, // cancel: 取消, refers to the decision it cancels
    Provisional, // provisional: 暫定支給決定
    Final,       // final: 本支給決定, refers to the provisional decision
};

/// Where a decision stands. Codes are stored. draft → awaiting_approval → approved.
enum class DecisionState
{
    Draft,            // draft
    AwaitingApproval, // awaiting_approval
    Approved,         // approved: immutable from now on
};

QString kindCode(DecisionKind kind);
bool kindFromCode(QStringView code, DecisionKind* kind);
QString kindLabel(DecisionKind kind);
QList<DecisionKind> allKinds();
/// Whether the kind must refer to an earlier, approved decision (change, cancel, final).
bool needsReference(DecisionKind kind);
/// Whether the kind grants something with a validity period (grant, change, provisional, final).
bool grantsBenefit(DecisionKind kind);
/// The ledger entry kind an approved decision of this kind appends: decision, change or
/// cancellation.
QString ledgerEntryKind(DecisionKind kind);

QString stateCode(DecisionState state);
bool stateFromCode(QStringView code, DecisionState* state);

/// What the reviewer drafts: the decision and the inputs it rests on, frozen as they were.
struct DecisionDraft
{
    DecisionKind kind = DecisionKind::Grant;
    QString refersTo;       // previous decision id (change, cancel, final; optional for grant)
    QJsonObject inputs;     // household, income figures … as evaluated
    QString ruleVersion;    // the rule tables' version the evaluation used
    QJsonObject evaluation; // outcome and explanation trail
    QDate validFrom;        // required for grant, change, provisional, final
    QDate validTo;          // same
    std::optional<qint64> monthlyCap; // 負担上限月額 in yen, if one applies
    QString reason;                   // required for reject and cancel
};

/// A decision as stored.
struct Decision
{
    QString id;
    qint64 version = 0;
    QString applicationId;
    QString personId;
    security::Scope scope = security::Scope::WelfareService;
    DecisionKind kind = DecisionKind::Grant;
    QString refersTo;
    QJsonObject inputs;
    QString ruleVersion;
    QJsonObject evaluation;
    QDate validFrom;
    QDate validTo;
    std::optional<qint64> monthlyCap;
    QString reason;
    DecisionState state = DecisionState::Draft;
    QString draftedBy; // staff account id
    QString draftedAt;
    QString approvalRequestId;
    QString approvedBy; // staff account id
    QString approvedAt;
    QString ledgerEntryId;
};

/// One line of the renewal list: a recipient whose current decision's validity ends soon.
struct RenewalItem
{
    QString personId;
    QString decisionId;
    QString applicationId;
    DecisionKind kind = DecisionKind::Grant;
    QDate validTo;
    int daysLeft = 0; // from today (Japan) to validTo
};

} // namespace madoguchi::decision
