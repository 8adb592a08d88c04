// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificateQueueModel.h"

#include "decision/LedgerFileModel.h"
#include "registry/RegistryLabels.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace madoguchi::ui {

using certificate::Certificate;
using certificate::CertificateState;

CertificateQueueModel::CertificateQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void CertificateQueueModel::setCertificates(QList<Certificate> certificates)
{
    beginResetModel();
    m_certificates = std::move(certificates);
    endResetModel();
}

void CertificateQueueModel::setNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_certificates.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

int CertificateQueueModel::rowOf(const QString& certificateId) const
{
    for (int row = 0; row < m_certificates.size(); ++row) {
        if (m_certificates.at(row).id == certificateId)
            return row;
    }
    return -1;
}

QString CertificateQueueModel::stepText(const QString& at, const QString& by) const
{
    if (at.isEmpty())
        return {};
    if (!m_ownAccountId.isEmpty() && by == m_ownAccountId)
        return tr("%1 (you)").arg(RegistryLabels::instant(at));
    if (by.isEmpty())
        return RegistryLabels::instant(at);
    if (const QString name = m_staffNames.value(by); !name.isEmpty())
        return tr("%1 (%2)").arg(RegistryLabels::instant(at), name);
    // An account this device does not know (synced from elsewhere): a short form of its id.
    return tr("%1 (staff …%2)").arg(RegistryLabels::instant(at), by.right(4));
}

QString CertificateQueueModel::lastStepText(const Certificate& c) const
{
    switch (c.state) {
    case CertificateState::Requested:
        return tr("Waiting to be printed");
    case CertificateState::Printed:
        return c.printCount > 1 ? tr("Printed %1, %n time(s)", nullptr, c.printCount)
                                      .arg(stepText(c.printedAt, c.printedBy))
                                : tr("Printed %1").arg(stepText(c.printedAt, c.printedBy));
    case CertificateState::HandedOver:
        return tr("Handed over %1").arg(stepText(c.handedOverAt, c.handedOverBy));
    case CertificateState::Mailed:
        return tr("Mailed %1").arg(stepText(c.handedOverAt, c.handedOverBy));
    case CertificateState::Void:
        return c.voidReason.isEmpty()
                   ? tr("Void %1").arg(stepText(c.voidedAt, c.voidedBy))
                   : tr("Void %1: %2").arg(stepText(c.voidedAt, c.voidedBy), c.voidReason);
    }
    return {};
}

QString CertificateQueueModel::issueText(const Certificate& c)
{
    return c.reissue > 0 ? tr("No. %1 (reissue %2)").arg(c.issueNumber).arg(c.reissue)
                         : tr("No. %1").arg(c.issueNumber);
}

int CertificateQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificateQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_certificates.size())
        return {};
    const Certificate& c = m_certificates.at(index.row());
    if (role == Qt::ForegroundRole) {
        if (c.state == CertificateState::Void)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == StateColumn && c.state == CertificateState::Requested)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == CapColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastStepColumn) {
        QStringList steps;
        steps << tr("Requested %1").arg(stepText(c.requestedAt, c.requestedBy));
        if (!c.printedAt.isEmpty())
            steps << tr("First printed %1").arg(stepText(c.printedAt, c.printedBy));
        if (c.state == CertificateState::HandedOver)
            steps << tr("Handed over %1").arg(stepText(c.handedOverAt, c.handedOverBy));
        if (c.state == CertificateState::Mailed)
            steps << tr("Mailed %1").arg(stepText(c.handedOverAt, c.handedOverBy));
        if (!c.voidedAt.isEmpty())
            steps << tr("Void %1").arg(stepText(c.voidedAt, c.voidedBy));
        if (!c.reissueReason.isEmpty())
            steps << tr("Reissued because: %1").arg(c.reissueReason);
        return steps.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return certificate::certificateStateLabel(c.state);
    case RecipientNumberColumn:
        return c.recipientNumber;
    case NameColumn:
        return m_names.value(c.personId);
    case KindColumn:
        return certificate::kindLabel(c.kind);
    case IssueColumn:
        return issueText(c);
    case ValidityColumn:
        return ledgerPeriodText(c.validFrom, c.validTo);
    case CapColumn:
        return c.monthlyCap ? ledgerCapText(c.monthlyCap) : QString();
    case RequestedColumn:
        return stepText(c.requestedAt, c.requestedBy);
    case LastStepColumn:
        return lastStepText(c);
    default:
        return {};
    }
}

QVariant CertificateQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case RecipientNumberColumn:
        return tr("Recipient no.");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Certificate");
    case IssueColumn:
        return tr("Issue");
    case ValidityColumn:
        return tr("Valid");
    case CapColumn:
        return tr("Monthly cap");
    case RequestedColumn:
        return tr("Requested");
    case LastStepColumn:
        return tr("Last step");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
