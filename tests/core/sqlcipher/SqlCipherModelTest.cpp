// SPDX-License-Identifier: GPL-3.0-or-later
// QSqlQueryModel and QSqlTableModel over QSQLCIPHER.
#include "SqlCipherTestSupport.h"

#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using madoguchi::test::CipherConnection;
using madoguchi::test::prepared;

namespace {

void createPeople(CipherConnection& conn)
{
    conn.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "born DATE, photo BLOB)"));
    conn.exec(QStringLiteral("INSERT INTO people (name, born) VALUES ('山田太郎', '1980-05-06')"));
    conn.exec(QStringLiteral("INSERT INTO people (name, born) VALUES ('鈴木花子', '1992-11-30')"));
    conn.exec(QStringLiteral("INSERT INTO people (name, born) VALUES ('𠮷田一郎', NULL)"));
}

QStringList names(CipherConnection& conn)
{
    QStringList result;
    QSqlQuery query(conn.db());
    if (!query.exec(QStringLiteral("SELECT name FROM people ORDER BY id")))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace

TEST_CASE("QSQLCIPHER works with QSqlQueryModel beyond one fetch batch")
{
    QTemporaryDir dir;
    CipherConnection conn(dir.filePath(QStringLiteral("model.db")));
    conn.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER, label TEXT)"));
    REQUIRE(conn.db().transaction());
    QSqlQuery insert = prepared(conn.db(), QStringLiteral("INSERT INTO numbers VALUES (?, ?)"));
    for (int i = 0; i < 600; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("番号%1").arg(i));
        REQUIRE(insert.exec());
    }
    REQUIRE(conn.db().commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT n, label FROM numbers ORDER BY n"), conn.db());
    INFO(model.lastError().text().toStdString());
    REQUIRE_FALSE(model.lastError().isValid());
    CHECK(model.columnCount() == 2);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("label"));
    CHECK(model.rowCount() > 0); // lazily fetched: size() is unknown
    while (model.canFetchMore())
        model.fetchMore();
    REQUIRE(model.rowCount() == 600);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("番号0"));
    CHECK(model.data(model.index(599, 0)).toInt() == 599);
    CHECK(model.data(model.index(300, 1)).toString() == QStringLiteral("番号300"));
    CHECK(model.record(10).value(0).toInt() == 10);
}

TEST_CASE("QSQLCIPHER works with QSqlTableModel select and setData")
{
    QTemporaryDir dir;
    CipherConnection conn(dir.filePath(QStringLiteral("model.db")));
    createPeople(conn);

    QSqlTableModel model(nullptr, conn.db());
    model.setTable(QStringLiteral("people"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.primaryKey().fieldName(0) == QStringLiteral("id"));
    const int name = model.fieldIndex(QStringLiteral("name"));
    const int born = model.fieldIndex(QStringLiteral("born"));
    CHECK(model.data(model.index(0, name)).toString() == QStringLiteral("山田太郎"));
    CHECK(model.data(model.index(1, born)).toString() == QStringLiteral("1992-11-30"));
    CHECK(model.data(model.index(2, born)).isNull());

    REQUIRE(model.setData(model.index(1, name), QStringLiteral("鈴木はな子")));
    REQUIRE(model.setData(model.index(2, born), QDate(1975, 2, 3)));
    REQUIRE(model.setData(model.index(0, model.fieldIndex(QStringLiteral("photo"))),
                          QByteArray("\x89PNG\0\0", 6)));
    INFO(model.lastError().text().toStdString());
    REQUIRE(model.submitAll());
    CHECK(names(conn) == QStringList{QStringLiteral("山田太郎"), QStringLiteral("鈴木はな子"),
                                     QStringLiteral("𠮷田一郎")});
    CHECK(conn.scalar(QStringLiteral("SELECT born FROM people WHERE id = 3")).toString() ==
          QStringLiteral("1975-02-03"));
    CHECK(conn.scalar(QStringLiteral("SELECT photo FROM people WHERE id = 1")).toByteArray() ==
          QByteArray("\x89PNG\0\0", 6));
    // submitAll re-selects: the model shows the stored values.
    CHECK(model.data(model.index(1, name)).toString() == QStringLiteral("鈴木はな子"));

    // Filters go through the driver's SQL generation too.
    model.setFilter(QStringLiteral("born < '1980-01-01'"));
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, name)).toString() == QStringLiteral("𠮷田一郎"));
}

TEST_CASE("QSQLCIPHER works with QSqlTableModel insertRecord and removeRows")
{
    QTemporaryDir dir;
    CipherConnection conn(dir.filePath(QStringLiteral("model.db")));
    createPeople(conn);

    QSqlTableModel model(nullptr, conn.db());
    model.setTable(QStringLiteral("people"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    REQUIRE(model.select());

    QSqlRecord record = model.record();
    record.setGenerated(QStringLiteral("id"), false); // let SQLite assign the rowid
    record.setValue(QStringLiteral("name"), QStringLiteral("佐藤次郎"));
    record.setValue(QStringLiteral("born"), QStringLiteral("2001-07-07"));
    REQUIRE(model.insertRecord(-1, record));
    INFO(model.lastError().text().toStdString());
    REQUIRE(model.submitAll());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.data(model.index(3, 1)).toString() == QStringLiteral("佐藤次郎"));
    CHECK(model.data(model.index(3, 0)).toLongLong() == 4);

    REQUIRE(model.removeRows(0, 1));
    REQUIRE(model.submitAll());
    CHECK(names(conn) == QStringList{QStringLiteral("鈴木花子"), QStringLiteral("𠮷田一郎"),
                                     QStringLiteral("佐藤次郎")});
    CHECK(model.rowCount() == 3);

    // A failing submit reports the driver's error.
    QSqlRecord bad = model.record();
    bad.setGenerated(QStringLiteral("id"), false);
    bad.setValue(QStringLiteral("name"), QVariant());
    REQUIRE(model.insertRecord(-1, bad));
    CHECK_FALSE(model.submitAll());
    CHECK(model.lastError().nativeErrorCode() == QStringLiteral("1299"));
    model.revertAll();
    CHECK(conn.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt() == 3);
}
