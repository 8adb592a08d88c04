// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/DecisionModels.h"

#include "intake/ProcedureCatalog.h"
#include "registry/RegistryLabels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace madoguchi::ui {

namespace {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(DecisionLabels)

public:
    static QString scope(security::Scope scope)
    {
        switch (scope) {
        case security::Scope::WelfareService:
            return tr("Welfare services");
        case security::Scope::MedicalRehabilitation:
            return tr("Medical care (rehabilitation)");
        case security::Scope::MedicalPsychiatric:
            return tr("Medical care (psychiatric)");
        case security::Scope::Devices:
            return tr("Prosthetic devices");
        }
        return {};
    }
};

QString yen(qint64 amount)
{
    return QLocale().toString(amount);
}

} // namespace

QString scopeText(security::Scope scope)
{
    return Labels::scope(scope);
}

// ---- DecisionQueueModel

DecisionQueueModel::DecisionQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void DecisionQueueModel::setItems(QList<decision::DecisionQueueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int DecisionQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DecisionQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::DisplayRole)
        return {};
    const decision::DecisionQueueItem& item = m_items.at(index.row());
    switch (index.column()) {
    case NumberColumn:
        return item.applicationNumber;
    case ProcedureColumn: {
        const intake::ProcedureKind* kind =
            intake::ProcedureCatalog::builtIn().find(item.procedureCode);
        return kind ? kind->name : item.procedureCode;
    }
    case ReceivedColumn:
        return item.receivedOn.toString(QStringLiteral("yyyy-MM-dd"));
    case StatusColumn:
        return intake::statusLabel(item.status);
    case ScopeColumn:
        return scopeText(item.scope);
    default:
        return {};
    }
}

QVariant DecisionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Application No.");
    case ProcedureColumn:
        return tr("Procedure");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case ScopeColumn:
        return tr("Ledger");
    default:
        return {};
    }
}

// ---- ApprovalQueueModel

ApprovalQueueModel::ApprovalQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ApprovalQueueModel::setDecisions(QList<decision::Decision> decisions)
{
    beginResetModel();
    m_decisions = std::move(decisions);
    endResetModel();
}

int ApprovalQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_decisions.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_decisions.size() || role != Qt::DisplayRole)
        return {};
    const decision::Decision& d = m_decisions.at(index.row());
    switch (index.column()) {
    case KindColumn:
        return decision::kindLabel(d.kind);
    case ScopeColumn:
        return scopeText(d.scope);
    case ValidityColumn:
        if (!d.validFrom.isValid())
            return QString();
        return tr("%1 – %2").arg(d.validFrom.toString(QStringLiteral("yyyy-MM-dd")),
                                 d.validTo.toString(QStringLiteral("yyyy-MM-dd")));
    case CapColumn:
        return d.monthlyCap ? tr("¥%1").arg(yen(*d.monthlyCap)) : QString();
    case RuleVersionColumn:
        return d.ruleVersion;
    case DraftedAtColumn:
        return RegistryLabels::instant(d.draftedAt);
    case DrafterColumn:
        return !m_ownAccountId.isEmpty() && d.draftedBy == m_ownAccountId
                   ? tr("You (another approver must approve)")
                   : m_staffNames.value(d.draftedBy);
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Decision");
    case ScopeColumn:
        return tr("Ledger");
    case ValidityColumn:
        return tr("Valid");
    case CapColumn:
        return tr("Monthly cap");
    case RuleVersionColumn:
        return tr("Rule version");
    case DraftedAtColumn:
        return tr("Drafted");
    case DrafterColumn:
        return tr("Drafter");
    default:
        return {};
    }
}

// ---- LedgerTimelineModel

LedgerTimelineModel::LedgerTimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerTimelineModel::setEntries(QList<ledger::LedgerEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int LedgerTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LedgerTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerTimelineModel::kindText(const QString& code)
{
    return ledger::LedgerBook::entryKindLabel(code);
}

QString LedgerTimelineModel::summaryText(const ledger::LedgerEntry& entry)
{
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    QStringList parts;
    decision::DecisionKind kind;
    if (decision::kindFromCode(payload.value(QStringLiteral("decision_kind")).toString(), &kind))
        parts << decision::kindLabel(kind);
    const QString from = payload.value(QStringLiteral("valid_from")).toString();
    const QString to = payload.value(QStringLiteral("valid_to")).toString();
    if (!from.isEmpty() || !to.isEmpty())
        parts << tr("valid %1 – %2").arg(from, to);
    if (payload.contains(QStringLiteral("monthly_cap")))
        parts << tr("monthly cap ¥%1")
                     .arg(yen(static_cast<qint64>(
                         payload.value(QStringLiteral("monthly_cap")).toDouble())));
    const QString version = payload.value(QStringLiteral("rule_version")).toString();
    if (!version.isEmpty())
        parts << tr("rules %1").arg(version);
    // Return claims (返還請求) and high-cost refunds: the month, the amount and the reason.
    const QString month = payload.value(QStringLiteral("month")).toString();
    if (!month.isEmpty())
        parts << tr("for %1").arg(month);
    if (payload.contains(QStringLiteral("amount")))
        parts << tr("¥%1").arg(
            yen(static_cast<qint64>(payload.value(QStringLiteral("amount")).toDouble())));
    const QString reason = payload.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        parts << tr("reason: %1").arg(reason);
    return parts.join(tr(", "));
}

QVariant LedgerTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const ledger::LedgerEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case DateColumn:
        return RegistryLabels::instant(entry.recordedAt);
    case KindColumn:
        return kindText(entry.kind);
    case SummaryColumn:
        return summaryText(entry);
    default:
        return {};
    }
}

QVariant LedgerTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Recorded");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
