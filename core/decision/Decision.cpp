// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/Decision.h"

#include "ledger/LedgerBook.h"

#include <QCoreApplication>

namespace madoguchi::decision {

namespace {
struct Names
{
    Q_DECLARE_TR_FUNCTIONS(Decision)
};
} // namespace

QString kindCode(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Grant:
        return QStringLiteral("grant");
    case DecisionKind::Reject:
        return QStringLiteral("reject");
    case DecisionKind::Change:
        return QStringLiteral("change");
    case DecisionKind::Cancel:
        return QStringLiteral("cancel");
    case DecisionKind::Provisional:
        return QStringLiteral("provisional");
    case DecisionKind::Final:
        return QStringLiteral("final");
    }
    return {};
}

bool kindFromCode(QStringView code, DecisionKind* kind)
{
    for (DecisionKind candidate : allKinds()) {
        if (kindCode(candidate) == code) {
            if (kind)
                *kind = candidate;
            return true;
        }
    }
    return false;
}

QString kindLabel(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Grant:
        return Names::tr("Grant (支給決定)");
    case DecisionKind::Reject:
        return Names::tr("Rejection (却下)");
    case DecisionKind::Change:
        return Names::tr("Change (変更決定)");
    case DecisionKind::Cancel:
        return Names::tr("Cancellation (取消)");
    case DecisionKind::Provisional:
        return Names::tr("Provisional grant (暫定支給決定)");
    case DecisionKind::Final:
        return Names::tr("Final grant (本支給決定)");
    }
    return {};
}

QList<DecisionKind> allKinds()
{
    return {DecisionKind::Grant,  DecisionKind::Reject,      DecisionKind::Change,
            DecisionKind::Cancel, DecisionKind::Provisional, DecisionKind::Final};
}

bool needsReference(DecisionKind kind)
{
    return kind == DecisionKind::Change || kind == DecisionKind::Cancel ||
           kind == DecisionKind::Final;
}

bool grantsBenefit(DecisionKind kind)
{
    return kind == DecisionKind::Grant || kind == DecisionKind::Change ||
           kind == DecisionKind::Provisional || kind == DecisionKind::Final;
}

QString ledgerEntryKind(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Change:
        return QString::fromUtf16(ledger::LedgerBook::kChange);
    case DecisionKind::Cancel:
        return QString::fromUtf16(ledger::LedgerBook::kCancellation);
    default:
        return QString::fromUtf16(ledger::LedgerBook::kDecision);
    }
}

QString stateCode(DecisionState state)
{
    switch (state) {
    case DecisionState::Draft:
        return QStringLiteral("draft");
    case DecisionState::AwaitingApproval:
        return QStringLiteral("awaiting_approval");
    case DecisionState::Approved:
        return QStringLiteral("approved");
    }
    return {};
}

bool stateFromCode(QStringView code, DecisionState* state)
{
    for (DecisionState candidate :
         {DecisionState::Draft, DecisionState::AwaitingApproval, DecisionState::Approved}) {
        if (stateCode(candidate) == code) {
            if (state)
                *state = candidate;
            return true;
        }
    }
    return false;
}

} // namespace madoguchi::decision
