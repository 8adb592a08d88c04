// SPDX-License-Identifier: GPL-3.0-or-later
// Sync by file (issue #7 item 8): a device without network writes a signed, encrypted package,
// the office reads it with the owner's URL and writes a reply, the device reads the reply. Same
// idempotency and ordering as the online sync, and malformed files are refused with nothing
// applied.
#include "sync/SyncPackage.h"
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "audit/AuditLog.h"
#include "mynumber/CityKey.h"
#include "store/Repository.h"
#include "sync/SyncClient.h"
#include "sync/SyncPackageOffice.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace madoguchi;
using sync::PackageEnvelope;
using sync::SyncClient;
using sync::SyncPackage;
using sync::SyncPackageOffice;

namespace {

const QStringList kNoteColumns{QStringLiteral("body"), QStringLiteral("amount")};

void createNotes(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE note_test (id TEXT PRIMARY KEY NOT NULL, "
                                      "version INTEGER NOT NULL, body TEXT NOT NULL, amount "
                                      "INTEGER)")));
}

SyncClient clientOf(Workspace& workspace)
{
    return SyncClient(workspace.database(), workspace.audit(), workspace.authorizer(),
                      workspace.clock());
}

SyncPackage packagesOf(Workspace& workspace)
{
    return SyncPackage(workspace.database(), workspace.audit(), workspace.authorizer(),
                       workspace.clock());
}

SyncPackageOffice officeOf(Workspace& workspace)
{
    return SyncPackageOffice(workspace.audit(), workspace.authorizer(), workspace.clock());
}

// The device that syncs by file is an outreach laptop; the others are counter workstations.
void enroll(test::Office& office, const test::ScratchCentral& central, const char* name,
            sync::DeviceKind kind = sync::DeviceKind::Outreach)
{
    auto enrolled =
        clientOf(*office.admin)
            .enroll(office.admin->session(), central.adminUrl(), QString::fromUtf8(name), kind);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
    createNotes(office.admin->database().connection());
}

sync::SyncSummary runSync(Workspace& workspace)
{
    auto result = clientOf(workspace).run(workspace.session());
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
    return scalar(db, QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL "
                                     "AND entity = 'note_test'"))
        .toLongLong();
}

// The notes as one text: id, version, body and amount of every row, in id order.
QString notesDigest(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(
        query.exec(QStringLiteral("SELECT id, version, body, amount FROM note_test ORDER BY id")));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString());
    return rows.join(u'\n');
}

QString centralNotesDigest(const test::ScratchCentral& central)
{
    return central
        .scalar(QStringLiteral(
            "SELECT coalesce(string_agg(entity_id || '|' || version || '|' || (row_data->>'body') "
            "|| '|' || coalesce(row_data->>'amount', ''), E'\\n' ORDER BY entity_id), '') FROM "
            "madoguchi.entity_rows WHERE entity = 'note_test' AND NOT deleted"))
        .toString();
}

QString addNote(test::Office& office, const QString& body, int amount = 0)
{
    store::Repository notes(office.admin->database().connection(), QStringLiteral("note_test"),
                            kNoteColumns, office.clock);
    auto id = notes.insert({{QStringLiteral("body"), body}, {QStringLiteral("amount"), amount}});
    REQUIRE(id.ok());
    return id.value();
}

void editNote(test::Office& office, const QString& id, int amount)
{
    QSqlDatabase db = office.admin->database().connection();
    store::Repository notes(db, QStringLiteral("note_test"), kNoteColumns, office.clock);
    const qint64 version =
        scalar(db, QStringLiteral("SELECT version FROM note_test WHERE id = '%1'").arg(id))
            .toLongLong();
    REQUIRE(notes.update(id, version, {{QStringLiteral("amount"), amount}}).ok());
}

sync::PackageSummary writePackage(test::Office& office, const QString& path)
{
    auto written = packagesOf(*office.admin).writePackage(office.admin->session(), path);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.value();
}

sync::PackageImport importPackage(test::Office& office, const test::ScratchCentral& central,
                                  const QString& in, const QString& out)
{
    auto imported =
        officeOf(*office.admin).importPackage(office.admin->session(), central.adminUrl(), in, out);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    return imported.value();
}

sync::PackageSummary readReply(test::Office& office, const QString& path)
{
    auto read = packagesOf(*office.admin).readReply(office.admin->session(), path);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    return read.value();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

qint64 centralChanges(const test::ScratchCentral& central, const QString& deviceId)
{
    return central
        .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE device_id = '%1'")
                    .arg(deviceId))
        .toLongLong();
}

qint64 auditCount(QSqlDatabase db, const QString& purposePrefix)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                     "'sync.package' AND purpose LIKE '%1%'")
                          .arg(purposePrefix))
        .toLongLong();
}

// Where the header, body and signature of a file start (see PackageEnvelope).
struct Layout
{
    qint64 header = 0;
    qint64 headerSize = 0;
    qint64 body = 0;
    qint64 bodySize = 0;
    qint64 signature = 0;
};

Layout layoutOf(const QByteArray& file)
{
    Layout layout;
    layout.header = 14;
    layout.headerSize = qFromBigEndian<quint32>(file.constData() + 10);
    layout.bodySize = qFromBigEndian<quint32>(file.constData() + layout.header + layout.headerSize);
    layout.body = layout.header + layout.headerSize + 4;
    layout.signature = layout.body + layout.bodySize;
    REQUIRE(layout.signature + 64 == file.size());
    return layout;
}

// 0600: read and write for the owner, nothing for group and others.
bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & others) == 0 && permissions.testFlag(QFileDevice::ReadOwner) &&
           permissions.testFlag(QFileDevice::WriteOwner) &&
           !permissions.testFlag(QFileDevice::ExeOwner);
}

QByteArray flipped(QByteArray data, qint64 at)
{
    data[at] = char(data.at(at) ^ 0x20);
    return data;
}

} // namespace

TEST_CASE("A package carries offline changes to the office and the reply brings the rest back",
          "[sync][pg][package]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    test::Office office; // the administrator's workstation at the office
    enroll(a, central, "訪問A");
    enroll(b, central, "窓口B", sync::DeviceKind::Counter);
    QSqlDatabase da = a.admin->database().connection();
    QSqlDatabase dbb = b.admin->database().connection();
    const QString aId = a.admin->audit().deviceId();

    const QString fromB = addNote(b, QStringLiteral("Bのメモ"), 5);
    runSync(*b.admin);

    // A works offline: three notes and an edit.
    const QString n1 = addNote(a, QStringLiteral("一"), 1);
    addNote(a, QStringLiteral("二"), 2);
    addNote(a, QStringLiteral("三"), 3);
    editNote(a, n1, 11);
    const qint64 waiting = unpushed(da);
    REQUIRE(waiting == 4);

    const QString pkg = a.dir.filePath(QStringLiteral("a1.mdgsync"));
    const auto written = writePackage(a, pkg);
    CHECK(written.packageSeq == 1);
    CHECK(written.changes >= 4);
    CHECK(ownerOnly(pkg));
    CHECK(unpushed(da) == waiting); // writing a package marks nothing as sent
    CHECK(auditCount(da, QStringLiteral("write")) == 1);
    // Nothing in the file is readable without the office key: no note body in clear.
    const QByteArray bytes = readBytes(pkg);
    CHECK_FALSE(bytes.contains(QStringLiteral("二").toUtf8()));
    CHECK_FALSE(bytes.contains("note_test"));

    // At the office.
    const QString reply = office.dir.filePath(QStringLiteral("a1.reply"));
    const auto imported = importPackage(office, central, pkg, reply);
    CHECK(imported.deviceId == aId);
    CHECK(imported.packageSeq == 1);
    CHECK(imported.newChanges == written.changes);
    CHECK(imported.complete);
    CHECK(imported.blocks > 0); // a new device asks for every series
    CHECK(centralChanges(central, aId) == written.changes);
    CHECK(central
              .scalar(QStringLiteral("SELECT row_data->>'amount' FROM madoguchi.entity_rows "
                                     "WHERE entity_id = '%1'")
                          .arg(n1))
              .toString() == QStringLiteral("11"));
    CHECK(ownerOnly(reply));
    const qint64 leases = central
                              .scalar(QStringLiteral("SELECT count(*) FROM "
                                                     "madoguchi.number_block_leases"))
                              .toLongLong();

    // Read again: nothing is added, and the same blocks come back.
    const QString reply2 = office.dir.filePath(QStringLiteral("a1-again.reply"));
    const auto again = importPackage(office, central, pkg, reply2);
    CHECK(again.newChanges == 0);
    CHECK(again.blocks == imported.blocks);
    CHECK(centralChanges(central, aId) == written.changes);
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases"))
              .toLongLong() == leases);
    CHECK(auditCount(office.admin->database().connection(), QStringLiteral("read package=1")) == 2);

    // Back on A.
    const auto read = readReply(a, reply);
    CHECK(read.packageSeq == 1);
    CHECK(read.acknowledged >= waiting);
    CHECK(unpushed(da) == 0);
    CHECK(read.blocksLeased == imported.blocks);
    CHECK(scalar(da, QStringLiteral("SELECT body FROM note_test WHERE id = '%1'").arg(fromB))
              .toString() == QStringLiteral("Bのメモ"));
    CHECK_FALSE(
        scalar(da, QStringLiteral("SELECT last_pull_at FROM sync_state")).toString().isEmpty());
    // (and the 宛名番号 block leased at enrolment)
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM number_block WHERE origin = 'central' "
                                    "AND kind <> 'atena'"))
              .toInt() == imported.blocks);
    CHECK(auditCount(da, QStringLiteral("reply")) == 1);

    // The same reply again, or its twin from the second reading: nothing changes.
    const QString before = notesDigest(da);
    const qint64 cursor =
        scalar(da, QStringLiteral("SELECT pull_seq FROM sync_state")).toLongLong();
    for (const QString& path : {reply, reply2}) {
        auto twice = packagesOf(*a.admin).readReply(a.admin->session(), path);
        CHECK(twice.code() == ErrorCode::AlreadyExists);
        CHECK_FALSE(twice.message().isEmpty());
    }
    CHECK(notesDigest(da) == before);
    CHECK(scalar(da, QStringLiteral("SELECT pull_seq FROM sync_state")).toLongLong() == cursor);
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM number_block WHERE kind <> 'atena'"))
              .toInt() == imported.blocks);
    CHECK(auditCount(da, QStringLiteral("reply")) == 1);

    // B receives A's notes online; everyone agrees.
    runSync(*b.admin);
    runSync(*a.admin);
    CHECK(notesDigest(da) == notesDigest(dbb));
    CHECK(notesDigest(da) == centralNotesDigest(central));
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt() == 0);
}

TEST_CASE("Packages and replies interleaved with online syncs converge, nothing lost or doubled",
          "[sync][pg][package]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    test::Office office;
    enroll(a, central, "訪問A");
    enroll(b, central, "窓口B", sync::DeviceKind::Counter);
    QSqlDatabase da = a.admin->database().connection();
    QSqlDatabase dbb = b.admin->database().connection();
    const QString aId = a.admin->audit().deviceId();
    const QString dir = office.dir.path();

    // A writes a package, then goes on working and syncs online before the office reads it.
    const QString shared = addNote(a, QStringLiteral("共有"), 1);
    addNote(a, QStringLiteral("A1"), 1);
    const QString p1 = dir + QStringLiteral("/p1");
    writePackage(a, p1);
    addNote(a, QStringLiteral("A2"), 2);
    runSync(*a.admin);
    runSync(*b.admin);
    editNote(b, shared, 20); // B edits A's note
    addNote(b, QStringLiteral("B1"), 1);
    runSync(*b.admin);

    // The office reads the old package: nothing new; the reply holds B's edits.
    const auto r1 = importPackage(office, central, p1, dir + QStringLiteral("/r1"));
    CHECK(r1.newChanges == 0);
    CHECK(r1.replyChanges >= 2);
    addNote(a, QStringLiteral("A3"), 3);
    const auto read1 = readReply(a, dir + QStringLiteral("/r1"));
    CHECK(read1.changes >= 2);
    CHECK(scalar(da, QStringLiteral("SELECT amount FROM note_test WHERE id = '%1'").arg(shared))
              .toInt() == 20);
    CHECK(unpushed(da) == 1); // A3 is still to be sent

    // A second package with A3 and an edit; B goes on online meanwhile; then A syncs online
    // before it reads the reply, which must skip what A has received already.
    editNote(a, shared, 30);
    writePackage(a, dir + QStringLiteral("/p2"));
    addNote(b, QStringLiteral("B2"), 2);
    runSync(*b.admin);
    const auto r2 =
        importPackage(office, central, dir + QStringLiteral("/p2"), dir + QStringLiteral("/r2"));
    CHECK(r2.newChanges == 2);
    runSync(*a.admin);
    const auto read2 = readReply(a, dir + QStringLiteral("/r2"));
    CHECK(read2.changes == 0); // everything in it came online already
    CHECK(unpushed(da) == 0);

    // Two more packages; the newer reply read first makes the older one stale.
    addNote(a, QStringLiteral("A4"), 4);
    writePackage(a, dir + QStringLiteral("/p3"));
    addNote(a, QStringLiteral("A5"), 5);
    writePackage(a, dir + QStringLiteral("/p4"));
    importPackage(office, central, dir + QStringLiteral("/p3"), dir + QStringLiteral("/r3"));
    importPackage(office, central, dir + QStringLiteral("/p4"), dir + QStringLiteral("/r4"));
    readReply(a, dir + QStringLiteral("/r4"));
    auto stale = packagesOf(*a.admin).readReply(a.admin->session(), dir + QStringLiteral("/r3"));
    CHECK(stale.code() == ErrorCode::AlreadyExists);

    runSync(*b.admin);
    runSync(*a.admin);
    runSync(*b.admin);
    CHECK(notesDigest(da) == notesDigest(dbb));
    CHECK(notesDigest(da) == centralNotesDigest(central));
    CHECK(scalar(da, QStringLiteral("SELECT amount FROM note_test WHERE id = '%1'").arg(shared))
              .toInt() == 30);
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM note_test")).toInt() == 8);
    // Every journal row of A is in the central store exactly once.
    CHECK(centralChanges(central, aId) ==
          scalar(da, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'note_test'"))
              .toLongLong());
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM (SELECT change_id FROM "
                                     "madoguchi.change_log GROUP BY change_id HAVING "
                                     "count(*) > 1) d"))
              .toInt() == 0);
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt() == 0);
    CHECK(scalar(dbb, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt() == 0);
}

TEST_CASE("Malformed packages and replies are refused and nothing is applied",
          "[sync][pg][package]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    test::Office office;
    enroll(a, central, "訪問A");
    enroll(b, central, "窓口B", sync::DeviceKind::Counter);
    QSqlDatabase da = a.admin->database().connection();
    const QString aId = a.admin->audit().deviceId();
    const QString dir = office.dir.path();
    addNote(a, QStringLiteral("一"), 1);
    addNote(a, QStringLiteral("二"), 2);
    const QString pkg = dir + QStringLiteral("/good");
    writePackage(a, pkg);
    const QByteArray good = readBytes(pkg);
    const Layout layout = layoutOf(good);

    auto office_ = officeOf(*office.admin);
    const auto refused = [&](const QByteArray& data, ErrorCode code = ErrorCode::InvalidInput) {
        const QString path = dir + QStringLiteral("/bad");
        writeBytes(path, data);
        auto result = office_.importPackage(office.admin->session(), central.adminUrl(), path,
                                            dir + QStringLiteral("/bad.reply"));
        INFO(result.message().toStdString());
        CHECK(result.code() == code);
        CHECK_FALSE(result.message().isEmpty());
        CHECK_FALSE(QFile::exists(dir + QStringLiteral("/bad.reply")));
        CHECK(centralChanges(central, aId) == 0);
        CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.package_imports"))
                  .toInt() == 0);
        return result.message();
    };

    SECTION("packages at the office")
    {
        CHECK(refused(QByteArray()).contains(u"empty"));
        refused(good.left(5));
        refused(good.left(good.size() - 1));
        refused(good.left(layout.body + 10));
        refused(flipped(good, layout.header + 5));
        refused(flipped(good, layout.header + layout.headerSize - 3));
        refused(flipped(good, layout.body + 40));
        refused(flipped(good, layout.signature + 7));
        refused(QByteArray("not a package at all, just text"));
        QByteArray version = good;
        qToBigEndian<quint16>(2, version.data() + 8);
        CHECK(refused(version).contains(u"version 2"));
        QByteArray huge = good;
        qToBigEndian<quint32>(0xfffffff0u, huge.data() + layout.header + layout.headerSize);
        refused(huge);
        QByteArray hugeHeader = good;
        qToBigEndian<quint32>(0x7fffffffu, hugeHeader.data() + 10);
        refused(hugeHeader);
        // The signature of another device over the same content.
        addNote(b, QStringLiteral("B"), 1);
        writePackage(b, dir + QStringLiteral("/b"));
        const QByteArray fromB = readBytes(dir + QStringLiteral("/b"));
        refused(good.left(layout.signature) + fromB.right(64));

        // Revoked: refused although intact.
        REQUIRE(
            clientOf(*office.admin).revoke(office.admin->session(), central.adminUrl(), aId).ok());
        refused(good, ErrorCode::PermissionDenied);
        CHECK(scalar(office.admin->database().connection(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'sync.package' "
                                    "AND outcome = 'failure'"))
                  .toInt() >= 10);
    }

    SECTION("replies on the device")
    {
        const QString reply = dir + QStringLiteral("/good.reply");
        importPackage(office, central, pkg, reply);
        const QByteArray goodReply = readBytes(reply);
        const Layout r = layoutOf(goodReply);
        const qint64 waiting = unpushed(da);
        REQUIRE(waiting == 2);
        auto packages = packagesOf(*a.admin);
        const auto refusedReply = [&](const QByteArray& data,
                                      ErrorCode code = ErrorCode::InvalidInput) {
            const QString path = dir + QStringLiteral("/bad.reply");
            writeBytes(path, data);
            auto result = packages.readReply(a.admin->session(), path);
            INFO(result.message().toStdString());
            CHECK(result.code() == code);
            CHECK_FALSE(result.message().isEmpty());
            CHECK(unpushed(da) == waiting);
            CHECK(scalar(da, QStringLiteral("SELECT last_reply_seq FROM sync_package_state"))
                      .toInt() == 0);
            CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM number_block WHERE kind <> "
                                            "'atena'"))
                      .toInt() == 0);
            return result.message();
        };
        refusedReply(QByteArray());
        refusedReply(goodReply.left(goodReply.size() - 20));
        refusedReply(flipped(goodReply, r.header + 4));
        refusedReply(flipped(goodReply, r.body + 3));
        refusedReply(flipped(goodReply, r.signature + 1));
        QByteArray version = goodReply;
        qToBigEndian<quint16>(7, version.data() + 8);
        refusedReply(version);
        QByteArray huge = goodReply;
        qToBigEndian<quint32>(0xffffffffu, huge.data() + r.header + r.headerSize);
        refusedReply(huge);
        // A package is not a reply.
        CHECK(refusedReply(good).contains(u"package"));
        // Another device's reply.
        addNote(b, QStringLiteral("B"), 1);
        writePackage(b, dir + QStringLiteral("/b"));
        importPackage(office, central, dir + QStringLiteral("/b"),
                      dir + QStringLiteral("/b.reply"));
        CHECK(refusedReply(readBytes(dir + QStringLiteral("/b.reply"))).contains(u"another"));

        // The intact reply still works afterwards.
        const auto read = readReply(a, reply);
        CHECK(read.acknowledged == waiting);
        CHECK(unpushed(da) == 0);
    }
}

TEST_CASE("A device without the office key cannot write a package", "[sync][pg][package]")
{
    test::ScratchCentral central;
    test::Office a;
    enroll(a, central, "訪問A");
    QSqlDatabase da = a.admin->database().connection();
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM sync_office_key")).toInt() == 1);
    QSqlQuery wipe(da);
    REQUIRE(wipe.exec(QStringLiteral("DELETE FROM sync_office_key")));
    auto written =
        packagesOf(*a.admin).writePackage(a.admin->session(), a.dir.filePath(QStringLiteral("p")));
    CHECK(written.code() == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(a.dir.filePath(QStringLiteral("p"))));
    CHECK(scalar(da, QStringLiteral("SELECT last_package_seq FROM sync_package_state")).toInt() ==
          0);
    // An online sync brings it back.
    runSync(*a.admin);
    CHECK(scalar(da, QStringLiteral("SELECT count(*) FROM sync_office_key")).toInt() == 1);
    CHECK(packagesOf(*a.admin)
              .writePackage(a.admin->session(), a.dir.filePath(QStringLiteral("p")))
              .ok());
}

TEST_CASE("Reading the office's reply renews an outreach laptop's lease", "[sync][pg][package]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office office;
    enroll(a, central, "訪問A");
    QSqlDatabase da = a.admin->database().connection();
    const qint64 days15 = qint64(15) * 24 * 3600 * 1000;
    a.clock.advanceMs(days15);
    office.clock.advanceMs(days15);
    CHECK(SyncClient::checkLease(da, a.clock).code() == ErrorCode::PermissionDenied);
    // Writing a package is allowed past the lease (it is how the laptop syncs).
    const QString dir = office.dir.path();
    writePackage(a, dir + QStringLiteral("/p"));
    importPackage(office, central, dir + QStringLiteral("/p"), dir + QStringLiteral("/r"));
    readReply(a, dir + QStringLiteral("/r"));
    CHECK(SyncClient::checkLease(da, a.clock).ok());
    // A real service works again (the administrator's settings, on the same laptop).
    CHECK(a.admin->settings().set(a.admin->session(), QStringLiteral("lockout.minutes"), 20).ok());

    // A reply made long ago renews only from when it was made.
    writePackage(a, dir + QStringLiteral("/p2"));
    importPackage(office, central, dir + QStringLiteral("/p2"), dir + QStringLiteral("/r2"));
    a.clock.advanceMs(days15);
    readReply(a, dir + QStringLiteral("/r2"));
    CHECK(SyncClient::checkLease(da, a.clock).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("A device that syncs only by file receives the city's My Number key in the reply",
          "[sync][pg][package]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    enroll(a, central, "訪問A");
    enroll(b, central, "窓口B", sync::DeviceKind::Counter);
    // B syncs online: it creates the city key and grants it to A, sealed to A's key.
    runSync(*b.admin);
    REQUIRE(central
                .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.field_key_grants WHERE "
                                       "device_id = '%1'")
                            .arg(a.admin->audit().deviceId()))
                .toInt() == 1);
    CHECK_FALSE(mynumber::CityKey::isPresent(a.admin->database()));

    // A never goes online: the key comes with the office's reply.
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("a.pkg"));
    const QString reply = dir.filePath(QStringLiteral("a.reply"));
    addNote(a, QStringLiteral("Aのメモ"));
    writePackage(a, package);
    importPackage(b, central, package, reply);
    readReply(a, reply);
    REQUIRE(mynumber::CityKey::isPresent(a.admin->database()));
    auto keyA = mynumber::CityKey::load(a.admin->database());
    auto keyB = mynumber::CityKey::load(b.admin->database());
    REQUIRE(keyA.ok());
    REQUIRE(keyB.ok());
    CHECK(keyA->keyId() == keyB->keyId());
    CHECK(keyA->key().equals(keyB->key()));
    CHECK(scalar(a.admin->database().connection(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'field_key.grant'"))
              .toInt() == 1);
}
