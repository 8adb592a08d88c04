// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/ConflictQueue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::sync {
class SyncEngine;
}

namespace madoguchi::ui {

/// The 同期 page (sync.run): the conflicts waiting for a person, each opened in a
/// ConflictDialog; after a resolution the list and the engine's counts are read again.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page; engine may be null (no background sync).
    SyncPage(Workspace& workspace, sync::SyncEngine* engine, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<sync::Conflict>& conflicts() const { return m_conflicts; }

public slots:
    /// Reads the open conflicts again.
    void refresh();
    /// Opens the dialog for the conflict in row (modal); true when it was resolved.
    bool openConflict(int row);
    /// Sync by file: asks where to write the package / which reply to read, then does it.
    void exportPackage();
    void importReply();

public:
    /// Sync by file without a file dialog; the outcome (or the error, in plain words) is shown
    /// in fileStatusLabel(). True on success.
    bool exportPackageTo(const QString& path);
    bool importReplyFrom(const QString& path);
    QLabel* fileStatusLabel() const { return m_fileStatus; }

private:
    Workspace& m_workspace;
    sync::SyncEngine* m_engine = nullptr;
    QList<sync::Conflict> m_conflicts;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_syncButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_fileStatus = nullptr;
};

} // namespace madoguchi::ui
