// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestSupport.h"
#include "sync/CentralMigrator.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using sync::CentralMigrator;

namespace {

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("The central schema migrates once, to the newest version", "[sync][pg]")
{
    test::ScratchCentral central(false);
    auto migrator = CentralMigrator::builtIn();
    REQUIRE(migrator.ok());
    REQUIRE(migrator->latestVersion() >= 1);
    auto connection = central.admin();
    CHECK(CentralMigrator::currentVersion(connection->db()).value() == 0);

    auto migrated = migrator->migrate(connection->db());
    INFO(migrated.message().toStdString());
    REQUIRE(migrated.ok());
    CHECK(migrated.value() == migrator->latestVersion());
    CHECK(CentralMigrator::currentVersion(connection->db()).value() == migrator->latestVersion());
    CHECK(central.tables() ==
          QStringList{QStringLiteral("case_assignments"), QStringLiteral("central_sign_ins"),
                      QStringLiteral("change_log"), QStringLiteral("device_escrow"),
                      QStringLiteral("devices"), QStringLiteral("entity_rows"),
                      QStringLiteral("field_key"), QStringLiteral("field_key_grants"),
                      QStringLiteral("issuing_public_keys"), QStringLiteral("number_block_leases"),
                      QStringLiteral("number_series"), QStringLiteral("package_imports"),
                      QStringLiteral("package_keys"), QStringLiteral("schema_version"),
                      QStringLiteral("staff_accounts")});
    // Again: nothing to do, nothing changes.
    auto again = migrator->migrate(connection->db());
    REQUIRE(again.ok());
    CHECK(again.value() == migrator->latestVersion());
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.schema_version")).toInt() ==
          1);
}

TEST_CASE("A central store newer than this client is refused", "[sync][pg]")
{
    test::ScratchCentral central;
    auto connection = central.admin();
    QSqlQuery bump(connection->db());
    REQUIRE(bump.exec(QStringLiteral("UPDATE madoguchi.schema_version SET version = 999")));
    auto migrator = CentralMigrator::builtIn();
    REQUIRE(migrator.ok());
    const Status newer = migrator->checkNotNewer(connection->db());
    CHECK(newer.code() == ErrorCode::NewerSchema);
    CHECK(newer.message().contains(QStringLiteral("999")));
    auto migrated = migrator->migrate(connection->db());
    CHECK(migrated.code() == ErrorCode::NewerSchema);
    CHECK(CentralMigrator::currentVersion(connection->db()).value() == 999);
}

TEST_CASE("A failing central migration leaves the store unchanged", "[sync][pg]")
{
    test::ScratchCentral central;
    auto builtIn = CentralMigrator::builtIn();
    REQUIRE(builtIn.ok());
    const int latest = builtIn->latestVersion();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir source(QStringLiteral(":/migrations/central"));
    for (const QString& name : source.entryList({QStringLiteral("*.sql")}))
        REQUIRE(QFile::copy(source.filePath(name), dir.filePath(name)));
    const QString next = QStringLiteral("%1_broken.sql").arg(latest + 1, 4, 10, QLatin1Char('0'));
    writeFile(dir.filePath(next), "CREATE TABLE madoguchi.half_done (x integer);\n"
                                  "SELECT no_such_function();\n");
    auto migrator = CentralMigrator::fromDirectory(dir.path());
    REQUIRE(migrator.ok());
    auto connection = central.admin();
    auto migrated = migrator->migrate(connection->db());
    CHECK(migrated.code() == ErrorCode::MigrationFailed);
    CHECK(migrated.message().contains(next));
    CHECK(CentralMigrator::currentVersion(connection->db()).value() == latest);
    CHECK_FALSE(central.tables().contains(QStringLiteral("half_done")));

    // A gap in the numbers is refused before anything runs.
    QFile::remove(dir.filePath(next));
    writeFile(dir.filePath(QStringLiteral("%1_gap.sql").arg(latest + 2, 4, 10, QLatin1Char('0'))),
              "SELECT 1;\n");
    CHECK(CentralMigrator::fromDirectory(dir.path()).code() == ErrorCode::InvalidInput);
}
