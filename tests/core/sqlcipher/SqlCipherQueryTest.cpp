// SPDX-License-Identifier: GPL-3.0-or-later
// Statements, binding, types, navigation, metadata, transactions and errors of QSQLCIPHER.
#include "SqlCipherTestSupport.h"
#include "store/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using madoguchi::test::CipherConnection;
using madoguchi::test::prepared;

namespace {

QString dbPath(const QTemporaryDir& dir, const char* name = "test.db")
{
    return dir.filePath(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("QSQLCIPHER creates and opens a database file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CipherConnection conn(dbPath(dir));
    REQUIRE(conn.isOpen());
    conn.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
    CHECK(QFileInfo::exists(dbPath(dir)));
    CHECK(madoguchi::store::isSqlCipherLibrary(conn.db()));
    CHECK(conn.db().tables() == QStringList{QStringLiteral("t")});

    const QSqlDriver* driver = conn.db().driver();
    CHECK(driver->hasFeature(QSqlDriver::Transactions));
    CHECK(driver->hasFeature(QSqlDriver::PreparedQueries));
    CHECK(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
    CHECK(driver->hasFeature(QSqlDriver::LastInsertId));
    CHECK(driver->hasFeature(QSqlDriver::BLOB));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::NamedPlaceholders));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::QuerySize));
}

TEST_CASE("QSQLCIPHER open failure is a connection error with the native code")
{
    QTemporaryDir dir;
    CipherConnection conn(dir.filePath(QStringLiteral("missing/dir/test.db")));
    REQUIRE_FALSE(conn.isOpen());
    const QSqlError error = conn.db().lastError();
    CHECK(error.type() == QSqlError::ConnectionError);
    CHECK(error.nativeErrorCode() == QStringLiteral("14")); // SQLITE_CANTOPEN
    CHECK_FALSE(error.driverText().isEmpty());
    CHECK_FALSE(madoguchi::store::isSqlCipherLibrary(conn.db()));
}

TEST_CASE("QSQLCIPHER read-only connect option refuses writes")
{
    QTemporaryDir dir;
    {
        CipherConnection writer(dbPath(dir));
        writer.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        writer.exec(QStringLiteral("INSERT INTO t VALUES (7)"));
    }
    CipherConnection reader(dbPath(dir), nullptr, QStringLiteral("QSQLITE_OPEN_READONLY"));
    REQUIRE(reader.isOpen());
    CHECK(reader.scalar(QStringLiteral("SELECT v FROM t")).toInt() == 7);
    QSqlQuery query(reader.db());
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (8)")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("8")); // SQLITE_READONLY
}

TEST_CASE("QSQLCIPHER binds positional placeholders")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"));
    for (int i = 1; i <= 3; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("row %1").arg(i));
        REQUIRE(insert.exec());
    }
    QSqlQuery select = prepared(conn.db(), QStringLiteral("SELECT b FROM t WHERE a = ?"));
    select.bindValue(0, 2);
    REQUIRE(select.exec());
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("row 2"));
    CHECK_FALSE(select.next());

    // Re-executing the same prepared statement with new values.
    select.bindValue(0, 3);
    REQUIRE(select.exec());
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("row 3"));
}

TEST_CASE("QSQLCIPHER binds named placeholders including a name used twice")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT, c INTEGER)"));
    QSqlQuery insert =
        prepared(conn.db(), QStringLiteral("INSERT INTO t (a, b, c) VALUES (:n, :label, :n)"));
    insert.bindValue(QStringLiteral(":label"), QStringLiteral("twice"));
    insert.bindValue(QStringLiteral(":n"), 42);
    REQUIRE(insert.exec());

    QSqlQuery select =
        prepared(conn.db(),
                 QStringLiteral("SELECT b, ':not_a_name' FROM t WHERE a = :value AND c = :value"));
    select.bindValue(QStringLiteral(":value"), 42);
    REQUIRE(select.exec());
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("twice"));
    CHECK(select.value(1).toString() == QStringLiteral(":not_a_name")); // literals stay
    CHECK_FALSE(select.next());
}

TEST_CASE("QSQLCIPHER text round-trips Japanese and non-BMP characters")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (s TEXT)"));
    const QString japanese = QStringLiteral("𠮷野家の髙橋さん、障がい者支援課へ。ｶﾀｶﾅ");
    const QString empty = QStringLiteral("");
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO t (s) VALUES (?)"));
    for (const QString& text : {japanese, empty}) {
        insert.addBindValue(text);
        REQUIRE(insert.exec());
    }
    QSqlQuery select(conn.db());
    REQUIRE(select.exec(QStringLiteral("SELECT s, length(s), typeof(s) FROM t ORDER BY rowid")));
    REQUIRE(select.next());
    CHECK(select.value(0).typeId() == QMetaType::QString);
    CHECK(select.value(0).toString() == japanese);
    CHECK(select.value(1).toLongLong() == japanese.toUcs4().size()); // SQLite counts code points
    CHECK(select.value(2).toString() == QStringLiteral("text"));
    REQUIRE(select.next());
    CHECK_FALSE(select.isNull(0));
    CHECK(select.value(0).toString().isEmpty());
}

TEST_CASE("QSQLCIPHER integers booleans and doubles keep their storage class")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (i INTEGER, big INTEGER, flag INTEGER, d REAL)"));
    QSqlQuery insert =
        prepared(conn.db(), QStringLiteral("INSERT INTO t (i, big, flag, d) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(-123);
    insert.addBindValue(Q_INT64_C(9007199254740993)); // beyond a double's exact range
    insert.addBindValue(true);
    insert.addBindValue(3.25);
    REQUIRE(insert.exec());
    QSqlQuery select(conn.db());
    REQUIRE(select.exec(QStringLiteral(
        "SELECT i, big, flag, d, typeof(i), typeof(big), typeof(flag), typeof(d) FROM t")));
    REQUIRE(select.next());
    CHECK(select.value(0).typeId() == QMetaType::LongLong);
    CHECK(select.value(0).toLongLong() == -123);
    CHECK(select.value(1).toLongLong() == Q_INT64_C(9007199254740993));
    CHECK(select.value(2).toLongLong() == 1);
    CHECK(select.value(3).typeId() == QMetaType::Double);
    CHECK(select.value(3).toDouble() == 3.25);
    CHECK(select.value(4).toString() == QStringLiteral("integer"));
    CHECK(select.value(5).toString() == QStringLiteral("integer"));
    CHECK(select.value(6).toString() == QStringLiteral("integer"));
    CHECK(select.value(7).toString() == QStringLiteral("real"));
}

TEST_CASE("QSQLCIPHER blobs round-trip with embedded zeros")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (b BLOB)"));
    QByteArray large(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = static_cast<char>((i * 131) % 256); // every byte value, many zeros
    const QByteArray small("a\0b\0\0c", 6);
    const QByteArray empty("");
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO t (b) VALUES (?)"));
    for (const QByteArray& bytes : {large, small, empty}) {
        insert.addBindValue(bytes);
        REQUIRE(insert.exec());
    }
    QSqlQuery select(conn.db());
    REQUIRE(select.exec(QStringLiteral("SELECT b, typeof(b), length(b) FROM t ORDER BY rowid")));
    REQUIRE(select.next());
    CHECK(select.value(0).typeId() == QMetaType::QByteArray);
    CHECK(select.value(0).toByteArray() == large);
    CHECK(select.value(1).toString() == QStringLiteral("blob"));
    REQUIRE(select.next());
    CHECK(select.value(0).toByteArray() == small);
    CHECK(select.value(2).toInt() == 6);
    REQUIRE(select.next());
    CHECK_FALSE(select.isNull(0));
    CHECK(select.value(0).toByteArray().isEmpty());
    CHECK(select.value(1).toString() == QStringLiteral("blob"));
}

TEST_CASE("QSQLCIPHER binds NULL for every type and reads typed nulls")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral(
        "CREATE TABLE t (s TEXT, i INTEGER, d REAL, b BLOB, day DATE, at DATETIME, n)"));
    QSqlQuery insert =
        prepared(conn.db(), QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(QVariant(QMetaType::fromType<double>()));
    insert.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
    insert.addBindValue(QVariant(QMetaType::fromType<QDate>()));
    insert.addBindValue(QVariant(QMetaType::fromType<QDateTime>()));
    insert.addBindValue(QVariant());
    REQUIRE(insert.exec());
    // Null QString / QByteArray / QDate values are NULL too, as with Qt's own drivers.
    insert.addBindValue(QString());
    insert.addBindValue(QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(QVariant(QMetaType::fromType<bool>()));
    insert.addBindValue(QByteArray());
    insert.addBindValue(QDate());
    insert.addBindValue(QDateTime());
    insert.addBindValue(QVariant(QMetaType::fromType<QTime>()));
    REQUIRE(insert.exec());

    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t WHERE s IS NULL AND i IS NULL AND "
                                     "d IS NULL AND b IS NULL AND day IS NULL AND at IS NULL "
                                     "AND n IS NULL"))
              .toInt() == 2);
    QSqlQuery select(conn.db());
    REQUIRE(select.exec(QStringLiteral("SELECT s, i, d, b, n FROM t")));
    REQUIRE(select.next());
    for (int column = 0; column < 5; ++column) {
        INFO("column " << column);
        CHECK(select.isNull(column));
        CHECK(select.value(column).isNull());
    }
    CHECK(select.value(0).typeId() == QMetaType::QString);
    CHECK(select.value(1).typeId() == QMetaType::LongLong);
    CHECK(select.value(2).typeId() == QMetaType::Double);
    CHECK(select.value(3).typeId() == QMetaType::QByteArray);
}

TEST_CASE("QSQLCIPHER stores QDate QTime and QDateTime as ISO 8601 text")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (day DATE, at DATETIME, clock TEXT)"));
    const QDate day(2025, 4, 1);
    // 09:30:15.250 in Tokyo is 00:30:15.250 UTC.
    const QDateTime at(QDate(2025, 4, 1), QTime(9, 30, 15, 250), QTimeZone("Asia/Tokyo"));
    const QTime clock(8, 5, 3, 7);
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
    insert.addBindValue(day);
    insert.addBindValue(at);
    insert.addBindValue(clock);
    REQUIRE(insert.exec());
    QSqlQuery select(conn.db());
    REQUIRE(select.exec(QStringLiteral("SELECT day, at, clock, typeof(at) FROM t")));
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("2025-04-01"));
    CHECK(select.value(1).toString() == QStringLiteral("2025-04-01T00:30:15.250Z"));
    CHECK(select.value(2).toString() == QStringLiteral("08:05:03.007"));
    CHECK(select.value(3).toString() == QStringLiteral("text"));
    CHECK(select.value(0).toDate() == day);
    CHECK(select.value(1).toDateTime() == at); // same instant
    CHECK(QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs) == at);
    CHECK(QTime::fromString(select.value(2).toString(), QStringLiteral("HH:mm:ss.zzz")) == clock);
    // Text order is time order, so date comparisons work in SQL.
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t WHERE day BETWEEN '2025-03-31' "
                                     "AND '2025-04-02'"))
              .toInt() == 1);
}

namespace {

void fillNumbers(CipherConnection& conn, int count)
{
    conn.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)"));
    REQUIRE(conn.db().transaction());
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO numbers VALUES (?)"));
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(i);
        REQUIRE(insert.exec());
    }
    REQUIRE(conn.db().commit());
}

} // namespace

TEST_CASE("QSQLCIPHER forward-only query moves only forward")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    fillNumbers(conn, 10);
    QSqlQuery query(conn.db());
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
    CHECK(query.size() == -1);
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    REQUIRE(query.seek(4));
    CHECK(query.value(0).toInt() == 4);
    CHECK(query.at() == 4);
    CHECK_FALSE(query.seek(2)); // backwards is refused
    REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
    REQUIRE(query.seek(3));
    REQUIRE(query.last());
    CHECK(query.value(0).toInt() == 9);
    CHECK(query.at() == 9);
    CHECK_FALSE(query.next());
    CHECK(query.at() == QSql::AfterLastRow);
}

TEST_CASE("QSQLCIPHER scrollable query seeks back and forth")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    fillNumbers(conn, 10);
    QSqlQuery query(conn.db());
    REQUIRE_FALSE(query.isForwardOnly());
    REQUIRE(query.exec(QStringLiteral("SELECT n, n * 10 FROM numbers ORDER BY n")));
    REQUIRE(query.seek(5));
    CHECK(query.value(1).toInt() == 50);
    REQUIRE(query.previous());
    CHECK(query.value(0).toInt() == 4);
    REQUIRE(query.first());
    CHECK(query.value(0).toInt() == 0);
    CHECK_FALSE(query.previous());
    CHECK(query.at() == QSql::BeforeFirstRow);
    REQUIRE(query.last());
    CHECK(query.value(0).toInt() == 9);
    CHECK(query.at() == 9);
    REQUIRE(query.seek(-3, true));
    CHECK(query.value(0).toInt() == 6);
    CHECK_FALSE(query.seek(42));
    CHECK(query.at() == QSql::AfterLastRow);
    REQUIRE(query.seek(7));
    CHECK(query.value(0).toInt() == 7);

    QSqlQuery empty(conn.db());
    REQUIRE(empty.exec(QStringLiteral("SELECT n FROM numbers WHERE n < 0")));
    CHECK_FALSE(empty.next());
    CHECK_FALSE(empty.last());
    CHECK_FALSE(empty.first());
}

TEST_CASE("QSQLCIPHER record gives column names and declared types")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(40), "
                             "amount REAL, photo BLOB, born DATE, note TEXT)"));
    conn.exec(QStringLiteral("INSERT INTO t VALUES (1, 'a', 1.5, x'00', '2000-01-01', NULL)"));
    QSqlQuery query(conn.db());
    REQUIRE(query.exec(
        QStringLiteral("SELECT id, name, amount, photo, born, note, count(*) AS total FROM t")));
    const QSqlRecord record = query.record();
    REQUIRE(record.count() == 7);
    CHECK(record.fieldName(0) == QStringLiteral("id"));
    CHECK(record.fieldName(6) == QStringLiteral("total"));
    CHECK(record.indexOf(QStringLiteral("amount")) == 2);
    CHECK(record.field(0).metaType().id() == QMetaType::LongLong);
    CHECK(record.field(1).metaType().id() == QMetaType::QString);
    CHECK(record.field(2).metaType().id() == QMetaType::Double);
    CHECK(record.field(3).metaType().id() == QMetaType::QByteArray);
    CHECK(record.field(4).metaType().id() == QMetaType::QString);
    CHECK(record.field(5).metaType().id() == QMetaType::QString);
    CHECK(record.field(6).metaType().id() == QMetaType::LongLong); // from the first row
    CHECK(record.field(0).tableName() == QStringLiteral("t"));
    REQUIRE(query.next());
    CHECK(query.record().value(QStringLiteral("name")).toString() == QStringLiteral("a"));
}

TEST_CASE("QSQLCIPHER lastInsertId is the rowid of the insert")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO t (v) VALUES (?)"));
    insert.addBindValue(QStringLiteral("a"));
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId().toLongLong() == 1);
    insert.addBindValue(QStringLiteral("b"));
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId().toLongLong() == 2);

    QSqlQuery explicitId(conn.db());
    REQUIRE(explicitId.exec(QStringLiteral("INSERT INTO t (id, v) VALUES (100, 'c')")));
    CHECK(explicitId.lastInsertId().toLongLong() == 100);

    QSqlQuery update(conn.db());
    REQUIRE(update.exec(QStringLiteral("UPDATE t SET v = 'z' WHERE id = 1")));
    CHECK_FALSE(update.lastInsertId().isValid()); // an UPDATE inserts nothing
}

TEST_CASE("QSQLCIPHER numRowsAffected counts changed rows")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    fillNumbers(conn, 10);
    QSqlQuery query(conn.db());
    REQUIRE(query.exec(QStringLiteral("UPDATE numbers SET n = n + 100 WHERE n < 4")));
    CHECK(query.numRowsAffected() == 4);
    REQUIRE(query.exec(QStringLiteral("DELETE FROM numbers WHERE n >= 100")));
    CHECK(query.numRowsAffected() == 4);
    REQUIRE(query.exec(QStringLiteral("UPDATE numbers SET n = 0 WHERE n < 0")));
    CHECK(query.numRowsAffected() == 0);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE other (x)")));
    CHECK(query.numRowsAffected() == 0); // DDL changes no rows
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO other VALUES (?)"));
    insert.addBindValue(1);
    REQUIRE(insert.exec());
    CHECK(insert.numRowsAffected() == 1);
}

TEST_CASE("QSQLCIPHER committed transaction persists")
{
    QTemporaryDir dir;
    {
        CipherConnection conn(dbPath(dir));
        conn.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        REQUIRE(conn.db().transaction());
        conn.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        conn.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
        REQUIRE(conn.db().commit());
        CHECK_FALSE(conn.db().commit()); // nothing open any more
        CHECK(conn.db().lastError().type() == QSqlError::TransactionError);
    }
    CipherConnection reopened(dbPath(dir));
    CHECK(reopened.scalar(QStringLiteral("SELECT sum(v) FROM t")).toInt() == 3);
}

TEST_CASE("QSQLCIPHER rolled-back transaction leaves nothing")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
    REQUIRE(conn.db().transaction());
    conn.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 1);
    REQUIRE(conn.db().rollback());
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);
}

TEST_CASE("QSQLCIPHER bad SQL gives a statement error with native code 1")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    QSqlQuery query(conn.db());
    CHECK_FALSE(query.exec(QStringLiteral("SELEC nonsense")));
    QSqlError error = query.lastError();
    CHECK(error.type() == QSqlError::StatementError);
    CHECK(error.nativeErrorCode() == QStringLiteral("1"));
    CHECK(error.databaseText().contains(QStringLiteral("syntax error")));
    CHECK_FALSE(error.driverText().isEmpty());

    CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("1"));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("no_such_table")));

    CHECK_FALSE(query.prepare(QStringLiteral("SELECT x FROM nowhere WHERE y = ?")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("1"));
}

TEST_CASE("QSQLCIPHER refuses parameter count mismatches and multiple statements")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (a, b)"));
    QSqlQuery query(conn.db());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    query.bindValue(0, 1);
    CHECK_FALSE(query.exec());
    CHECK(query.lastError().type() == QSqlError::StatementError);

    CHECK_FALSE(
        query.exec(QStringLiteral("INSERT INTO t VALUES (1, 2); INSERT INTO t VALUES (3, 4)")));
    CHECK(query.lastError().type() == QSqlError::StatementError);
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);
    // A trailing semicolon or comment is not a second statement.
    CHECK(query.exec(QStringLiteral("INSERT INTO t VALUES (1, 2); -- done")));
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 1);
}

TEST_CASE("QSQLCIPHER constraint violations give extended codes without values")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE, "
                             "label TEXT NOT NULL)"));
    const QString secretValue = QStringLiteral("PERSONAL-1234-5678");
    QSqlQuery insert =
        prepared(conn.db(), QStringLiteral("INSERT INTO t (id, code, label) VALUES (?, ?, ?)"));
    insert.addBindValue(1);
    insert.addBindValue(secretValue);
    insert.addBindValue(QStringLiteral("x"));
    REQUIRE(insert.exec());

    insert.addBindValue(2);
    insert.addBindValue(secretValue);
    insert.addBindValue(QStringLiteral("x"));
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().nativeErrorCode() == QStringLiteral("2067")); // CONSTRAINT_UNIQUE
    CHECK(insert.lastError().type() == QSqlError::StatementError);
    CHECK_FALSE(insert.lastError().text().contains(secretValue));

    insert.addBindValue(1);
    insert.addBindValue(QStringLiteral("other"));
    insert.addBindValue(QStringLiteral("x"));
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().nativeErrorCode() == QStringLiteral("1555")); // CONSTRAINT_PRIMARYKEY

    insert.addBindValue(3);
    insert.addBindValue(QStringLiteral("third"));
    insert.addBindValue(QVariant());
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().nativeErrorCode() == QStringLiteral("1299")); // CONSTRAINT_NOTNULL

    // The statement is still usable after a failure.
    insert.addBindValue(3);
    insert.addBindValue(QStringLiteral("third"));
    insert.addBindValue(QStringLiteral("y"));
    CHECK(insert.exec());
    CHECK_FALSE(insert.lastError().isValid());
}

TEST_CASE("QSQLCIPHER busy timeout makes a blocked writer fail with SQLITE_BUSY")
{
    QTemporaryDir dir;
    CipherConnection writer(dbPath(dir));
    writer.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
    CipherConnection blocked(dbPath(dir), nullptr, QStringLiteral("QSQLITE_BUSY_TIMEOUT=300"));
    REQUIRE(blocked.isOpen());

    REQUIRE(writer.db().transaction()); // BEGIN IMMEDIATE: holds the write lock
    writer.exec(QStringLiteral("INSERT INTO t VALUES (1)"));

    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(blocked.db());
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    const qint64 waited = timer.elapsed();
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("5")); // SQLITE_BUSY
    CHECK(waited >= 200);  // it did wait for the timeout…
    CHECK(waited < 20000); // …and did not hang

    CHECK_FALSE(blocked.db().transaction());
    CHECK(blocked.db().lastError().nativeErrorCode() == QStringLiteral("5"));
    CHECK(blocked.db().lastError().type() == QSqlError::TransactionError);

    REQUIRE(writer.db().commit());
    CHECK(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    CHECK(blocked.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 2);
}

TEST_CASE("QSQLCIPHER driver reports tables primary index and table record")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    conn.exec(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "city TEXT DEFAULT 'Sapporo', score REAL)"));
    conn.exec(QStringLiteral("CREATE TABLE pair (a TEXT, b INTEGER, v BLOB, PRIMARY KEY (b, a))"));
    conn.exec(QStringLiteral("CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT)"));
    conn.exec(QStringLiteral("INSERT INTO counter DEFAULT VALUES")); // creates sqlite_sequence
    conn.exec(QStringLiteral("CREATE VIEW adults AS SELECT * FROM person"));

    QSqlDatabase& db = conn.db();
    CHECK(db.tables() ==
          QStringList{QStringLiteral("counter"), QStringLiteral("pair"), QStringLiteral("person")});
    CHECK(db.tables(QSql::Views) == QStringList{QStringLiteral("adults")});
    CHECK(db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord person = db.record(QStringLiteral("person"));
    REQUIRE(person.count() == 4);
    CHECK(person.fieldName(1) == QStringLiteral("name"));
    CHECK(person.field(0).metaType().id() == QMetaType::LongLong);
    CHECK(person.field(0).isAutoValue());
    CHECK(person.field(1).requiredStatus() == QSqlField::Required);
    CHECK(person.field(2).requiredStatus() == QSqlField::Optional);
    CHECK(person.field(2).defaultValue().toString() == QStringLiteral("Sapporo"));
    CHECK(person.field(3).metaType().id() == QMetaType::Double);

    const QSqlIndex personKey = db.primaryIndex(QStringLiteral("person"));
    REQUIRE(personKey.count() == 1);
    CHECK(personKey.fieldName(0) == QStringLiteral("id"));
    const QSqlIndex pairKey = db.primaryIndex(QStringLiteral("pair"));
    REQUIRE(pairKey.count() == 2);
    CHECK(pairKey.fieldName(0) == QStringLiteral("b")); // key order, not column order
    CHECK(pairKey.fieldName(1) == QStringLiteral("a"));
    CHECK_FALSE(db.record(QStringLiteral("pair")).field(1).isAutoValue());
    CHECK(db.record(QStringLiteral("main.person")).count() == 4);
    CHECK(db.record(QStringLiteral("no_such_table")).isEmpty());

    const QSqlDriver* driver = db.driver();
    CHECK(driver->escapeIdentifier(QStringLiteral("we\"ird"), QSqlDriver::FieldName) ==
          QStringLiteral("\"we\"\"ird\""));
    CHECK(driver->escapeIdentifier(QStringLiteral("main.person"), QSqlDriver::TableName) ==
          QStringLiteral("\"main\".\"person\""));
}

TEST_CASE("QSQLCIPHER formatValue writes literals matching bound values")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    const QSqlDriver* driver = conn.db().driver();
    QSqlField field(QStringLiteral("f"), QMetaType::fromType<QByteArray>());
    field.setValue(QByteArray("\x00\xff", 2));
    CHECK(driver->formatValue(field) == QStringLiteral("X'00ff'"));
    field.setValue(QStringLiteral("O'Brien"));
    CHECK(driver->formatValue(field) == QStringLiteral("'O''Brien'"));
    field.setValue(QDate(2025, 1, 2));
    CHECK(driver->formatValue(field) == QStringLiteral("'2025-01-02'"));
    field.setValue(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
    CHECK(driver->formatValue(field) == QStringLiteral("'2025-01-02T03:04:05.006Z'"));
    field.setValue(QVariant());
    CHECK(driver->formatValue(field) == QStringLiteral("NULL"));
    field.setValue(QString());
    CHECK(driver->formatValue(field) == QStringLiteral("NULL"));
    field.setValue(true);
    CHECK(driver->formatValue(field) == QStringLiteral("1"));
    field.setValue(-12);
    CHECK(driver->formatValue(field) == QStringLiteral("-12"));

    // The literal finds the row a bound blob wrote.
    conn.exec(QStringLiteral("CREATE TABLE t (b BLOB)"));
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO t VALUES (?)"));
    insert.addBindValue(QByteArray("\x00\xff", 2));
    REQUIRE(insert.exec());
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM t WHERE b = X'00ff'")).toInt() == 1);
}

TEST_CASE("QSQLCIPHER close finalizes live queries and reopen works")
{
    QTemporaryDir dir;
    CipherConnection conn(dbPath(dir));
    fillNumbers(conn, 5);
    QSqlQuery open(conn.db());
    REQUIRE(open.exec(QStringLiteral("SELECT n FROM numbers")));
    REQUIRE(open.next());
    QSqlQuery preparedInsert =
        prepared(conn.db(), QStringLiteral("INSERT INTO numbers VALUES (?)"));

    conn.db().close(); // must not fail on the live statements
    CHECK_FALSE(conn.db().isOpen());
    CHECK_FALSE(open.next());
    preparedInsert.addBindValue(1);
    CHECK_FALSE(preparedInsert.exec());

    REQUIRE(conn.db().open());
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt() == 5);
}
