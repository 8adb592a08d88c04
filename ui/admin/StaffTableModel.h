// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/StaffAccounts.h"

#include <QAbstractTableModel>
#include <QList>

namespace madoguchi::ui {

/// Staff accounts for the administration page (no secrets: StaffAccount carries none).
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        DisplayNameColumn,
        RolesColumn,
        ScopesColumn,
        StateColumn,
        SecondFactorColumn,
        LockedUntilColumn,
        ColumnCount,
    };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setAccounts(QList<security::StaffAccount> accounts);
    const QList<security::StaffAccount>& accounts() const { return m_accounts; }
    /// The row of login, or -1.
    int rowOf(const QString& login) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<security::StaffAccount> m_accounts;
};

} // namespace madoguchi::ui
