// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/LedgerFileModel.h"

#include "japanese/Wareki.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace madoguchi::ui {

namespace {

QString warekiDate(QDate date)
{
    const QString era = japanese::Wareki::formatLong(date);
    return era.isEmpty() ? date.toString(QStringLiteral("yyyy-MM-dd")) : era;
}

} // namespace

QString ledgerPeriodText(QDate from, QDate to)
{
    if (!from.isValid())
        return {};
    if (!to.isValid())
        return LedgerFileModel::tr("%1 –").arg(warekiDate(from));
    return LedgerFileModel::tr("%1 – %2").arg(warekiDate(from), warekiDate(to));
}

QString ledgerYenText(qint64 amount)
{
    return LedgerFileModel::tr("¥%1").arg(QLocale().toString(amount));
}

QString ledgerCapText(const std::optional<qint64>& cap)
{
    return cap ? ledgerYenText(*cap) : LedgerFileModel::tr("—");
}

LedgerFileModel::LedgerFileModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerFileModel::setRecipients(QList<ledger::RecipientState> recipients)
{
    beginResetModel();
    m_recipients = std::move(recipients);
    endResetModel();
}

int LedgerFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_recipients.size());
}

int LedgerFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerFileModel::daysLeftText(const ledger::RecipientState& state)
{
    if (!state.validTo.isValid())
        return {};
    if (state.daysLeft > 0)
        return tr("%n day(s)", nullptr, state.daysLeft);
    if (state.daysLeft == 0)
        return tr("Ends today");
    return tr("Ended %n day(s) ago", nullptr, -state.daysLeft);
}

QVariant LedgerFileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_recipients.size())
        return {};
    const ledger::RecipientState& state = m_recipients.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == CapColumn || index.column() == DaysLeftColumn ||
            index.column() == ReturnsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // An outstanding return claim stands out: the clerk acts on it.
        if (index.column() == ReturnsColumn && state.outstandingReturns > 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecipientNumberColumn:
        return state.recipientNumber;
    case NameColumn:
        return state.personName;
    case KanaColumn:
        return state.personKana;
    case StatusColumn:
        return ledger::recipientStatusLabel(state.status);
    case ValidityColumn:
        return ledgerPeriodText(state.validFrom, state.validTo);
    case CapColumn:
        return state.validFrom.isValid() ? ledgerCapText(state.monthlyCap) : QString();
    case DaysLeftColumn:
        return daysLeftText(state);
    case ReturnsColumn:
        return state.outstandingReturns > 0 ? ledgerYenText(state.outstandingReturns) : QString();
    default:
        return {};
    }
}

QVariant LedgerFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientNumberColumn:
        return tr("Recipient No.");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Kana");
    case StatusColumn:
        return tr("Status");
    case ValidityColumn:
        return tr("Valid");
    case CapColumn:
        return tr("Monthly cap");
    case DaysLeftColumn:
        return tr("Days left");
    case ReturnsColumn:
        return tr("Return claims");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
