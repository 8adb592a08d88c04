// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/CertificateService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace madoguchi::ui {

/// The print queue of recipient certificates: state, 受給者番号, name, kind, issue number,
/// validity in 和暦, cap, and who did what when (requested, printed, handed over or mailed, void).
class CertificateQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        RecipientNumberColumn,
        NameColumn,
        KindColumn,
        IssueColumn,
        ValidityColumn,
        CapColumn,
        RequestedColumn,
        LastStepColumn,
        ColumnCount,
    };

    explicit CertificateQueueModel(QObject* parent = nullptr);

    void setCertificates(QList<certificate::Certificate> certificates);
    const QList<certificate::Certificate>& certificates() const { return m_certificates; }
    /// Person id → name as registered (kanji), for the name column.
    void setNames(QHash<QString, QString> names);
    /// The signed-in account: its own steps read "you".
    void setOwnAccountId(const QString& accountId) { m_ownAccountId = accountId; }
    /// Staff account id → display name, for who did each step.
    void setStaffNames(QHash<QString, QString> names) { m_staffNames = std::move(names); }
    /// The row of a certificate id; -1 if not listed.
    int rowOf(const QString& certificateId) const;

    /// "2025-07-18 09:05 (you)": when and by whom, as staff read it.
    QString stepText(const QString& at, const QString& by) const;
    /// The newest step of a certificate ("Printed 2025-07-18 09:05 (you)").
    QString lastStepText(const certificate::Certificate& certificate) const;
    /// "No. 2 (reissue 1)".
    static QString issueText(const certificate::Certificate& certificate);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<certificate::Certificate> m_certificates;
    QHash<QString, QString> m_names;
    QString m_ownAccountId;
    QHash<QString, QString> m_staffNames;
};

} // namespace madoguchi::ui
