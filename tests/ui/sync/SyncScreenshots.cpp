// SPDX-License-Identifier: GPL-3.0-or-later
// Not checks: renders the sync screens to PNG files for a person to look at (see
// ../registry/ScreenshotSupport.h; MADOGUCHI_SCREENSHOT_DIR=/tmp/shots/issue7). Hidden from ctest.
// The main-window case syncs for real: it needs the PostgreSQL cluster of the pg tests
// (sh tests/support/pg-cluster.sh start DIR, then MADOGUCHI_TEST_PG_URL_FILE=DIR/url).
#include "../../core/sync/ConflictTestSupport.h"
#include "PgTestSupport.h"
#include "ScreenshotSupport.h"
#include "WorkspaceFixture.h"
#include "access/SignInDialog.h"
#include "ledger/RecipientNumbers.h"
#include "shell/MainWindow.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "support/TestSupport.h"
#include "sync/CentralStaff.h"
#include "sync/ConflictDialog.h"
#include "sync/DeviceCard.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatusWidget.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;

TEST_CASE("Screenshot of the conflict resolution dialog", "[.screenshots]")
{
    ScreenshotSession shots;
    Office office;
    QString person;
    const qint64 id = queuePersonConflict(*office.admin, &person);
    sync::ConflictQueue queue(office.admin->database().connection(), office.admin->audit(),
                              office.admin->authorizer(), office.clock);
    auto conflict = queue.find(office.admin->session(), id);
    REQUIRE(conflict.ok());
    ui::ConflictDialog dialog(*office.admin, conflict.value());
    dialog.setChoice(sync::ConflictChoice::FieldByField);
    dialog.setTakeTheirs(QStringLiteral("family_name"), true);
    dialog.setTakeTheirs(QStringLiteral("family_kana"), true);
    shots.save(&dialog, QStringLiteral("sync-conflict-dialog"), 900, 620);
}

TEST_CASE("Screenshot of the main window during a sync", "[.screenshots]")
{
    ScreenshotSession shots;
    ScratchCentral central;
    Office office;
    {
        sync::SyncClient client(office.admin->database(), office.admin->audit(),
                                office.admin->authorizer(), office.clock);
        REQUIRE(client
                    .enroll(office.admin->session(), central.adminUrl(), QStringLiteral("窓口1"),
                            sync::DeviceKind::Counter)
                    .ok());
    }
    QString person;
    (void)queuePersonConflict(*office.admin, &person);
    QSqlDatabase db = office.admin->database().connection();
    createConflictNotes(db);
    {
        store::Transaction transaction(db);
        store::Repository notes(db, QStringLiteral("note_test"), {QStringLiteral("body")},
                                office.clock);
        for (int i = 0; i < 20000; ++i)
            REQUIRE(
                notes.insert({{QStringLiteral("body"), QStringLiteral("note %1").arg(i)}}).ok());
        REQUIRE(transaction.commit());
    }
    // Another counter's 20,000 changes wait centrally, to be received after sending.
    test::Office other;
    {
        sync::SyncClient client(other.admin->database(), other.admin->audit(),
                                other.admin->authorizer(), other.clock);
        REQUIRE(client
                    .enroll(other.admin->session(), central.adminUrl(), QStringLiteral("窓口2"),
                            sync::DeviceKind::Counter)
                    .ok());
        QSqlDatabase otherDb = other.admin->database().connection();
        createConflictNotes(otherDb);
        store::Transaction transaction(otherDb);
        store::Repository notes(otherDb, QStringLiteral("note_test"), {QStringLiteral("body")},
                                other.clock);
        for (int i = 0; i < 20000; ++i)
            REQUIRE(
                notes.insert({{QStringLiteral("body"), QStringLiteral("memo %1").arg(i)}}).ok());
        REQUIRE(transaction.commit());
        REQUIRE(client.push(other.admin->session()).ok());
    }
    // The welfare 受給者番号 series has run out centrally: the status bar warns after the sync.
    (void)central.scalar(
        QStringLiteral("INSERT INTO madoguchi.number_series (series, next_value) VALUES ('%1', "
                       "1000000) ON CONFLICT (series) DO UPDATE SET next_value = 1000000 "
                       "RETURNING next_value")
            .arg(ledger::RecipientNumbers::blockKind(ledger::RecipientNumberKind::RecipientNumber,
                                                     security::Scope::WelfareService)));
    ui::MainWindow window(std::move(office.admin));
    window.resize(1280, 760);
    window.show();
    sync::SyncEngine* engine = window.syncEngine();
    REQUIRE(engine);
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (engine->status().known)
            loop.quit();
    });
    poll.start(10);
    loop.exec();
    poll.stop();
    REQUIRE(engine->status().known);
    REQUIRE(engine->syncNow());
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    bool midway = false;
    QObject::connect(engine, &sync::SyncEngine::progress, [&](qint64 sent, qint64 toSend, bool) {
        if (!midway && sent > toSend / 4 && sent < toSend) {
            midway = true;
            loop.quit();
        }
    });
    loop.exec();
    REQUIRE(midway);
    shots.save(&window, QStringLiteral("sync-status-progress"), 1280, 760);
    bool receiving = false;
    QObject::connect(engine, &sync::SyncEngine::receivedChanged, [&](qint64 received) {
        if (!receiving && received >= 5000) {
            receiving = true;
            loop.quit();
        }
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(receiving);
    shots.save(&window, QStringLiteral("sync-status-receiving"), 1280, 760);
    // Let it finish before the window closes the engine.
    QObject::connect(engine, &sync::SyncEngine::syncFinished, &loop, &QEventLoop::quit);
    if (engine->isSyncing())
        loop.exec();
    // The 同期 page (conflicts, sync by file) with the status bar after the sync.
    auto* status = window.statusBar()->findChild<ui::SyncStatusWidget*>();
    REQUIRE(status);
    emit status->conflictsRequested();
    shots.save(&window, QStringLiteral("sync-status-done"), 1280, 760);
}

// Not a check: the first sign-in's code step and the offline refusal as PNG files for a person
// to look at (MADOGUCHI_SCREENSHOT_DIR, see ../registry/ScreenshotSupport.h). Hidden from ctest.
TEST_CASE("Screenshot of a first sign-in online", "[.screenshots]")
{
    ScreenshotSession shots;
    ScratchCentral central;
    Office office;
    {
        sync::SyncClient client(office.admin->database(), office.admin->audit(),
                                office.admin->authorizer(), office.clock);
        REQUIRE(client
                    .enroll(office.admin->session(), central.adminUrl(), QStringLiteral("窓口1"),
                            sync::DeviceKind::Counter)
                    .ok());
    }
    const char* password = "hanako's long password";
    {
        auto owner = central.admin();
        REQUIRE(sync::CentralStaff::addAccount(owner->db(),
                                               {QStringLiteral("hanako"),
                                                QStringLiteral("山田 花子"),
                                                {security::Role::Clerk},
                                                {}},
                                               secret(password))
                    .ok());
    }
    const auto submit = [](ui::SignInDialog& dialog) {
        dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!dialog.isBusy())
                loop.quit();
        });
        poll.start(10);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    const auto field = [](QWidget* parent, const char* name) {
        auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
        REQUIRE(edit);
        return edit;
    };
    {
        ui::SignInDialog dialog(office.path);
        dialog.show();
        field(&dialog, "loginEdit")->setText(QStringLiteral("hanako"));
        field(&dialog, "passwordEdit")->setText(QString::fromUtf8(password));
        submit(dialog);
        REQUIRE(dialog.step() == ui::SignInDialog::Step::Code);
        shots.save(&dialog, QStringLiteral("first-sign-in-code"));
    }
    const QString cardPath = sync::deviceCardPathFor(office.path);
    auto card = sync::DeviceCard::load(cardPath);
    REQUIRE(card.ok());
    card->port = 1;
    REQUIRE(card->save(cardPath).ok());
    ui::SignInDialog dialog(office.path);
    dialog.show();
    field(&dialog, "loginEdit")->setText(QStringLiteral("hanako"));
    field(&dialog, "passwordEdit")->setText(QString::fromUtf8(password));
    submit(dialog);
    field(dialog.findChild<QWidget*>(QStringLiteral("codePage")), "codeEdit")
        ->setText(QStringLiteral("123456"));
    submit(dialog);
    shots.save(&dialog, QStringLiteral("first-sign-in-offline"));
}
