// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview/AuditTableModel.h"

#include "audit/AuditEvent.h"

#include <QColor>

namespace madoguchi::ui {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setRecords(QList<audit::AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::eventText(const QString& code)
{
    audit::EventType type;
    return audit::eventFromCode(code, &type) ? audit::eventLabel(type) : code;
}

QString AuditTableModel::outcomeText(const QString& code)
{
    audit::Outcome outcome;
    return audit::outcomeFromCode(code, &outcome) ? audit::outcomeLabel(outcome) : code;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const audit::AuditRecord& record = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return record.recordedAtUtc().toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case DeviceColumn:
            return record.deviceId;
        case AccountColumn:
            return record.account;
        case EventColumn:
            return eventText(record.event);
        case ObjectTypeColumn:
            return record.objectType;
        case ObjectIdColumn:
            return record.objectId;
        case PurposeColumn:
            return record.purpose;
        case OutcomeColumn:
            return outcomeText(record.outcome);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return tr("Record %1, recorded %2 (UTC)").arg(record.seq).arg(record.recordedAt);
        case EventColumn:
            return record.event;
        case DeviceColumn:
        case ObjectIdColumn:
        case PurposeColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        record.outcome != audit::outcomeCode(audit::Outcome::Success))
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DeviceColumn:
        return tr("Device");
    case AccountColumn:
        return tr("Account");
    case EventColumn:
        return tr("Event");
    case ObjectTypeColumn:
        return tr("Object type");
    case ObjectIdColumn:
        return tr("Object ID");
    case PurposeColumn:
        return tr("Purpose");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
