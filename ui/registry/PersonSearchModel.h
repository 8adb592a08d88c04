// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Person.h"

#include <QAbstractTableModel>
#include <QList>

namespace madoguchi::ui {

/// Search results as a table: 宛名番号, 氏名, カナ, 生年月日 (和暦 with the western date), 住所.
class PersonSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtenaNumberColumn,
        NameColumn,
        KanaColumn,
        BirthDateColumn,
        AddressColumn,
        ColumnCount,
    };
    /// The person's id, on every cell.
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit PersonSearchModel(QObject* parent = nullptr);

    void setRows(QList<registry::PersonSummary> rows);
    const QList<registry::PersonSummary>& rows() const { return m_rows; }
    QString personId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<registry::PersonSummary> m_rows;
};

} // namespace madoguchi::ui
