// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <chrono>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::sync {
class SyncEngine;
}

namespace madoguchi::ui {

class CertificateVerifyDialog;
class IdleWatcher;
class LockScreen;
class PlaceholderPage;

/// The application frame: a navigation list on the left, one page per area of work the session
/// may use, a status bar with who is signed in (and their roles) and the database state, and a
/// lock screen that hides everything. Owns the signed-in workspace (and with it the open
/// database) for as long as the window lives; closing the window signs out.
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
    /// Without keyboard or mouse input for this long, the window locks itself.
    static constexpr std::chrono::milliseconds kDefaultIdleLock = std::chrono::minutes(10);

    /// workspace must be signed in.
    explicit MainWindow(std::unique_ptr<Workspace> workspace,
                        std::chrono::milliseconds idleLock = kDefaultIdleLock,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The signed-in workspace; null once signed out.
    Workspace* workspace() const { return m_workspace.get(); }

    /// The permissions any one of which opens a page.
    static QStringList pagePermissions(Page page);
    /// Whether the navigation offers page to this session.
    bool isPageAvailable(Page page) const;
    /// The page's widget (a placeholder for areas not built yet).
    QWidget* pageWidget(Page page) const;
    std::chrono::milliseconds idleLockTimeout() const;
    void setIdleLockTimeout(std::chrono::milliseconds timeout);

    int pageCount() const;
    Page currentPage() const;
    void setCurrentPage(Page page);
    /// The navigation text of a page, as shown.
    QString pageTitle(Page page) const;

    bool isLocked() const;
    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* quitAction() const { return m_quitAction; }
    /// 検証: opens the certificate verifier (anyone signed in).
    QAction* verifyAction() const { return m_verifyAction; }
    /// The background sync (people with sync.run); null otherwise and once signed out.
    sync::SyncEngine* syncEngine() const { return m_syncEngine; }

public slots:
    /// Hides all content behind the lock screen (audited); nothing underneath is closed or lost.
    void lock();
    /// Records the sign-out, closes the database and wipes its keys, then signOutRequested().
    void signOut();
    /// Opens the certificate verifier (not modal); null when signed out or locked.
    CertificateVerifyDialog* openCertificateVerifier();

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
    QWidget* createDecisionsPage();
    void retranslate();
    void updateStatusBar();
    void endSession();

    std::unique_ptr<Workspace> m_workspace;
    QStackedWidget* m_centralStack = nullptr;
    QWidget* m_content = nullptr;
    QListWidget* m_navigationList = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QList<QWidget*> m_pages;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idleWatcher = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_mainToolBar = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_verifyAction = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    sync::SyncEngine* m_syncEngine = nullptr;
    bool m_signingOut = false;
};

} // namespace madoguchi::ui
