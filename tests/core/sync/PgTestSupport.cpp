// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestSupport.h"

#include "store/Uuid7.h"
#include "sync/CentralMigrator.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

#include <catch2/catch.hpp>

namespace madoguchi::test {

namespace {

std::unique_ptr<sync::CentralConnection> connect(const QString& url)
{
    auto parsed = sync::CentralUrl::parse(url);
    REQUIRE(parsed.ok());
    auto connection = sync::CentralConnection::open(parsed.value());
    INFO(connection.message().toStdString());
    REQUIRE(connection.ok());
    return std::move(connection).value();
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    const bool ok = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

QString clusterAdminUrl()
{
    const QString path = qEnvironmentVariable("MADOGUCHI_TEST_PG_URL_FILE");
    INFO("MADOGUCHI_TEST_PG_URL_FILE is not set or names no file: run this test with ctest, "
         "which starts the throwaway PostgreSQL cluster (fixture madoguchi_pg)");
    REQUIRE(!path.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    REQUIRE(url.startsWith(QStringLiteral("postgresql://")));
    return url;
}

ScratchCentral::ScratchCentral(bool migrate)
{
    unsigned char random[8];
    randombytes_buf(random, sizeof random);
    m_name = QStringLiteral("mdg_test_") +
             QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), 8).toHex());
    const QString cluster = clusterAdminUrl();
    {
        auto admin = connect(cluster);
        exec(admin->db(), QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    m_url = cluster.left(cluster.lastIndexOf(u'/') + 1) + m_name;
    if (migrate) {
        auto migrator = sync::CentralMigrator::builtIn();
        REQUIRE(migrator.ok());
        auto connection = admin();
        const auto migrated = migrator->migrate(connection->db());
        INFO(migrated.message().toStdString());
        REQUIRE(migrated.ok());
    }
}

ScratchCentral::~ScratchCentral()
{
    QStringList roles;
    {
        auto parsed = sync::CentralUrl::parse(m_url);
        auto connection = sync::CentralConnection::open(parsed.value());
        if (connection) {
            QSqlQuery query(connection.value()->db());
            if (query.exec(QStringLiteral("SELECT role_name FROM madoguchi.devices")))
                while (query.next())
                    roles << query.value(0).toString();
            // Staff accounts' roles too (central accounts, issue #7), where the schema has them.
            if (query.exec(QStringLiteral("SELECT role_name FROM madoguchi.staff_accounts")))
                while (query.next())
                    roles << query.value(0).toString();
        }
    }
    auto parsed = sync::CentralUrl::parse(clusterAdminUrl());
    auto cluster = sync::CentralConnection::open(parsed.value());
    if (!cluster)
        return;
    QSqlQuery drop(cluster.value()->db());
    (void)drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString& role : std::as_const(roles))
        (void)drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

sync::CentralUrl ScratchCentral::adminUrl() const
{
    auto parsed = sync::CentralUrl::parse(m_url);
    REQUIRE(parsed.ok());
    return parsed.value();
}

std::unique_ptr<sync::CentralConnection> ScratchCentral::admin() const
{
    return connect(m_url);
}

sync::DeviceCredentials ScratchCentral::enrollDevice(const QString& name,
                                                     sync::DeviceKind kind) const
{
    QByteArray publicKey(32, Qt::Uninitialized);
    randombytes_buf(publicKey.data(), 32);
    auto connection = admin();
    auto enrolled = sync::CentralAdmin::enrollDevice(connection->db(), store::newUuid7(), name,
                                                     kind, publicKey);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
    return std::move(enrolled).value();
}

sync::CentralUrl ScratchCentral::deviceUrl(const sync::DeviceCredentials& device) const
{
    sync::CentralUrl url = adminUrl();
    url.user = device.roleName;
    url.password = QString::fromLatin1(reinterpret_cast<const char*>(device.password.data()),
                                       qsizetype(device.password.size()));
    return url;
}

std::unique_ptr<sync::CentralConnection>
ScratchCentral::connectAs(const sync::DeviceCredentials& device) const
{
    auto connection = sync::CentralConnection::open(deviceUrl(device));
    INFO(connection.message().toStdString());
    REQUIRE(connection.ok());
    return std::move(connection).value();
}

QStringList ScratchCentral::tables() const
{
    auto connection = admin();
    QSqlQuery query(connection->db());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'madoguchi' ORDER BY tablename")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QVariant ScratchCentral::scalar(const QString& sql) const
{
    auto connection = admin();
    QSqlQuery query(connection->db());
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace madoguchi::test
