// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncClient.h"
#include "../mynumber/MyNumberTestSupport.h"
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "store/Repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

#include <catch2/catch.hpp>

using namespace madoguchi;
using security::Role;
using security::Scope;
using sync::SyncClient;

namespace {

// A repository table of the tests' own, made the same way on every device.
const QStringList kNoteColumns{QStringLiteral("body"), QStringLiteral("amount"),
                               QStringLiteral("data")};

void createNotes(QSqlDatabase db, const QString& table = QStringLiteral("note_test"))
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, version "
                                      "INTEGER NOT NULL, body TEXT NOT NULL, amount INTEGER, "
                                      "data BLOB)")
                           .arg(table)));
}

SyncClient clientOf(Workspace& workspace)
{
    return SyncClient(workspace.database(), workspace.audit(), workspace.authorizer(),
                      workspace.clock());
}

void enroll(test::Office& office, const test::ScratchCentral& central, const char* name)
{
    auto client = clientOf(*office.admin);
    auto enrolled = client.enroll(office.admin->session(), central.adminUrl(),
                                  QString::fromUtf8(name), sync::DeviceKind::Counter);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
}

sync::SyncSummary runSync(Workspace& workspace, const sync::SyncOptions& options = {})
{
    auto client = clientOf(workspace);
    auto result = client.run(workspace.session(), std::nullopt, options);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.next() ? query.value(0) : QVariant();
}

qint64 unpushed(QSqlDatabase db)
{
    // Only changes that sync: device-local tables (staff accounts, …) are never sent.
    return scalar(db, QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL "
                                     "AND entity LIKE 'note%'"))
        .toLongLong();
}

} // namespace

TEST_CASE("Enrolment stores the device's credentials sealed, and is an administrator's action",
          "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    auto clerk = office.signIn(QStringLiteral("clerk"));
    REQUIRE(clerk.ok());
    auto clerkClient = clientOf(*clerk.value());
    CHECK(clerkClient
              .enroll(clerk.value()->session(), central.adminUrl(), QStringLiteral("窓口1"),
                      sync::DeviceKind::Counter)
              .code() == ErrorCode::PermissionDenied);
    CHECK(clerkClient.run(clerk.value()->session()).code() == ErrorCode::NotFound);

    enroll(office, central, "窓口1");
    auto client = clientOf(*office.admin);
    auto stored = client.enrolment();
    REQUIRE(stored.ok());
    CHECK(stored->deviceName == QStringLiteral("窓口1"));
    CHECK(stored->deviceId == office.admin->audit().deviceId());
    CHECK(stored->roleName == sync::CentralAdmin::roleNameFor(stored->deviceId));
    const sync::CentralUrl admin = central.adminUrl();
    CHECK_FALSE(stored->centralUrl.contains(admin.password));
    CHECK_FALSE(stored->centralUrl.contains(admin.user));
    QSqlDatabase db = office.admin->database().connection();
    CHECK(
        scalar(db, QStringLiteral("SELECT length(sealed_password) FROM sync_enrolment")).toInt() ==
        24 + 16 + 43);
    CHECK(client
              .enroll(office.admin->session(), central.adminUrl(), QStringLiteral("again"),
                      sync::DeviceKind::Counter)
              .code() == ErrorCode::AlreadyExists);
    CHECK(central.scalar(QStringLiteral("SELECT name FROM madoguchi.devices")).toString() ==
          QStringLiteral("窓口1"));
    CHECK(central.scalar(QStringLiteral("SELECT encode(public_key, 'hex') FROM madoguchi.devices"))
              .toString()
              .toLatin1() == audit::DeviceIdentity::loadPublic(db).value().publicKey().toHex());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'device.enrol'"))
              .toInt() == 1);

    // The clerk may sync now.
    CHECK(clerkClient.run(clerk.value()->session()).ok());
}

TEST_CASE("Push sends the journal in order and in batches, and a batch sent twice applies once",
          "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    QSqlDatabase db = office.admin->database().connection();
    createNotes(db);
    store::Repository notes(db, QStringLiteral("note_test"), kNoteColumns, office.clock);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        auto id = notes.insert({{QStringLiteral("body"), QStringLiteral("メモ%1").arg(i)},
                                {QStringLiteral("amount"), i}});
        REQUIRE(id.ok());
        ids << id.value();
    }
    REQUIRE(notes.update(ids[0], 1, {{QStringLiteral("amount"), 42}}).ok());
    const qint64 waiting = unpushed(db);
    REQUIRE(waiting >= 6);
    auto client = clientOf(*office.admin);
    CHECK(client.status().value().waitingChanges == waiting);

    sync::SyncOptions options;
    options.pushBatch = 4;
    auto pushed = client.push(office.admin->session(), std::nullopt, options);
    INFO(pushed.message().toStdString());
    REQUIRE(pushed.ok());
    CHECK(pushed->pushed == waiting);
    CHECK(unpushed(db) == 0);
    const QString deviceId = office.admin->audit().deviceId();
    const auto centralCount = [&] {
        return central
            .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE device_id = "
                                   "'%1'")
                        .arg(deviceId))
            .toLongLong();
    };
    CHECK(centralCount() == waiting);
    // Central order follows the journal's order.
    CHECK(central
              .scalar(QStringLiteral(
                  "SELECT bool_and(ok) FROM (SELECT device_seq > lag(device_seq, 1, 0::bigint) "
                  "OVER (ORDER BY central_seq) AS ok FROM madoguchi.change_log) s"))
              .toBool());
    CHECK(central
              .scalar(QStringLiteral("SELECT row_data->>'amount' FROM madoguchi.entity_rows "
                                     "WHERE entity_id = '%1'")
                          .arg(ids[0]))
              .toString() == QStringLiteral("42"));

    // The acknowledgement was lost: everything goes again and is stored once.
    QSqlQuery lost(db);
    REQUIRE(lost.exec(QStringLiteral("UPDATE change_journal SET pushed_at = NULL")));
    auto again = client.push(office.admin->session(), std::nullopt, options);
    REQUIRE(again.ok());
    CHECK(again->pushed == waiting);
    CHECK(centralCount() == waiting);

    // An unreachable server: an error in plain words, nothing marked as sent.
    REQUIRE(notes.update(ids[1], 1, {{QStringLiteral("amount"), 7}}).ok());
    sync::CentralUrl nowhere = central.adminUrl();
    nowhere.port = 1;
    auto failed = client.push(office.admin->session(), nowhere);
    CHECK(failed.code() == ErrorCode::Io);
    CHECK_FALSE(failed.message().contains(central.adminUrl().password));
    CHECK(unpushed(db) == 1);
    sync::SyncOptions zeroBatch;
    zeroBatch.pushBatch = 0;
    auto bad = client.push(office.admin->session(), std::nullopt, zeroBatch);
    CHECK(bad.code() == ErrorCode::InvalidInput);
}

TEST_CASE("No My Number reaches the central store in clear", "[sync][pg]")
{
    test::ScratchCentral central;
    test::MyNumberDesk desk;
    enroll(desk.office, central, "窓口1");
    const QString person = test::insertPerson(desk.db());
    const QString number = QStringLiteral("123456789018");
    const Status recorded =
        desk.numbers->record(desk.session(), person, number, mynumber::NumberCheck::MyNumberCard,
                             {QStringLiteral("drivers_license")});
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    const auto summary = runSync(*desk.clerk);
    CHECK(summary.pushed >= 1);
    // The change is there (so the scan below looks at it), sealed: recorded under this device's
    // own key, then sealed again under the city-wide key at the sync (FieldKeyExchange).
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE entity = "
                                     "'person_mynumber' AND payload ? 'sealed'"))
              .toInt() == 2);

    // Every row of every central table as text: the digits, their bytes in hex and in base64.
    const QStringList forms{number, QString::fromLatin1(number.toLatin1().toHex()),
                            QString::fromLatin1(number.toLatin1().toBase64()),
                            QStringLiteral("1234 5678 9018"), QStringLiteral("1234-5678-9018")};
    for (const QString& table : central.tables()) {
        for (const QString& form : forms) {
            INFO(table.toStdString() << " " << form.toStdString());
            CHECK(central
                      .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.%1 t WHERE "
                                             "strpos(t::text, '%2') > 0")
                                  .arg(table, form))
                      .toInt() == 0);
        }
    }
}

TEST_CASE("Pull applies other devices' changes by version and queues conflicts", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    enroll(a, central, "窓口A");
    enroll(b, central, "窓口B");
    QSqlDatabase da = a.admin->database().connection();
    QSqlDatabase dbb = b.admin->database().connection();
    createNotes(da);
    createNotes(dbb);
    createNotes(da, QStringLiteral("note_only_a")); // B does not have this table
    store::Repository notesA(da, QStringLiteral("note_test"), kNoteColumns, a.clock);
    store::Repository notesB(dbb, QStringLiteral("note_test"), kNoteColumns, b.clock);
    store::Repository onlyA(da, QStringLiteral("note_only_a"), kNoteColumns, a.clock);

    const QByteArray blob("\x00\x01\xfe\xff binary", 12);
    auto n1 = notesA.insert({{QStringLiteral("body"), QStringLiteral("一")},
                             {QStringLiteral("amount"), 1},
                             {QStringLiteral("data"), blob}});
    auto n2 = notesA.insert({{QStringLiteral("body"), QStringLiteral("二")}});
    REQUIRE(n1.ok());
    REQUIRE(n2.ok());
    REQUIRE(notesA.update(n1.value(), 1, {{QStringLiteral("body"), QStringLiteral("一改")}}).ok());
    REQUIRE(onlyA.insert({{QStringLiteral("body"), QStringLiteral("x")}}).ok());
    runSync(*a.admin);

    const qint64 journalB =
        scalar(dbb, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity <> "
                                   "'number_block'"))
            .toLongLong();
    sync::SyncOptions small;
    small.pullBatch = 2; // several batches
    const auto pulled = runSync(*b.admin, small);
    CHECK(pulled.pulled >= 4);
    // Applied with the versions and values of A, blob included; not journaled again on B.
    auto rowB = notesB.find(n1.value());
    REQUIRE(rowB.ok());
    CHECK(rowB->value(QStringLiteral("version")).toLongLong() == 2);
    CHECK(rowB->value(QStringLiteral("body")).toString() == QStringLiteral("一改"));
    CHECK(rowB->value(QStringLiteral("amount")).toLongLong() == 1);
    CHECK(rowB->value(QStringLiteral("data")).toByteArray() == blob);
    CHECK(notesB.find(n2.value()).value().value(QStringLiteral("version")).toLongLong() == 1);
    // (Number blocks the sync leased are journaled as device-local rows.)
    CHECK(scalar(dbb, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity <> "
                                     "'number_block'"))
              .toLongLong() == journalB);
    // The change for a table B does not have waits in the queue.
    CHECK(scalar(dbb, QStringLiteral("SELECT reason FROM sync_conflict WHERE entity = "
                                     "'note_only_a'"))
              .toString() == QStringLiteral("not_applicable"));
    // Pulling again brings nothing new.
    CHECK(runSync(*b.admin).pulled == 0);

    // Both edit n2's body from version 1. A syncs first and wins; B's edit loses centrally.
    // B's pull sets its row to the winner's data and queues its own lost edit, with both
    // versions: the row (A's) and the payload (B's). A never sees a conflict.
    REQUIRE(notesB.update(n2.value(), 1, {{QStringLiteral("body"), QStringLiteral("B案")}}).ok());
    REQUIRE(notesA.update(n2.value(), 1, {{QStringLiteral("body"), QStringLiteral("A案")}}).ok());
    runSync(*a.admin);
    const auto conflicted = runSync(*b.admin);
    CHECK(conflicted.pushed == 1);
    CHECK(conflicted.pulled == 2); // A's change, and B's own lost one
    CHECK(conflicted.conflicts == 1);
    CHECK(notesB.find(n2.value()).value().value(QStringLiteral("body")).toString() ==
          QStringLiteral("A案"));
    QSqlQuery queued(dbb);
    REQUIRE(queued.exec(QStringLiteral(
        "SELECT reason, base_version, local_version, version, payload, device_id FROM "
        "sync_conflict WHERE entity = 'note_test'")));
    REQUIRE(queued.next());
    CHECK(queued.value(0).toString() == QStringLiteral("version"));
    CHECK(queued.value(1).toLongLong() == 1);
    CHECK(queued.value(2).toLongLong() ==
          notesB.find(n2.value()).value().value(QStringLiteral("version")).toLongLong());
    CHECK(queued.value(3).toLongLong() == 2);
    CHECK(queued.value(4).toString().contains(QStringLiteral("B案")));
    CHECK(queued.value(5).toString() == b.admin->audit().deviceId());
    CHECK_FALSE(queued.next());
    // The open conflicts: this one and the change for note_only_a.
    CHECK(clientOf(*b.admin).status().value().openConflicts == 2);
    // Centrally, B's edit did not replace A's.
    CHECK(central
              .scalar(QStringLiteral("SELECT row_data->>'body' FROM madoguchi.entity_rows WHERE "
                                     "entity_id = '%1'")
                          .arg(n2.value()))
              .toString() == QStringLiteral("A案"));
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE NOT applied"))
              .toInt() == 1);
    // The winner's device takes the row's new version and queues nothing.
    const auto winner = runSync(*a.admin);
    CHECK(winner.conflicts == 0);
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt() == 0);
    CHECK(notesA.find(n2.value()).value().value(QStringLiteral("version")).toLongLong() ==
          notesB.find(n2.value()).value().value(QStringLiteral("version")).toLongLong());
    // Each run is audited.
    CHECK(scalar(dbb, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'sync.run'"))
              .toInt() == 3);
}

TEST_CASE("A revoked device's sync fails at once, in plain words", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "出張1");
    auto client = clientOf(*office.admin);
    REQUIRE(client.run(office.admin->session()).ok());
    REQUIRE(
        client.revoke(office.admin->session(), central.adminUrl(), office.admin->audit().deviceId())
            .ok());
    auto refused = client.run(office.admin->session());
    CHECK_FALSE(refused.ok());
    CHECK((refused.code() == ErrorCode::Io || refused.code() == ErrorCode::PermissionDenied));
    CHECK_FALSE(refused.message().isEmpty());
    QSqlDatabase db = office.admin->database().connection();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'sync.run' AND "
                                    "outcome = 'failure'"))
              .toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                    "'device.revoke'"))
              .toInt() == 1);
}

TEST_CASE("Pulled changes never touch staff accounts or number blocks", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    QSqlDatabase db = office.admin->database().connection();
    const QString adminId = office.admin->session().accountId;
    const qint64 version =
        scalar(db, QStringLiteral("SELECT version FROM staff_account WHERE id = '%1'").arg(adminId))
            .toLongLong();
    // Another enrolled device (or a forged push) sends changes that would fit exactly: a new
    // role for this device's administrator, and a number block of its own.
    const auto other = central.enrollDevice(QStringLiteral("other"));
    auto connection = central.connectAs(other);
    const QString batch =
        QStringLiteral(
            "[{\"device_seq\": 1, \"change_id\": \"forged-1\", \"entity\": \"staff_account\", "
            "\"entity_id\": \"%1\", \"operation\": \"update\", \"version\": %2, "
            "\"base_version\": %3, \"payload\": {\"display_name\": \"forged\"}, "
            "\"changed_at\": \"2025-07-18T09:00:00.000Z\"},"
            " {\"device_seq\": 2, \"change_id\": \"forged-2\", \"entity\": \"number_block\", "
            "\"entity_id\": \"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\", \"operation\": \"insert\", "
            "\"version\": 1, \"base_version\": 0, \"payload\": {}, "
            "\"changed_at\": \"2025-07-18T09:00:00.000Z\"}]")
            .arg(adminId)
            .arg(version + 1)
            .arg(version);
    QSqlQuery push(connection->db());
    push.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
    push.addBindValue(batch);
    REQUIRE(push.exec());

    // The central store refuses both (device-local tables), so they never reach a device.
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE outcome = "
                                     "'rejected' AND change_id LIKE 'forged-%'"))
              .toInt() == 2);
    const auto summary = runSync(*office.admin);
    CHECK(summary.pulled == 0);
    CHECK(summary.conflicts == 0);
    CHECK(
        scalar(db, QStringLiteral("SELECT version FROM staff_account WHERE id = '%1'").arg(adminId))
            .toLongLong() == version);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM staff_account WHERE display_name = "
                                    "'forged'"))
              .toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt() == 0);
}

TEST_CASE("A connection killed in the middle of a batch loses and duplicates nothing", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    QSqlDatabase db = office.admin->database().connection();
    createNotes(db);
    store::Repository notes(db, QStringLiteral("note_test"), kNoteColumns, office.clock);
    for (int i = 0; i < 7; ++i)
        REQUIRE(notes.insert({{QStringLiteral("body"), QStringLiteral("%1").arg(i)}}).ok());
    const qint64 waiting = unpushed(db);
    const QString role = clientOf(*office.admin).enrolment().value().roleName;

    // push_changes inserts the whole batch, then updates the device's row, which the
    // administrator holds locked: there, with the batch's rows written but not committed, the
    // device's backend is terminated.
    auto holder = central.admin();
    REQUIRE(holder->db().transaction());
    QSqlQuery lock(holder->db());
    REQUIRE(lock.exec(QStringLiteral("SELECT 1 FROM madoguchi.devices FOR NO KEY UPDATE")));
    std::atomic<bool> killed{false};
    const QString url = central.adminUrlText();
    std::thread killer([&killed, url, role] {
        auto parsed = sync::CentralUrl::parse(url);
        auto watcher = sync::CentralConnection::open(parsed.value());
        if (!watcher)
            return;
        for (int i = 0; i < 200 && !killed; ++i) {
            QSqlQuery find(watcher.value()->db());
            find.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE usename = ? AND wait_event_type = 'Lock'"));
            find.addBindValue(role);
            if (find.exec() && find.next() && find.value(0).toBool())
                killed = true;
            else
                QThread::msleep(50);
        }
    });
    sync::SyncOptions options;
    options.pushBatch = 3;
    auto failed = clientOf(*office.admin).push(office.admin->session(), std::nullopt, options);
    killer.join();
    REQUIRE(killed);
    CHECK(failed.code() == ErrorCode::Io);
    CHECK(unpushed(db) == waiting);
    holder->db().rollback();
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt() == 0);

    // The retry sends everything, once.
    auto retried = clientOf(*office.admin).push(office.admin->session(), std::nullopt, options);
    INFO(retried.message().toStdString());
    REQUIRE(retried.ok());
    CHECK(retried->pushed == waiting);
    CHECK(unpushed(db) == 0);
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt() ==
          waiting);
    CHECK(central
              .scalar(QStringLiteral("SELECT count(DISTINCT device_seq) FROM madoguchi.change_log"))
              .toInt() == waiting);
}
