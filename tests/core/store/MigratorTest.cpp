// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrator.h"
#include "store/SqlCipherDriver.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using store::Migration;
using store::Migrator;

namespace {

// A keyed connection of its own, as the Database would make, without the Database around it.
struct Connection
{
    QTemporaryDir dir;
    QString name = QStringLiteral("migrator-test");
    QSqlDatabase db;

    Connection()
    {
        db = QSqlDatabase::addDatabase(QString::fromLatin1(store::kSqlCipherDriverName), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("m.db")));
        REQUIRE(store::setConnectionKey(db, security::SecureBuffer::random(32)));
        REQUIRE(db.open());
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    QStringList tables()
    {
        QStringList names;
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (query.next())
            names << query.value(0).toString();
        return names;
    }
};

Migration migration(int number, const char* sql)
{
    return {number, QStringLiteral("%1_test.sql").arg(number, 4, 10, QLatin1Char('0')),
            QString::fromUtf8(sql)};
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("The shipped migrations load, number from 1 and apply to a new database", "[migrator]")
{
    auto migrator = Migrator::builtIn();
    REQUIRE(migrator.ok());
    REQUIRE(migrator->latestVersion() >= 1);
    Connection c;
    REQUIRE(migrator->migrate(c.db));
    CHECK(Migrator::currentVersion(c.db).value() == migrator->latestVersion());
    CHECK(c.tables().contains(QStringLiteral("change_journal")));
    // Applying again is a no-op.
    CHECK(migrator->migrate(c.db).ok());
}

TEST_CASE("A failing migration leaves the database exactly as it was", "[migrator]")
{
    Connection c;
    REQUIRE(
        Migrator({migration(1, "CREATE TABLE first (x INTEGER); INSERT INTO first VALUES (7);")})
            .migrate(c.db));
    const QStringList tablesBefore = c.tables();

    const Migrator failing({migration(1, "CREATE TABLE first (x INTEGER);"),
                            migration(2, "CREATE TABLE second (y TEXT); UPDATE first SET x = 8;"),
                            migration(3, "INSERT INTO no_such_table VALUES (1);")});
    const Status status = failing.migrate(c.db);
    CHECK(status.code() == ErrorCode::MigrationFailed);
    CHECK(status.message().contains(QStringLiteral("0003")));
    CHECK(status.message().contains(QStringLiteral("0003_test.sql")));
    CHECK(Migrator::currentVersion(c.db).value() == 1);
    CHECK(c.tables() == tablesBefore);
    QSqlQuery query(c.db);
    REQUIRE(query.exec(QStringLiteral("SELECT x FROM first")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 7);
}

TEST_CASE("A database ahead of the known migrations is refused", "[migrator]")
{
    Connection c;
    QSqlQuery query(c.db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 5")));
    const Migrator migrator({migration(1, "CREATE TABLE t (x);")});
    CHECK(migrator.checkNotNewer(c.db).code() == ErrorCode::NewerSchema);
    CHECK(migrator.migrate(c.db).code() == ErrorCode::NewerSchema);
    CHECK_FALSE(c.tables().contains(QStringLiteral("t")));
}

TEST_CASE("Migration files must be named and numbered without gaps", "[migrator]")
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("0001_one.sql")), "CREATE TABLE one (x);");
    writeFile(dir.filePath(QStringLiteral("0003_three.sql")), "CREATE TABLE three (x);");
    auto gap = Migrator::fromDirectory(dir.path());
    CHECK(gap.code() == ErrorCode::InvalidInput);
    CHECK(gap.message().contains(QStringLiteral("0003_three.sql")));

    QFile::remove(dir.filePath(QStringLiteral("0003_three.sql")));
    writeFile(dir.filePath(QStringLiteral("2_bad name.sql")), "CREATE TABLE bad (x);");
    CHECK(Migrator::fromDirectory(dir.path()).code() == ErrorCode::InvalidInput);

    QFile::remove(dir.filePath(QStringLiteral("2_bad name.sql")));
    writeFile(dir.filePath(QStringLiteral("0002_two.sql")), "CREATE TABLE two (x);");
    auto fine = Migrator::fromDirectory(dir.path());
    REQUIRE(fine.ok());
    CHECK(fine->latestVersion() == 2);
}
