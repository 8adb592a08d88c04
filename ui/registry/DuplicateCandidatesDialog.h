// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/DuplicateCandidates.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

/// The possible duplicates that sync brought from other devices (registry::DuplicateCandidates),
/// for an administrator (person.merge): one row per pair with both records side by side; each is
/// settled by merging into the left or the right record, or as "not the same person".
class DuplicateCandidatesDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog.
    explicit DuplicateCandidatesDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~DuplicateCandidatesDialog() override;

    int candidateCount() const { return int(m_pairs.size()); }
    QString messageText() const;
    /// Selects the pair in row (for tests and keyboard use).
    void selectRow(int row);

public slots:
    void refresh();
    /// Merges the selected pair, keeping its first (left) or second (right) record.
    void mergeKeepingFirst();
    void mergeKeepingSecond();
    /// Records that the selected pair is not one person.
    void dismissSelected();

private:
    const registry::DuplicatePair* selectedPair() const;
    void merge(bool keepFirst);
    void showMessage(const QString& text, bool error);
    void updateButtons();

    Workspace& m_workspace;
    std::unique_ptr<registry::DuplicateCandidates> m_candidates;
    QList<registry::DuplicatePair> m_pairs;
    QTableWidget* m_table = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_keepFirstButton = nullptr;
    QPushButton* m_keepSecondButton = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace madoguchi::ui
