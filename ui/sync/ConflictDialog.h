// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/ConflictQueue.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

/// Settles one sync conflict (sync.run): this computer's version and the other device's side
/// by side, field by field, the differences highlighted; keep this computer's, take the other
/// device's, or choose per field. Saving writes the resolution through sync::ConflictQueue
/// (a journaled change of its own, audited).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    /// Table columns.
    enum Column
    {
        FieldColumn,
        MineColumn,
        TheirsColumn,
        TakeTheirsColumn,
        ColumnCount
    };

    /// workspace must be signed in and outlive the dialog.
    ConflictDialog(Workspace& workspace, sync::Conflict conflict, QWidget* parent = nullptr);

    const sync::Conflict& conflict() const { return m_conflict; }
    QTableWidget* table() const { return m_table; }
    /// The table row of column, or -1 when it is not shown.
    int rowOf(const QString& column) const;

    sync::ConflictChoice choice() const;
    void setChoice(sync::ConflictChoice choice);
    /// Field by field: take column from the other device (switches to field-by-field).
    void setTakeTheirs(const QString& column, bool theirs);
    /// The resolution as chosen on screen.
    sync::ConflictResolution resolution() const;

    /// Saves the resolution; false with the reason in errorText() when refused.
    bool save();
    QString errorText() const;
    const sync::ConflictOutcome& outcome() const { return m_outcome; }

public slots:
    void accept() override;

private:
    void fill();
    void updateChoice();

    Workspace& m_workspace;
    sync::Conflict m_conflict;
    sync::ConflictOutcome m_outcome;
    QStringList m_rowColumns;
    QTableWidget* m_table = nullptr;
    QButtonGroup* m_choiceGroup = nullptr;
    QRadioButton* m_mineRadio = nullptr;
    QRadioButton* m_theirsRadio = nullptr;
    QRadioButton* m_fieldsRadio = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace madoguchi::ui
