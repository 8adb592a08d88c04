// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision/Decision.h"
#include "decision/DecisionQueries.h"
#include "ledger/LedgerBook.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace madoguchi::ui {

/// The scope's name as staff read it (the four ledgers).
QString scopeText(security::Scope scope);

/// Applications open for a decision: number, procedure, received on, status, ledger.
class DecisionQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ProcedureColumn,
        ReceivedColumn,
        StatusColumn,
        ScopeColumn,
        ColumnCount,
    };

    explicit DecisionQueueModel(QObject* parent = nullptr);

    void setItems(QList<decision::DecisionQueueItem> items);
    const QList<decision::DecisionQueueItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<decision::DecisionQueueItem> m_items;
};

/// Decisions awaiting approval: kind, ledger, validity, monthly cap, rule version, drafted at.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        ScopeColumn,
        ValidityColumn,
        CapColumn,
        RuleVersionColumn,
        DraftedAtColumn,
        DrafterColumn,
        ColumnCount,
    };

    explicit ApprovalQueueModel(QObject* parent = nullptr);

    /// The signed-in account: its own drafts are marked (the core refuses their approval).
    void setOwnAccountId(const QString& accountId) { m_ownAccountId = accountId; }
    /// Staff account id → display name, for the drafter column.
    void setStaffNames(QHash<QString, QString> names) { m_staffNames = std::move(names); }

    void setDecisions(QList<decision::Decision> decisions);
    const QList<decision::Decision>& decisions() const { return m_decisions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<decision::Decision> m_decisions;
    QString m_ownAccountId;
    QHash<QString, QString> m_staffNames;
};

/// A person's ledger entries in the order recorded: date, kind, summary.
class LedgerTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        KindColumn,
        SummaryColumn,
        ColumnCount,
    };

    explicit LedgerTimelineModel(QObject* parent = nullptr);

    void setEntries(QList<ledger::LedgerEntry> entries);
    const QList<ledger::LedgerEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(const QString& code);
    /// A one-line summary of an entry's JSON payload (kind of decision, validity, cap).
    static QString summaryText(const ledger::LedgerEntry& entry);

private:
    QList<ledger::LedgerEntry> m_entries;
};

} // namespace madoguchi::ui
