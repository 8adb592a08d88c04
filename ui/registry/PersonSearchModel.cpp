// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/PersonSearchModel.h"

#include "registry/RegistryLabels.h"

namespace madoguchi::ui {

PersonSearchModel::PersonSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void PersonSearchModel::setRows(QList<registry::PersonSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString PersonSearchModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int PersonSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const registry::PersonSummary& person = m_rows.at(index.row());
    if (role == PersonIdRole)
        return person.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AtenaNumberColumn:
        return person.atenaNumber;
    case NameColumn:
        return person.fullName();
    case KanaColumn:
        return person.fullKana();
    case BirthDateColumn:
        return RegistryLabels::date(person.birthDate);
    case AddressColumn:
        return person.address;
    default:
        return {};
    }
}

QVariant PersonSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtenaNumberColumn:
        return tr("宛名番号");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Kana");
    case BirthDateColumn:
        return tr("Date of birth");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
