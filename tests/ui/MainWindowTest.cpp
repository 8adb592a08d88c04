// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "UiTestSupport.h"
#include "access/LockScreen.h"
#include "shell/PlaceholderPage.h"
#include "shell/Translations.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::MainWindow;
using namespace std::chrono_literals;

namespace {

void typeIntoLockScreen(MainWindow& window, const QString& password)
{
    auto* lockScreen = child<ui::LockScreen>(&window, "lockScreen");
    child<QLineEdit>(lockScreen, "passwordEdit")->setText(password);
    child<QPushButton>(lockScreen, "unlockButton")->click();
    REQUIRE(waitUntil([&]() { return !lockScreen->isBusy(); }));
}

QList<MainWindow::Page> availablePages(const MainWindow& window)
{
    QList<MainWindow::Page> pages;
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        if (window.isPageAvailable(static_cast<MainWindow::Page>(i)))
            pages.append(static_cast<MainWindow::Page>(i));
    }
    return pages;
}

/// A main window for a new account with roles, signed in as that account.
std::unique_ptr<MainWindow> windowFor(TestWorkspace& fixture, const QString& login,
                                      const QList<security::Role>& roles)
{
    security::SecureBuffer totp =
        addStaff(*fixture.workspace, login, roles, {security::Scope::WelfareService});
    if (!totp.isValid())
        return nullptr;
    (void)fixture.workspace->signOut();
    fixture.workspace.reset();
    auto workspace = signInStaff(fixture.path, login, totp);
    if (!workspace)
        return nullptr;
    return std::make_unique<MainWindow>(std::move(workspace));
}

qsizetype auditCount(Workspace& workspace, audit::EventType type)
{
    audit::AuditFilter filter;
    filter.event = audit::eventCode(type);
    auto found = audit::AuditLog::find(workspace.database().connection(), filter);
    return found ? found->size() : -1;
}

} // namespace

TEST_CASE("MainWindow for an administrator offers administration, not the audit log",
          "[ui][main][permissions]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    MainWindow window(std::move(fixture->workspace));
    window.show();

    auto* navigation = child<QListWidget>(&window, "navigationList");
    auto* pages = child<QStackedWidget>(&window, "pageStack");
    REQUIRE(navigation->count() == MainWindow::kPageCount);
    CHECK(window.pageTitle(MainWindow::Page::Audit) == QStringLiteral("Audit"));
    CHECK(availablePages(window) ==
          QList<MainWindow::Page>{MainWindow::Page::Sync, MainWindow::Page::Administration});
    CHECK(window.isPageAvailable(MainWindow::Page::Administration));
    CHECK_FALSE(window.isPageAvailable(MainWindow::Page::Audit));
    CHECK_FALSE(window.isPageAvailable(MainWindow::Page::PersonSearch));
    // The first page offered is the one shown.
    CHECK(window.currentPage() == MainWindow::Page::Sync);
    window.setCurrentPage(MainWindow::Page::Administration);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("staffPage"));
    CHECK(window.pageWidget(MainWindow::Page::Sync)->objectName() == QStringLiteral("syncPage"));

    const QString user = child<QLabel>(&window, "userLabel")->text();
    CHECK(user.contains(QString::fromUtf8(kAdminDisplayName)));
    CHECK(user.contains(QString::fromLatin1(kAdminLogin)));
    CHECK(user.contains(QStringLiteral("Administrator")));
    const QString state = child<QLabel>(&window, "databaseLabel")->text();
    CHECK(state.contains(QStringLiteral("Encrypted")));
    CHECK(state.contains(QStringLiteral("test.db")));
}

TEST_CASE("MainWindow hides Audit and Administration from a clerk", "[ui][main][permissions]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    auto window = windowFor(*fixture, QStringLiteral("suzuki.taro"), {security::Role::Clerk});
    REQUIRE(window);
    window->show();

    CHECK_FALSE(window->isPageAvailable(MainWindow::Page::Audit));
    CHECK_FALSE(window->isPageAvailable(MainWindow::Page::Administration));
    CHECK(window->isPageAvailable(MainWindow::Page::PersonSearch));
    CHECK(window->isPageAvailable(MainWindow::Page::Applications));
    CHECK(window->isPageAvailable(MainWindow::Page::Printing));
    CHECK_FALSE(window->isPageAvailable(MainWindow::Page::Decisions));
    CHECK(window->currentPage() == MainWindow::Page::PersonSearch);
    // The pages are not even built for a session that may not use them.
    CHECK_FALSE(window->findChild<QWidget*>(QStringLiteral("auditPage")));
    CHECK_FALSE(window->findChild<QWidget*>(QStringLiteral("staffPage")));
    CHECK(
        child<QLabel>(window.get(), "userLabel")->text().contains(QStringLiteral("Counter clerk")));
}

TEST_CASE("MainWindow shows Audit to an auditor", "[ui][main][permissions]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    auto window = windowFor(*fixture, QStringLiteral("sato.ichiro"), {security::Role::Auditor});
    REQUIRE(window);
    window->show();

    CHECK(availablePages(*window) ==
          QList<MainWindow::Page>{MainWindow::Page::Ledgers, MainWindow::Page::Audit});
    CHECK_FALSE(window->isPageAvailable(MainWindow::Page::Administration));
    window->setCurrentPage(MainWindow::Page::Audit);
    CHECK(window->pageWidget(MainWindow::Page::Audit)->objectName() == QStringLiteral("auditPage"));
    CHECK(child<QLabel>(window.get(), "userLabel")->text().contains(QStringLiteral("Auditor")));
}

TEST_CASE("MainWindow lock hides the content, is audited, and unlocking returns to the same page",
          "[ui][main][lock]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    MainWindow window(std::move(fixture->workspace));
    window.show();
    window.setCurrentPage(MainWindow::Page::Administration);

    auto* central = child<QStackedWidget>(&window, "centralStack");
    auto* content = child<QWidget>(&window, "workspace");
    auto* lockScreen = child<ui::LockScreen>(&window, "lockScreen");
    CHECK(window.lockAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));

    window.lockAction()->trigger();
    CHECK(window.isLocked());
    CHECK(central->currentWidget() == lockScreen);
    CHECK_FALSE(content->isVisible());
    CHECK_FALSE(window.lockAction()->isEnabled());
    REQUIRE(window.workspace()); // still open underneath
    CHECK(auditCount(*window.workspace(), audit::EventType::SessionLock) == 1);

    typeIntoLockScreen(window, QStringLiteral("wrong password"));
    CHECK(window.isLocked());
    CHECK_FALSE(lockScreen->errorText().isEmpty());
    CHECK(child<QLineEdit>(lockScreen, "passwordEdit")->text().isEmpty());
    CHECK(auditCount(*window.workspace(), audit::EventType::SessionUnlock) == 0);

    typeIntoLockScreen(window, QString::fromLatin1(kAdminPassword));
    CHECK_FALSE(window.isLocked());
    CHECK(central->currentWidget() == content);
    CHECK(content->isVisible());
    CHECK(window.currentPage() == MainWindow::Page::Administration);
    CHECK(window.lockAction()->isEnabled());
    CHECK(auditCount(*window.workspace(), audit::EventType::SessionUnlock) == 1);
}

TEST_CASE("MainWindow locks itself when idle, and input restarts the countdown",
          "[ui][main][lock][idle]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    MainWindow window(std::move(fixture->workspace), 400ms);
    window.show();
    CHECK(window.idleLockTimeout() == 400ms);
    REQUIRE_FALSE(window.isLocked());

    // Keep typing and moving for longer than the timeout: no lock.
    auto* navigation = child<QListWidget>(&window, "navigationList");
    for (int i = 0; i < 8; ++i) {
        waitUntil([]() { return false; }, 100);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QCoreApplication::sendEvent(navigation, &press);
        const QPointF at(10 + i, 10 + i);
        QMouseEvent move(QEvent::MouseMove, at, navigation->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(navigation->viewport(), &move);
    }
    CHECK_FALSE(window.isLocked());

    // Then nothing: it locks by itself.
    CHECK(waitUntil([&]() { return window.isLocked(); }, 3000));
    CHECK(auditCount(*window.workspace(), audit::EventType::SessionLock) == 1);

    // The default is ten minutes.
    CHECK(MainWindow::kDefaultIdleLock == std::chrono::minutes(10));
    window.setIdleLockTimeout(std::chrono::minutes(10));
    CHECK(window.idleLockTimeout() == std::chrono::minutes(10));
}

TEST_CASE("MainWindow sign out closes the workspace, and quit is reported to the owner",
          "[ui][main]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    MainWindow window(std::move(fixture->workspace));
    window.show();
    int signOuts = 0;
    int closes = 0;
    QObject::connect(&window, &MainWindow::signOutRequested, [&]() { ++signOuts; });
    QObject::connect(&window, &MainWindow::closed, [&]() { ++closes; });

    window.signOutAction()->trigger();
    CHECK(signOuts == 1);
    CHECK(window.workspace() == nullptr); // signed out: keys wiped, database closed
    window.close();
    CHECK(closes == 0); // closing for a sign-out is not quitting

    // The sign-out is in the log (read it back with the administrator's key).
    auto opened = store::Database::open(fixture->path, QString::fromLatin1(kAdminLogin),
                                        secret(kAdminPassword));
    REQUIRE(opened);
    audit::AuditFilter filter;
    filter.event = audit::eventCode(audit::EventType::SignOut);
    auto found = audit::AuditLog::find(opened.value()->connection(), filter);
    REQUIRE(found);
    CHECK(found->size() == 1);
    opened.value().reset();

    auto second = createTestWorkspace();
    REQUIRE(second);
    MainWindow other(std::move(second->workspace));
    other.show();
    QObject::connect(&other, &MainWindow::closed, [&]() { ++closes; });
    other.quitAction()->trigger();
    CHECK(closes == 1);
    CHECK_FALSE(other.isVisible());
    CHECK(other.workspace() == nullptr);
}

TEST_CASE("The Japanese translation makes the main window Japanese", "[ui][main][i18n]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    QObject owner;
    const QList<QTranslator*> translators = ui::installTranslators(QStringLiteral("ja"), &owner);
    REQUIRE_FALSE(translators.isEmpty());

    MainWindow window(std::move(fixture->workspace));
    CHECK(window.windowTitle().startsWith(QStringLiteral("窓口")));
    CHECK(window.pageTitle(MainWindow::Page::PersonSearch) == QStringLiteral("宛名検索"));
    CHECK(window.pageTitle(MainWindow::Page::Applications) == QStringLiteral("申請受付"));
    CHECK(window.pageTitle(MainWindow::Page::Decisions) == QStringLiteral("審査・決定"));
    CHECK(window.pageTitle(MainWindow::Page::Ledgers) == QStringLiteral("台帳"));
    CHECK(window.pageTitle(MainWindow::Page::Printing) == QStringLiteral("受給者証印刷"));
    CHECK(window.pageTitle(MainWindow::Page::Sync) == QStringLiteral("同期"));
    CHECK(window.pageTitle(MainWindow::Page::Audit) == QStringLiteral("監査"));
    CHECK(window.pageTitle(MainWindow::Page::Administration) == QStringLiteral("管理"));
    CHECK(window.lockAction()->text().contains(QStringLiteral("ロック")));
    CHECK(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("管理者")));

    // Switching back at run time retranslates the open window.
    for (QTranslator* translator : translators)
        QCoreApplication::removeTranslator(translator);
    // The LanguageChange event is posted; the window handles it on the next event loop pass.
    CHECK(waitUntil(
        [&]() {
            return window.pageTitle(MainWindow::Page::PersonSearch) ==
                   QStringLiteral("Person search");
        },
        5000));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Madoguchi")));
}
