// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictQueue.h"
#include "../workspace/WorkspaceFixture.h"
#include "ConflictTestSupport.h"
#include "store/Repository.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace madoguchi;
using security::Role;
using security::Scope;
using sync::ConflictChoice;
using sync::ConflictQueue;
using test::sqlScalar;

namespace {

const QStringList kColumns{QStringLiteral("body"),       QStringLiteral("amount"),
                           QStringLiteral("data"),       QStringLiteral("family_name"),
                           QStringLiteral("given_name"), QStringLiteral("name_key")};

ConflictQueue queueOf(Workspace& workspace)
{
    return ConflictQueue(workspace.database().connection(), workspace.audit(),
                         workspace.authorizer(), workspace.clock());
}

// A note at version 2 here ("mine", 1), and another device's change from version 1 queued.
struct NoteConflict
{
    test::Office office;
    QSqlDatabase db;
    QString id;
    qint64 conflict = 0;

    explicit NoteConflict(
        const QString& theirs = QStringLiteral("{\"body\":\"theirs\",\"amount\":5}"))
    {
        db = office.admin->database().connection();
        test::createConflictNotes(db);
        store::Repository notes(db, QStringLiteral("note_test"), kColumns, office.clock);
        auto inserted = notes.insert({{QStringLiteral("body"), QStringLiteral("first")},
                                      {QStringLiteral("amount"), 1},
                                      {QStringLiteral("data"), QByteArray("\x01\x02", 2)}});
        REQUIRE(inserted.ok());
        id = inserted.value();
        REQUIRE(notes.update(id, 1, {{QStringLiteral("body"), QStringLiteral("mine")}}).ok());
        conflict = test::queueConflict(db, QStringLiteral("note_test"), id, 1, theirs);
    }

    QVariant column(const QString& name) const
    {
        return sqlScalar(db,
                         QStringLiteral("SELECT %1 FROM note_test WHERE id = '%2'").arg(name, id));
    }
    qint64 journalRows() const
    {
        return sqlScalar(db, QStringLiteral("SELECT count(*) FROM change_journal WHERE "
                                            "entity = 'note_test' AND entity_id = '%1'")
                                 .arg(id))
            .toLongLong();
    }
    QVariant lastJournal(const QString& column) const
    {
        return sqlScalar(db, QStringLiteral("SELECT %1 FROM change_journal WHERE entity_id = "
                                            "'%2' ORDER BY seq DESC LIMIT 1")
                                 .arg(column, id));
    }
    qint64 resolveAudits() const
    {
        return sqlScalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                            "'conflict.resolve' AND object_id = '%1'")
                                 .arg(id))
            .toLongLong();
    }
};

const sync::ConflictField* fieldOf(const sync::Conflict& conflict, const QString& column)
{
    for (const sync::ConflictField& field : conflict.fields)
        if (field.column == column)
            return &field;
    return nullptr;
}

} // namespace

TEST_CASE("The conflict queue shows both versions field by field", "[sync][conflict]")
{
    NoteConflict note;
    auto queue = queueOf(*note.office.admin);
    auto listed = queue.list(note.office.admin->session());
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const sync::Conflict& conflict = listed->first();
    CHECK(conflict.id == note.conflict);
    CHECK(conflict.entity == QStringLiteral("note_test"));
    CHECK(conflict.reason == QStringLiteral("version"));
    CHECK(conflict.localExists);
    CHECK(conflict.localVersion == 2);
    CHECK(conflict.differingColumns() ==
          QStringList{QStringLiteral("body"), QStringLiteral("amount")});
    const auto* body = fieldOf(conflict, QStringLiteral("body"));
    REQUIRE(body);
    CHECK(body->mine.toString() == QStringLiteral("mine"));
    CHECK(body->theirs.toString() == QStringLiteral("theirs"));
    CHECK(body->inTheirs);
    const auto* data = fieldOf(conflict, QStringLiteral("data"));
    REQUIRE(data);
    CHECK_FALSE(data->inTheirs);
    CHECK_FALSE(data->differs);
    CHECK(ConflictQueue::displayValue(QStringLiteral("data"), data->mine) !=
          QStringLiteral("\x01\x02"));
    CHECK(ConflictQueue::openCount(note.db).value() == 1);
    CHECK(ConflictQueue::displayValue(QStringLiteral("updated_at"),
                                      QStringLiteral("2025-07-18T08:50:00.000Z")) ==
          QStringLiteral("2025-07-18 17:50"));
    CHECK(ConflictQueue::displayValue(QStringLiteral("body"), QVariant()) ==
          ConflictQueue::tr("(empty)"));
}

TEST_CASE("Taking the other device's version is a journaled change of its own", "[sync][conflict]")
{
    NoteConflict note;
    const qint64 journalBefore = note.journalRows();
    auto queue = queueOf(*note.office.admin);
    sync::ConflictResolution resolution;
    resolution.choice = ConflictChoice::Theirs;
    resolution.expectedLocalVersion = 2;
    auto resolved = queue.resolve(note.office.admin->session(), note.conflict, resolution);
    INFO(resolved.message().toStdString());
    REQUIRE(resolved.ok());
    CHECK(resolved->wroteChange);
    CHECK(resolved->newVersion == 3);
    CHECK(note.column(QStringLiteral("body")).toString() == QStringLiteral("theirs"));
    CHECK(note.column(QStringLiteral("amount")).toLongLong() == 5);
    CHECK(note.column(QStringLiteral("version")).toLongLong() == 3);
    // The resolution waits in the journal to be sent like any edit.
    CHECK(note.journalRows() == journalBefore + 1);
    CHECK(note.lastJournal(QStringLiteral("operation")).toString() == QStringLiteral("update"));
    CHECK(note.lastJournal(QStringLiteral("version")).toLongLong() == 3);
    CHECK(note.lastJournal(QStringLiteral("base_version")).toLongLong() == 2);
    CHECK(note.lastJournal(QStringLiteral("payload")).toString().contains(u"theirs"));
    CHECK(note.lastJournal(QStringLiteral("pushed_at")).isNull());
    CHECK(note.resolveAudits() == 1);
    CHECK_FALSE(sqlScalar(note.db, QStringLiteral("SELECT resolved_at FROM sync_conflict WHERE "
                                                  "id = %1")
                                       .arg(note.conflict))
                    .isNull());
    CHECK(ConflictQueue::openCount(note.db).value() == 0);
    CHECK(queue.list(note.office.admin->session())->isEmpty());

    // Resolved once: a second resolution is refused and changes nothing.
    resolution.expectedLocalVersion = 3;
    auto again = queue.resolve(note.office.admin->session(), note.conflict, resolution);
    CHECK(again.code() == ErrorCode::NotFound);
    CHECK(note.column(QStringLiteral("version")).toLongLong() == 3);
}

TEST_CASE("Keeping this computer's version re-sends it; field by field mixes both",
          "[sync][conflict]")
{
    SECTION("mine")
    {
        NoteConflict note;
        auto queue = queueOf(*note.office.admin);
        sync::ConflictResolution resolution;
        resolution.choice = ConflictChoice::Mine;
        resolution.expectedLocalVersion = 2;
        auto resolved = queue.resolve(note.office.admin->session(), note.conflict, resolution);
        REQUIRE(resolved.ok());
        CHECK(resolved->wroteChange);
        CHECK(note.column(QStringLiteral("body")).toString() == QStringLiteral("mine"));
        CHECK(note.column(QStringLiteral("amount")).toLongLong() == 1);
        CHECK(note.column(QStringLiteral("version")).toLongLong() == 3);
        const QString payload = note.lastJournal(QStringLiteral("payload")).toString();
        CHECK(payload.contains(u"\"body\":\"mine\""));
        // The row's value as the repository reads it (SQLite gives INTEGER columns their
        // affinity back on every device).
        const QJsonObject written = QJsonDocument::fromJson(payload.toUtf8()).object();
        CHECK(written.value(QStringLiteral("amount")).toVariant().toString() ==
              QStringLiteral("1"));
        CHECK(note.resolveAudits() == 1);
    }
    SECTION("field by field")
    {
        NoteConflict note;
        auto queue = queueOf(*note.office.admin);
        sync::ConflictResolution resolution;
        resolution.choice = ConflictChoice::FieldByField;
        resolution.theirFields = {QStringLiteral("amount")};
        resolution.expectedLocalVersion = 2;
        auto resolved = queue.resolve(note.office.admin->session(), note.conflict, resolution);
        REQUIRE(resolved.ok());
        CHECK(note.column(QStringLiteral("body")).toString() == QStringLiteral("mine"));
        CHECK(note.column(QStringLiteral("amount")).toLongLong() == 5);
        CHECK(note.column(QStringLiteral("data")).toByteArray() == QByteArray("\x01\x02", 2));
    }
}

TEST_CASE("A resolution is refused when the record changed, for an unknown field, or without "
          "sync.run",
          "[sync][conflict]")
{
    NoteConflict note;
    auto queue = queueOf(*note.office.admin);
    sync::ConflictResolution resolution;
    resolution.choice = ConflictChoice::Theirs;
    resolution.expectedLocalVersion = 1; // the person saw an older row
    auto stale = queue.resolve(note.office.admin->session(), note.conflict, resolution);
    CHECK(stale.code() == ErrorCode::Conflict);
    CHECK_FALSE(stale.message().isEmpty());

    resolution.choice = ConflictChoice::FieldByField;
    resolution.expectedLocalVersion = 2;
    resolution.theirFields = {QStringLiteral("data")}; // not a difference
    auto unknown = queue.resolve(note.office.admin->session(), note.conflict, resolution);
    CHECK(unknown.code() == ErrorCode::InvalidInput);
    CHECK(unknown.message().contains(u"data"));

    note.office.addAccount(QStringLiteral("kansa"), QStringLiteral("監査 一郎"), {Role::Auditor},
                           {Scope::WelfareService});
    auto auditor = note.office.signIn(QStringLiteral("kansa"));
    REQUIRE(auditor.ok());
    CHECK(queue.list(auditor.value()->session()).code() == ErrorCode::PermissionDenied);
    resolution.theirFields.clear();
    resolution.choice = ConflictChoice::Theirs;
    CHECK(queue.resolve(auditor.value()->session(), note.conflict, resolution).code() ==
          ErrorCode::PermissionDenied);

    // Nothing of it changed the row, the journal or the queue.
    CHECK(note.column(QStringLiteral("version")).toLongLong() == 2);
    CHECK(note.column(QStringLiteral("body")).toString() == QStringLiteral("mine"));
    CHECK(ConflictQueue::openCount(note.db).value() == 1);
    CHECK(note.resolveAudits() == 0);
}

TEST_CASE("Search keys follow the names they are made of", "[sync][conflict]")
{
    NoteConflict note(QStringLiteral(
        "{\"family_name\":\"佐藤\",\"given_name\":\"次郎\",\"name_key\":\"佐藤次郎\"}"));
    auto queue = queueOf(*note.office.admin);
    sync::ConflictResolution resolution;
    resolution.choice = ConflictChoice::FieldByField;
    resolution.expectedLocalVersion = 2;
    resolution.theirFields = {QStringLiteral("family_name")}; // given_name stays mine: refused
    auto mixed = queue.resolve(note.office.admin->session(), note.conflict, resolution);
    CHECK(mixed.code() == ErrorCode::InvalidInput);

    resolution.theirFields = {QStringLiteral("family_name"), QStringLiteral("given_name")};
    auto resolved = queue.resolve(note.office.admin->session(), note.conflict, resolution);
    INFO(resolved.message().toStdString());
    REQUIRE(resolved.ok());
    CHECK(note.column(QStringLiteral("name_key")).toString() == QStringLiteral("佐藤次郎"));
    CHECK(note.column(QStringLiteral("body")).toString() == QStringLiteral("mine"));
}

TEST_CASE("Changes that do not fit, or cannot be read, can only be set aside", "[sync][conflict]")
{
    test::Office office;
    QSqlDatabase db = office.admin->database().connection();
    const qint64 unknownTable = test::queueConflict(
        db, QStringLiteral("no_such_table"), QStringLiteral("x1"), 1, QStringLiteral("{\"a\":1}"),
        QStringLiteral("update"), QStringLiteral("not_applicable"));
    const qint64 malformed = test::queueConflict(
        db, QStringLiteral("no_such_table"), QStringLiteral("x2"), 1, QStringLiteral("{not json"));
    const qint64 notObject = test::queueConflict(db, QStringLiteral("no_such_table"),
                                                 QStringLiteral("x3"), 1, QStringLiteral("[1,2]"));
    auto queue = queueOf(*office.admin);
    // Only the two of reason "version" wait for a person; the first is listed on request.
    CHECK(ConflictQueue::openCount(db).value() == 2);
    CHECK(queue.list(office.admin->session(), true)->size() == 3);

    for (qint64 id : {unknownTable, malformed, notObject}) {
        auto conflict = queue.find(office.admin->session(), id);
        REQUIRE(conflict.ok());
        CHECK(conflict->reason == QStringLiteral("not_applicable"));
        CHECK(conflict->fields.isEmpty() == (id != unknownTable));
        sync::ConflictResolution theirs;
        theirs.choice = ConflictChoice::Theirs;
        CHECK(queue.resolve(office.admin->session(), id, theirs).code() == ErrorCode::InvalidInput);
        sync::ConflictResolution mine;
        auto setAside = queue.resolve(office.admin->session(), id, mine);
        REQUIRE(setAside.ok());
        CHECK_FALSE(setAside->wroteChange);
    }
    CHECK(ConflictQueue::openCount(db).value() == 0);
    CHECK(queue.find(office.admin->session(), 999).code() == ErrorCode::NotFound);
}

TEST_CASE("The sync engine of a device that is not enrolled reads its status and stops cleanly",
          "[sync][engine]")
{
    test::Office office;
    sync::SyncEngine engine(office.admin->database(), office.admin->session(), office.clock);
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::statusChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    engine.start();
    CHECK(engine.isStarted());
    loop.exec();
    CHECK(engine.status().known);
    CHECK_FALSE(engine.status().enrolled);
    CHECK(engine.status().error.isEmpty());
    CHECK_FALSE(engine.syncNow()); // nothing to sync with
    CHECK_FALSE(engine.isSyncing());
    engine.stop();
    CHECK_FALSE(engine.isStarted());
    // The main connection still works after the worker's closed.
    CHECK(sqlScalar(office.admin->database().connection(), QStringLiteral("SELECT 1")).toInt() ==
          1);
}
