// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestSupport.h"
#include "sync/CentralAdmin.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;

namespace {

// SQLSTATE of a statement that must fail; empty if it succeeded.
QString refusal(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().nativeErrorCode();
}

} // namespace

TEST_CASE("A device role can neither read nor write any central table", "[sync][pg]")
{
    test::ScratchCentral central;
    const auto device = central.enrollDevice();
    auto connection = central.connectAs(device);
    QSqlDatabase& db = connection->db();

    const QStringList tables = central.tables();
    REQUIRE(tables.size() >= 6);
    for (const QString& table : tables) {
        const QString name = QStringLiteral("madoguchi.") + table;
        INFO(table.toStdString());
        CHECK(refusal(db, QStringLiteral("SELECT * FROM %1").arg(name)) == u"42501");
        CHECK(refusal(db, QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(name)) == u"42501");
        const QString column =
            central
                .scalar(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                       "table_schema = 'madoguchi' AND table_name = '%1' AND "
                                       "is_identity = 'NO' ORDER BY ordinal_position LIMIT 1")
                            .arg(table))
                .toString();
        REQUIRE(!column.isEmpty());
        CHECK(refusal(db, QStringLiteral("UPDATE %1 SET %2 = %2").arg(name, column)) == u"42501");
        CHECK(refusal(db, QStringLiteral("DELETE FROM %1").arg(name)) == u"42501");
        CHECK(refusal(db, QStringLiteral("TRUNCATE %1").arg(name)) == u"42501");
        CHECK(refusal(db, QStringLiteral("COPY %1 TO STDOUT").arg(name)) == u"42501");
    }
    // Its own central row, through the internal check function, is not reachable either.
    CHECK(refusal(db, QStringLiteral("SELECT madoguchi.calling_device()")) == u"42501");
    // It may not create anything of its own.
    CHECK(refusal(db, QStringLiteral("CREATE TABLE madoguchi.mine (x int)")) == u"42501");
    CHECK(refusal(db, QStringLiteral("CREATE TABLE public.mine (x int)")) == u"42501");
    // What it may do: the sync functions.
    QSqlQuery pull(db);
    CHECK(pull.exec(QStringLiteral("SELECT * FROM madoguchi.pull_changes(0, 0, 10)")));
}

TEST_CASE("Revoking a device stops its very next call and its sign-in", "[sync][pg]")
{
    test::ScratchCentral central;
    const auto device =
        central.enrollDevice(QStringLiteral("出張用ノート 1"), sync::DeviceKind::Outreach);
    CHECK(central.scalar(QStringLiteral("SELECT kind FROM madoguchi.devices")).toString() ==
          QStringLiteral("outreach"));
    auto open = central.connectAs(device);
    QSqlQuery before(open->db());
    REQUIRE(before.exec(QStringLiteral("SELECT * FROM madoguchi.lease_block('rcpt_test', 10)")));

    {
        auto admin = central.admin();
        REQUIRE(sync::CentralAdmin::revokeDevice(admin->db(), device.deviceId).ok());
        // Twice is fine; an unknown or malformed id is not.
        CHECK(sync::CentralAdmin::revokeDevice(admin->db(), device.deviceId).ok());
        CHECK(sync::CentralAdmin::revokeDevice(
                  admin->db(), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"))
                  .code() == ErrorCode::NotFound);
        CHECK(sync::CentralAdmin::revokeDevice(admin->db(), QStringLiteral("x'; DROP")).code() ==
              ErrorCode::InvalidInput);
    }
    // The session that was open is ended; a new one is refused.
    QSqlQuery after(open->db());
    CHECK_FALSE(after.exec(QStringLiteral("SELECT * FROM madoguchi.pull_changes(0, 0, 10)")));
    CHECK(sync::CentralConnection::open(central.deviceUrl(device)).code() == ErrorCode::Io);
    CHECK(central.scalar(QStringLiteral("SELECT state FROM madoguchi.devices")).toString() ==
          QStringLiteral("revoked"));
}

TEST_CASE("A revoked device's role that still signs in is refused by every sync function",
          "[sync][pg]")
{
    test::ScratchCentral central;
    const auto device = central.enrollDevice();
    // Revoked in the table only (as if the role change had not reached it yet).
    auto admin = central.admin();
    QSqlQuery revoke(admin->db());
    REQUIRE(revoke.exec(
        QStringLiteral("UPDATE madoguchi.devices SET state = 'revoked', revoked_at = now()")));
    auto connection = central.connectAs(device);
    for (const char* sql :
         {"SELECT madoguchi.push_changes('[]')", "SELECT * FROM madoguchi.pull_changes(0, 0, 10)",
          "SELECT * FROM madoguchi.lease_block('rcpt_test', 10)"}) {
        INFO(sql);
        CHECK(refusal(connection->db(), QString::fromLatin1(sql)) == u"MD001");
    }
    QSqlQuery query(connection->db());
    REQUIRE_FALSE(query.exec(QStringLiteral("SELECT madoguchi.push_changes('[]')")));
    const Error error = sync::centralError(query.lastError(), QStringLiteral("sending"));
    CHECK(error.code == ErrorCode::PermissionDenied);
}

TEST_CASE("Enrolment checks its input and refuses a second enrolment", "[sync][pg]")
{
    test::ScratchCentral central;
    auto admin = central.admin();
    const QByteArray key(32, 'k');
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    using sync::CentralAdmin;
    using sync::DeviceKind;
    CHECK(
        CentralAdmin::enrollDevice(admin->db(), id, QStringLiteral("  "), DeviceKind::Counter, key)
            .code() == ErrorCode::InvalidInput);
    CHECK(CentralAdmin::enrollDevice(admin->db(), id, QString(201, u'x'), DeviceKind::Counter, key)
              .code() == ErrorCode::InvalidInput);
    CHECK(CentralAdmin::enrollDevice(admin->db(), QStringLiteral("x\"; DROP ROLE x; --"),
                                     QStringLiteral("pc"), DeviceKind::Counter, key)
              .code() == ErrorCode::InvalidInput);
    CHECK(CentralAdmin::enrollDevice(admin->db(), id, QStringLiteral("pc"), DeviceKind::Counter,
                                     QByteArray(31, 'k'))
              .code() == ErrorCode::InvalidInput);
    auto first =
        CentralAdmin::enrollDevice(admin->db(), id, QStringLiteral("pc"), DeviceKind::Counter, key);
    REQUIRE(first.ok());
    CHECK(first->roleName == QStringLiteral("mdg_device_0190a1b2c3d47e5f8a9b0c1d2e3f4a5b"));
    CHECK(first->password.size() == 43);
    CHECK(
        CentralAdmin::enrollDevice(admin->db(), id, QStringLiteral("pc"), DeviceKind::Counter, key)
            .code() == ErrorCode::AlreadyExists);
    // The role may log in, and the server keeps only a SCRAM verifier of its password.
    CHECK(central.connectAs(first.value())->db().isOpen());
    CHECK(central
              .scalar(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                                     "WHERE rolname = '%1'")
                          .arg(first->roleName))
              .toBool());

    // Without a schema, enrolment says what to do first.
    test::ScratchCentral empty(false);
    auto emptyAdmin = empty.admin();
    CHECK(CentralAdmin::enrollDevice(emptyAdmin->db(), id, QStringLiteral("pc"),
                                     DeviceKind::Counter, key)
              .code() == ErrorCode::NotFound);
}

TEST_CASE("Number blocks leased by different devices never overlap", "[sync][pg]")
{
    test::ScratchCentral central;
    const auto a = central.enrollDevice(QStringLiteral("a"));
    const auto b = central.enrollDevice(QStringLiteral("b"));
    auto ca = central.connectAs(a);
    auto cb = central.connectAs(b);
    QList<std::pair<qint64, qint64>> blocks;
    for (int i = 0; i < 6; ++i) {
        QSqlQuery lease((i % 2 ? cb : ca)->db());
        REQUIRE(lease.exec(QStringLiteral("SELECT * FROM madoguchi.lease_block('rcpt_test', 50)")));
        REQUIRE(lease.next());
        blocks.append({lease.value(0).toLongLong(), lease.value(1).toLongLong()});
    }
    for (int i = 0; i < blocks.size(); ++i) {
        CHECK(blocks[i].second - blocks[i].first == 49);
        for (int j = i + 1; j < blocks.size(); ++j)
            CHECK((blocks[i].second < blocks[j].first || blocks[j].second < blocks[i].first));
    }
    QSqlQuery bad(ca->db());
    CHECK_FALSE(bad.exec(QStringLiteral("SELECT * FROM madoguchi.lease_block('Bad Name', 5)")));
    CHECK_FALSE(bad.exec(QStringLiteral("SELECT * FROM madoguchi.lease_block('rcpt_test', 0)")));
}
