// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncEngine.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace madoguchi::ui {

/// The sync status in the main window's status bar (people with sync.run): online or offline,
/// the last sync, changes waiting to be sent, conflicts waiting for a person (a button that
/// opens them), a progress bar during a sync, a "sync now" action and the last error in plain
/// words. Follows a SyncEngine; never touches the database itself.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    /// engine must outlive the widget.
    explicit SyncStatusWidget(sync::SyncEngine& engine, QWidget* parent = nullptr);

    QAction* syncNowAction() const { return m_syncNowAction; }
    /// The texts as shown (for tests).
    QString stateText() const;
    QString lastSyncText() const;
    QString waitingText() const;
    QString conflictsText() const;
    QString errorText() const;
    /// The warning shown after a sync that worked but left a problem (number blocks), and its
    /// details (the tooltip); empty when there is none.
    QString warningText() const;
    QString warningDetails() const;
    /// The progress bar's text ("Sending 3 of 10", "Receiving: 120 changes").
    QString progressText() const;
    bool isProgressVisible() const;
    int progressValue() const;
    int progressMaximum() const;

signals:
    /// The person asked to see the conflicts.
    void conflictsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStatus(const sync::SyncEngineStatus& status);
    void showProgress(qint64 sent, qint64 toSend, bool receiving);
    void showReceived(qint64 received);
    void retranslate();

    sync::SyncEngine& m_engine;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_lastSyncLabel = nullptr;
    QLabel* m_waitingLabel = nullptr;
    QToolButton* m_conflictsButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_warningLabel = nullptr;
    QToolButton* m_syncNowButton = nullptr;
    QAction* m_syncNowAction = nullptr;
    bool m_receiving = false;
    qint64 m_received = 0;
};

} // namespace madoguchi::ui
