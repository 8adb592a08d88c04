// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerState.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace madoguchi::ui {

/// A validity period in 和暦 (令和7年8月1日 – 令和8年7月31日); empty when from is invalid.
QString ledgerPeriodText(QDate from, QDate to);
/// An amount of money as staff read it (¥12,300).
QString ledgerYenText(qint64 amount);
/// A monthly cap (負担上限月額): the amount, or a dash when none applies.
QString ledgerCapText(const std::optional<qint64>& cap);

/// The recipients of one ledger (台帳一覧): 受給者番号, 氏名, フリガナ, status, validity in 和暦,
/// 負担上限月額, days left and the outstanding 返還請求.
class LedgerFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecipientNumberColumn,
        NameColumn,
        KanaColumn,
        StatusColumn,
        ValidityColumn,
        CapColumn,
        DaysLeftColumn,
        ReturnsColumn,
        ColumnCount,
    };

    explicit LedgerFileModel(QObject* parent = nullptr);

    void setRecipients(QList<ledger::RecipientState> recipients);
    const QList<ledger::RecipientState>& recipients() const { return m_recipients; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "12 days", "ends today", "ended 3 days ago"; empty without a validity period.
    static QString daysLeftText(const ledger::RecipientState& state);

private:
    QList<ledger::RecipientState> m_recipients;
};

} // namespace madoguchi::ui
