// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/SignedInUser.h"
#include "store/Database.h"

#include <QList>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace madoguchi::ui {

class LockScreen;
class PlaceholderPage;

/// The application frame: a navigation list on the left, one page per area of work, a status
/// bar with who is signed in and the database state, and a lock screen that hides everything.
/// Owns the open database for as long as the window lives.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The areas of work, in navigation order.
    enum class Page
    {
        PersonSearch,   // 宛名検索
        Applications,   // 申請受付
        Decisions,      // 審査・決定
        Ledgers,        // 台帳
        Printing,       // 受給者証印刷
        Sync,           // 同期
        Audit,          // 監査
        Administration, // 管理
    };
    static constexpr int kPageCount = 8;

    MainWindow(std::unique_ptr<store::Database> database, const SignedInUser& user,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    store::Database* database() const { return m_database.get(); }
    const SignedInUser& signedInUser() const { return m_user; }

    int pageCount() const;
    Page currentPage() const;
    void setCurrentPage(Page page);
    /// The navigation text of a page, as shown.
    QString pageTitle(Page page) const;

    bool isLocked() const;
    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* quitAction() const { return m_quitAction; }

public slots:
    /// Hides all content behind the lock screen; nothing underneath is closed or lost.
    void lock();

signals:
    /// The person chose to sign out: the owner closes this window (and with it the database).
    void signOutRequested();
    /// The window was closed (Quit, or the window's close button).
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private slots:
    void unlock();
    void showAbout();

private:
    void createActions();
    void createPages();
    void retranslate();
    void updateStatusBar();

    std::unique_ptr<store::Database> m_database;
    SignedInUser m_user;
    QStackedWidget* m_centralStack = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_navigationList = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QList<PlaceholderPage*> m_pages;
    LockScreen* m_lockScreen = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_mainToolBar = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    bool m_signingOut = false;
};

} // namespace madoguchi::ui
