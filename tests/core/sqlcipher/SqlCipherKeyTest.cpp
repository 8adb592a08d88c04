// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption through QSQLCIPHER: keys, wrong keys, rekey and the sqlcipher shell.
#include "SqlCipherTestSupport.h"
#include "store/SqlCipherDriver.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using madoguchi::test::CipherConnection;
using madoguchi::test::prepared;
using madoguchi::test::testKey;

namespace {

const QString kMarker = QStringLiteral("MADOGUCHI-CLEARTEXT-MARKER-4711");

// The start of the open sequence the Database class runs after open().
void startSequence(CipherConnection& conn)
{
    CHECK(madoguchi::store::isSqlCipherLibrary(conn.db()));
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).isValid());
    CHECK(conn.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() ==
          QStringLiteral("wal"));
}

void writeMarker(CipherConnection& conn)
{
    conn.exec(QStringLiteral("CREATE TABLE secret (note TEXT)"));
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO secret VALUES (?)"));
    insert.addBindValue(kMarker);
    REQUIRE(insert.exec());
}

QString readMarker(CipherConnection& conn)
{
    return conn.scalar(QStringLiteral("SELECT note FROM secret")).toString();
}

QByteArray fileBytes(const QString& dbPath)
{
    return madoguchi::test::readAll(dbPath) +
           madoguchi::test::readAll(dbPath + QLatin1String("-wal"));
}

} // namespace

TEST_CASE("QSQLCIPHER keyed database and WAL hold no clear text")
{
    QTemporaryDir dir;
    const QString keyed = dir.filePath(QStringLiteral("keyed.db"));
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    const auto key = testKey(1);
    CipherConnection keyedConn(keyed, &key);
    CipherConnection plainConn(plain);
    REQUIRE(keyedConn.isOpen());
    REQUIRE(plainConn.isOpen());
    startSequence(keyedConn);
    startSequence(plainConn);
    writeMarker(keyedConn);
    writeMarker(plainConn);

    // While open, the rows sit in the -wal file.
    REQUIRE(QFile::exists(keyed + QLatin1String("-wal")));
    const QByteArray marker = kMarker.toUtf8();
    CHECK(fileBytes(plain).contains(marker));
    CHECK_FALSE(fileBytes(keyed).contains(marker));
    CHECK_FALSE(fileBytes(keyed).startsWith("SQLite format 3"));
    CHECK(fileBytes(plain).startsWith("SQLite format 3"));

    keyedConn.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    CHECK_FALSE(fileBytes(keyed).contains(marker));
    CHECK(readMarker(keyedConn) == kMarker);
}

TEST_CASE("QSQLCIPHER wrong key fails at the first read with SQLITE_NOTADB")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyed.db"));
    const auto rightKey = testKey(10);
    const auto wrongKey = testKey(11);
    {
        CipherConnection conn(path, &rightKey);
        writeMarker(conn);
    }
    CipherConnection conn(path, &wrongKey);
    REQUIRE(conn.isOpen()); // open() itself reads nothing
    CHECK(madoguchi::store::isSqlCipherLibrary(conn.db()));
    QSqlQuery query(conn.db());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("26"));
    CHECK(conn.db().tables().isEmpty());

    // Without any key the file is not a database either.
    CipherConnection unkeyed(path);
    QSqlQuery plainQuery(unkeyed.db());
    CHECK_FALSE(plainQuery.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    CHECK(plainQuery.lastError().nativeErrorCode() == QStringLiteral("26"));
}

TEST_CASE("QSQLCIPHER reopen with the right key reads the rows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyed.db"));
    const auto key = testKey(20);
    {
        CipherConnection conn(path, &key);
        startSequence(conn);
        writeMarker(conn);
    }
    CipherConnection conn(path, &key);
    REQUIRE(conn.isOpen());
    CHECK(readMarker(conn) == kMarker);
    CHECK(conn.db().tables() == QStringList{QStringLiteral("secret")});
    // The key copy was used up by the first open: reopening the same connection without
    // setting it again cannot read.
    conn.db().close();
    REQUIRE(conn.db().open());
    QSqlQuery query(conn.db());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT note FROM secret")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("26"));
}

TEST_CASE("QSQLCIPHER rekey makes the new key work and the old key fail")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyed.db"));
    const auto oldKey = testKey(30);
    const auto newKey = testKey(31);
    {
        CipherConnection conn(path, &oldKey);
        startSequence(conn);
        writeMarker(conn);
        QString error;
        INFO(error.toStdString());
        REQUIRE(madoguchi::store::rekeyConnection(conn.db(), newKey, &error));
        CHECK(readMarker(conn) == kMarker);

        const madoguchi::security::SecureBuffer shortKey(16);
        CHECK_FALSE(madoguchi::store::rekeyConnection(conn.db(), shortKey, &error));
        CHECK_FALSE(error.isEmpty());
    }
    {
        CipherConnection conn(path, &newKey);
        CHECK(readMarker(conn) == kMarker);
    }
    CipherConnection conn(path, &oldKey);
    QSqlQuery query(conn.db());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT note FROM secret")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("26"));
}

TEST_CASE("QSQLCIPHER rekey refuses a connection without a key")
{
    QTemporaryDir dir;
    CipherConnection conn(dir.filePath(QStringLiteral("plain.db")));
    const auto key = testKey(40);
    QString error;
    CHECK_FALSE(madoguchi::store::rekeyConnection(conn.db(), key, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("QSQLCIPHER keyed file opens in the sqlcipher shell with the raw key")
{
    const QString shell = QStringLiteral("/usr/bin/sqlcipher");
    REQUIRE(QFile::exists(shell));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyed.db"));
    const auto key = testKey(50);
    {
        CipherConnection conn(path, &key);
        startSequence(conn);
        writeMarker(conn);
    }
    // Test-only key: fine to pass through QByteArray here, never in product code.
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()))
            .toHex();
    const QByteArray script = "PRAGMA key = \"x'" + hex + "'\";\nSELECT note FROM secret;\n.quit\n";

    QProcess process;
    process.start(shell, {path});
    REQUIRE(process.waitForStarted(10000));
    process.write(script);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardOutput();
    INFO(process.readAllStandardError().toStdString());
    CHECK(output.contains(kMarker.toUtf8()));

    // And a wrong raw key does not read it.
    QProcess wrong;
    wrong.start(shell, {path});
    REQUIRE(wrong.waitForStarted(10000));
    wrong.write("PRAGMA key = \"x'" + QByteArray(64, 'a') + "'\";\nSELECT note FROM secret;\n");
    wrong.closeWriteChannel();
    REQUIRE(wrong.waitForFinished(30000));
    CHECK_FALSE(wrong.readAllStandardOutput().contains(kMarker.toUtf8()));
}

TEST_CASE("QSQLCIPHER setConnectionKey accepts only 32-byte keys on closed QSQLCIPHER connections")
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("sqlcipher-key-rules");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            QString::fromLatin1(madoguchi::store::kSqlCipherDriverName), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("k.db")));
        CHECK_FALSE(madoguchi::store::setConnectionKey(db, madoguchi::security::SecureBuffer(31)));
        CHECK_FALSE(madoguchi::store::setConnectionKey(db, madoguchi::security::SecureBuffer()));
        CHECK(madoguchi::store::setConnectionKey(db, testKey(60)));
        REQUIRE(db.open());
        CHECK_FALSE(madoguchi::store::setConnectionKey(db, testKey(60))); // already open
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    QSqlDatabase invalid; // no driver at all
    CHECK_FALSE(madoguchi::store::setConnectionKey(invalid, testKey(60)));
    CHECK_FALSE(madoguchi::store::isSqlCipherLibrary(invalid));
}
