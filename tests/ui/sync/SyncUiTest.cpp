// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/sync/ConflictTestSupport.h"
#include "WorkspaceFixture.h"
#include "shell/MainWindow.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncEngine.h"
#include "sync/SyncPage.h"
#include "sync/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace madoguchi;
using test::sqlScalar;

namespace {

QVariant personColumn(Workspace& workspace, const QString& id, const QString& column)
{
    return sqlScalar(workspace.database().connection(),
                     QStringLiteral("SELECT %1 FROM person WHERE id = '%2'").arg(column, id));
}

template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 20000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

TEST_CASE("The conflict dialog shows both versions and saves a field-by-field choice", "[ui][sync]")
{
    test::Office office;
    QString person;
    const qint64 id = test::queuePersonConflict(*office.admin, &person);
    sync::ConflictQueue queue(office.admin->database().connection(), office.admin->audit(),
                              office.admin->authorizer(), office.clock);
    auto conflict = queue.find(office.admin->session(), id);
    REQUIRE(conflict.ok());

    ui::ConflictDialog dialog(*office.admin, conflict.value());
    QTableWidget* table = dialog.table();
    // The differences first, highlighted; the search keys are not shown.
    const int familyRow = dialog.rowOf(QStringLiteral("family_name"));
    const int phoneRow = dialog.rowOf(QStringLiteral("phone"));
    const int birthRow = dialog.rowOf(QStringLiteral("birth_date"));
    REQUIRE(familyRow >= 0);
    REQUIRE(phoneRow >= 0);
    REQUIRE(birthRow >= 0);
    CHECK(dialog.rowOf(QStringLiteral("kana_key")) == -1);
    CHECK(familyRow < birthRow);
    CHECK(phoneRow < birthRow);
    CHECK(table->item(familyRow, ui::ConflictDialog::MineColumn)->text() == QStringLiteral("山田"));
    CHECK(table->item(familyRow, ui::ConflictDialog::TheirsColumn)->text() ==
          QStringLiteral("佐藤"));
    CHECK(table->item(familyRow, ui::ConflictDialog::FieldColumn)->text() ==
          sync::ConflictQueue::fieldLabel(QStringLiteral("person"), QStringLiteral("family_name")));
    CHECK(table->item(familyRow, ui::ConflictDialog::MineColumn)->background() !=
          table->item(birthRow, ui::ConflictDialog::MineColumn)->background());
    CHECK(table->item(birthRow, ui::ConflictDialog::TakeTheirsColumn)->flags() == Qt::NoItemFlags);
    CHECK(dialog.choice() == sync::ConflictChoice::Mine);

    // Taking all of theirs ticks every difference; field by field lets the person choose.
    dialog.setChoice(sync::ConflictChoice::Theirs);
    CHECK(table->item(phoneRow, ui::ConflictDialog::TakeTheirsColumn)->checkState() == Qt::Checked);
    dialog.setChoice(sync::ConflictChoice::FieldByField);
    dialog.setTakeTheirs(QStringLiteral("phone"), false);
    dialog.setTakeTheirs(QStringLiteral("family_name"), true);
    dialog.setTakeTheirs(QStringLiteral("family_kana"), true);
    dialog.setTakeTheirs(QStringLiteral("updated_at"), true);
    const sync::ConflictResolution resolution = dialog.resolution();
    CHECK(resolution.choice == sync::ConflictChoice::FieldByField);
    CHECK(resolution.theirFields == QSet<QString>{QStringLiteral("family_name"),
                                                  QStringLiteral("family_kana"),
                                                  QStringLiteral("updated_at")});
    REQUIRE(dialog.save());
    CHECK(dialog.outcome().wroteChange);
    CHECK(personColumn(*office.admin, person, QStringLiteral("family_name")).toString() ==
          QStringLiteral("佐藤"));
    CHECK(personColumn(*office.admin, person, QStringLiteral("kana_key")).toString() ==
          QStringLiteral("サトウハナコ"));
    CHECK(personColumn(*office.admin, person, QStringLiteral("phone")).toString() ==
          QStringLiteral("090-1111-2222"));
    CHECK(personColumn(*office.admin, person, QStringLiteral("phone_key")).toString() ==
          QStringLiteral("09011112222"));
    CHECK(personColumn(*office.admin, person, QStringLiteral("version")).toLongLong() == 3);

    // The same conflict again (a second window left open): refused in plain words.
    ui::ConflictDialog stale(*office.admin, conflict.value());
    CHECK_FALSE(stale.save());
    CHECK_FALSE(stale.errorText().isEmpty());
    CHECK(stale.findChild<QLabel*>(QStringLiteral("conflictError"))->isVisibleTo(&stale));
}

TEST_CASE("The sync page lists the open conflicts", "[ui][sync]")
{
    test::Office office;
    QString person;
    const qint64 id = test::queuePersonConflict(*office.admin, &person);
    ui::SyncPage page(*office.admin, nullptr);
    REQUIRE(page.conflicts().size() == 1);
    CHECK(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 1)->text() ==
          sync::ConflictQueue::entityLabel(QStringLiteral("person")));
    CHECK(page.table()->item(0, 3)->text().contains(
        sync::ConflictQueue::fieldLabel(QStringLiteral("person"), QStringLiteral("phone"))));
    CHECK_FALSE(page.table()->item(0, 3)->text().contains(u"key"));

    sync::ConflictQueue queue(office.admin->database().connection(), office.admin->audit(),
                              office.admin->authorizer(), office.clock);
    sync::ConflictResolution keep;
    keep.expectedLocalVersion = 2;
    REQUIRE(queue.resolve(office.admin->session(), id, keep).ok());
    page.refresh();
    CHECK(page.conflicts().isEmpty());
    CHECK(page.table()->rowCount() == 0);
}

TEST_CASE("The status bar shows the sync status to people with sync.run", "[ui][sync]")
{
    test::Office office;
    QString person;
    (void)test::queuePersonConflict(*office.admin, &person);
    ui::MainWindow window(std::move(office.admin));
    REQUIRE(window.syncEngine());
    auto* status = window.statusBar()->findChild<ui::SyncStatusWidget*>();
    REQUIRE(status);
    REQUIRE(waitFor([&] { return window.syncEngine()->status().known; }));
    // Not enrolled here: said so, nothing to sync, no counters.
    CHECK(status->stateText() == ui::SyncStatusWidget::tr("Sync: this computer is not enrolled"));
    CHECK_FALSE(status->syncNowAction()->isEnabled());
    CHECK_FALSE(status->isProgressVisible());
    CHECK(status->errorText().isEmpty());
    CHECK(window.syncEngine()->status().openConflicts == 1);
    CHECK(qobject_cast<ui::SyncPage*>(window.pageWidget(ui::MainWindow::Page::Sync)));

    // The conflicts button opens the sync page.
    emit status->conflictsRequested();
    CHECK(window.currentPage() == ui::MainWindow::Page::Sync);

    window.signOut();
    CHECK(window.syncEngine() != nullptr);
    CHECK_FALSE(window.syncEngine()->isStarted());
}

TEST_CASE("People without sync.run get no sync status", "[ui][sync]")
{
    test::Office office;
    office.addAccount(QStringLiteral("kansa"), QStringLiteral("監査 一郎"),
                      {security::Role::Auditor}, {security::Scope::WelfareService});
    auto auditor = office.signIn(QStringLiteral("kansa"));
    REQUIRE(auditor.ok());
    ui::MainWindow window(std::move(auditor).value());
    CHECK(window.syncEngine() == nullptr);
    CHECK(window.statusBar()->findChild<ui::SyncStatusWidget*>() == nullptr);
}
