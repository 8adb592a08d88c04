// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "UiTestSupport.h"
#include "access/LockScreen.h"
#include "shell/PlaceholderPage.h"
#include "shell/Translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::MainWindow;

namespace {

std::unique_ptr<MainWindow> openMainWindow(TestDatabase& fixture)
{
    ui::SignedInUser user;
    user.login = QString::fromLatin1(kAdminLogin);
    user.displayName = QStringLiteral("山田 花子");
    return std::make_unique<MainWindow>(std::move(fixture.database), user);
}

void typeIntoLockScreen(MainWindow& window, const QString& password)
{
    auto* lockScreen = child<ui::LockScreen>(&window, "lockScreen");
    child<QLineEdit>(lockScreen, "passwordEdit")->setText(password);
    child<QPushButton>(lockScreen, "unlockButton")->click();
    REQUIRE(waitUntil([&]() { return !lockScreen->isBusy(); }));
}

} // namespace

TEST_CASE("MainWindow has the eight navigation pages and a status bar", "[ui][main]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    auto window = openMainWindow(*fixture);
    window->show();

    auto* navigation = child<QListWidget>(window.get(), "navigationList");
    auto* pages = child<QStackedWidget>(window.get(), "pageStack");
    REQUIRE(navigation);
    REQUIRE(pages);
    REQUIRE(navigation->count() == 8);
    REQUIRE(pages->count() == 8);
    CHECK(window->pageCount() == MainWindow::kPageCount);
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i) {
        auto* page = qobject_cast<ui::PlaceholderPage*>(pages->widget(i));
        REQUIRE(page);
        CHECK(page->title() == navigation->item(i)->text());
        CHECK_FALSE(page->description().isEmpty());
        titles.append(navigation->item(i)->text());
    }
    CHECK(titles == QStringList{QStringLiteral("Person search"), QStringLiteral("Applications"),
                                QStringLiteral("Review and decisions"), QStringLiteral("Ledgers"),
                                QStringLiteral("Certificate printing"),
                                QStringLiteral("Synchronization"), QStringLiteral("Audit"),
                                QStringLiteral("Administration")});

    navigation->setCurrentRow(static_cast<int>(MainWindow::Page::Audit));
    CHECK(pages->currentIndex() == static_cast<int>(MainWindow::Page::Audit));

    const QString user = child<QLabel>(window.get(), "userLabel")->text();
    CHECK(user.contains(QString::fromLatin1(kAdminLogin)));
    const QString state = child<QLabel>(window.get(), "databaseLabel")->text();
    CHECK(state.contains(QStringLiteral("Encrypted")));
    CHECK(state.contains(QStringLiteral("test.db")));
}

TEST_CASE("MainWindow lock hides the content and unlocking returns to the same page",
          "[ui][main][lock]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    auto window = openMainWindow(*fixture);
    window->show();
    window->setCurrentPage(MainWindow::Page::Ledgers);

    auto* central = child<QStackedWidget>(window.get(), "centralStack");
    auto* workspace = child<QWidget>(window.get(), "workspace");
    auto* lockScreen = child<ui::LockScreen>(window.get(), "lockScreen");
    REQUIRE(central);
    CHECK(window->lockAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));

    window->lockAction()->trigger();
    CHECK(window->isLocked());
    CHECK(central->currentWidget() == lockScreen);
    CHECK_FALSE(workspace->isVisible());
    CHECK_FALSE(window->lockAction()->isEnabled());
    CHECK(window->database() != nullptr); // still open underneath

    typeIntoLockScreen(*window, QStringLiteral("wrong password"));
    CHECK(window->isLocked());
    CHECK_FALSE(lockScreen->errorText().isEmpty());
    CHECK(child<QLineEdit>(lockScreen, "passwordEdit")->text().isEmpty());

    typeIntoLockScreen(*window, QString::fromLatin1(kAdminPassword));
    CHECK_FALSE(window->isLocked());
    CHECK(central->currentWidget() == workspace);
    CHECK(workspace->isVisible());
    CHECK(window->currentPage() == MainWindow::Page::Ledgers);
    CHECK(window->lockAction()->isEnabled());
}

TEST_CASE("MainWindow sign out and quit are reported to the owner", "[ui][main]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    auto window = openMainWindow(*fixture);
    window->show();
    int signOuts = 0;
    int closes = 0;
    QObject::connect(window.get(), &MainWindow::signOutRequested, [&]() { ++signOuts; });
    QObject::connect(window.get(), &MainWindow::closed, [&]() { ++closes; });

    window->signOutAction()->trigger();
    CHECK(signOuts == 1);
    window->close();
    CHECK(closes == 0); // closing for a sign-out is not quitting

    auto second = createTestDatabase();
    REQUIRE(second);
    auto other = openMainWindow(*second);
    other->show();
    QObject::connect(other.get(), &MainWindow::closed, [&]() { ++closes; });
    other->quitAction()->trigger();
    CHECK(closes == 1);
    CHECK_FALSE(other->isVisible());
}

TEST_CASE("The Japanese translation makes the main window Japanese", "[ui][main][i18n]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    QObject owner;
    const QList<QTranslator*> translators = ui::installTranslators(QStringLiteral("ja"), &owner);
    REQUIRE_FALSE(translators.isEmpty());

    auto window = openMainWindow(*fixture);
    CHECK(window->windowTitle().startsWith(QStringLiteral("窓口")));
    CHECK(window->pageTitle(MainWindow::Page::PersonSearch) == QStringLiteral("宛名検索"));
    CHECK(window->pageTitle(MainWindow::Page::Applications) == QStringLiteral("申請受付"));
    CHECK(window->pageTitle(MainWindow::Page::Decisions) == QStringLiteral("審査・決定"));
    CHECK(window->pageTitle(MainWindow::Page::Ledgers) == QStringLiteral("台帳"));
    CHECK(window->pageTitle(MainWindow::Page::Printing) == QStringLiteral("受給者証印刷"));
    CHECK(window->pageTitle(MainWindow::Page::Sync) == QStringLiteral("同期"));
    CHECK(window->pageTitle(MainWindow::Page::Audit) == QStringLiteral("監査"));
    CHECK(window->pageTitle(MainWindow::Page::Administration) == QStringLiteral("管理"));
    CHECK(window->lockAction()->text().contains(QStringLiteral("ロック")));

    // Switching back at run time retranslates the open window.
    for (QTranslator* translator : translators)
        QCoreApplication::removeTranslator(translator);
    // The LanguageChange event is posted; the window handles it on the next event loop pass.
    CHECK(waitUntil(
        [&]() {
            return window->pageTitle(MainWindow::Page::PersonSearch) ==
                   QStringLiteral("Person search");
        },
        5000));
    CHECK(window->windowTitle().startsWith(QStringLiteral("Madoguchi")));
}
