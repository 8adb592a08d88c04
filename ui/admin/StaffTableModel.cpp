// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffTableModel.h"

#include "access/AccessLabels.h"

#include <QColor>
#include <QDateTime>

namespace madoguchi::ui {

using security::AccountState;

StaffTableModel::StaffTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StaffTableModel::setAccounts(QList<security::StaffAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int StaffTableModel::rowOf(const QString& login) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).login == login)
            return row;
    }
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const security::StaffAccount& account = m_accounts.at(index.row());
    const bool lockedNow = account.lockedUntilUtc.isValid() &&
                           account.lockedUntilUtc > QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LoginColumn:
            return account.login;
        case DisplayNameColumn:
            return account.displayName;
        case RolesColumn:
            return AccessLabels::roles(account.roles);
        case ScopesColumn:
            if (account.scopes.isEmpty())
                return role == Qt::DisplayRole ? tr("None") : QVariant();
            return AccessLabels::scopes(account.scopes);
        case StateColumn:
            return AccessLabels::accountState(lockedNow && account.state == AccountState::Active
                                                  ? AccountState::Locked
                                                  : account.state);
        case SecondFactorColumn:
            return account.hasSecondFactor ? tr("Yes") : tr("No (set up at next sign-in)");
        case LockedUntilColumn:
            return lockedNow ? AccessLabels::localDateTime(account.lockedUntilUtc) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (account.state == AccountState::Disabled)
            return QColor(Qt::gray);
        if (index.column() == StateColumn && (lockedNow || account.state == AccountState::Locked))
            return QColor(0xb0, 0x00, 0x20);
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login name");
    case DisplayNameColumn:
        return tr("Display name");
    case RolesColumn:
        return tr("Roles");
    case ScopesColumn:
        return tr("Scopes");
    case StateColumn:
        return tr("State");
    case SecondFactorColumn:
        return tr("Second factor");
    case LockedUntilColumn:
        return tr("Locked until");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
