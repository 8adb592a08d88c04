// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Session.h"

#include <QWidget>

class QTabWidget;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class LedgerFilePage;
class LedgerTimelineView;

/// The 台帳 page of the main window (ledger.view): the ledger file (台帳一覧, with the renewal
/// filter) and a person's timeline, as two tabs. A row of the file opens its timeline.
class LedgersPage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page.
    explicit LedgersPage(Workspace& workspace, QWidget* parent = nullptr);
    ~LedgersPage() override;

    LedgerFilePage* filePage() const { return m_file; }
    LedgerTimelineView* timeline() const { return m_timeline; }
    bool isShowingTimeline() const;

public slots:
    /// Shows personId's timeline in ledger.
    void openTimeline(const QString& personId, madoguchi::security::Scope ledger);
    /// Shows personId's timeline in the ledger chosen on the timeline (the first the session
    /// may read, unless another was chosen).
    void openPerson(const QString& personId);
    void showFile();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTabWidget* m_tabs = nullptr;
    LedgerFilePage* m_file = nullptr;
    LedgerTimelineView* m_timeline = nullptr;
};

} // namespace madoguchi::ui
