// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace madoguchi::ui {

/// Audit records as the auditor reads them: local time, device, account, event, object, purpose
/// and outcome, with translated event and outcome names.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        DeviceColumn,
        AccountColumn,
        EventColumn,
        ObjectTypeColumn,
        ObjectIdColumn,
        PurposeColumn,
        OutcomeColumn,
        ColumnCount,
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setRecords(QList<audit::AuditRecord> records);
    const QList<audit::AuditRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString eventText(const QString& code);
    static QString outcomeText(const QString& code);

private:
    QList<audit::AuditRecord> m_records;
};

} // namespace madoguchi::ui
