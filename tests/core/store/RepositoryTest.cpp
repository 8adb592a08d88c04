// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Repository.h"
#include "store/Migrator.h"
#include "store/SqlCipherDriver.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using store::Repository;

namespace {

struct Store
{
    QTemporaryDir dir;
    QString name = QStringLiteral("repository-test");
    QSqlDatabase db;
    FixedClock clock{QDateTime(QDate(2025, 7, 18), QTime(9, 30), Qt::UTC)};

    Store()
    {
        db = QSqlDatabase::addDatabase(QString::fromLatin1(store::kSqlCipherDriverName), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("r.db")));
        REQUIRE(store::setConnectionKey(db, security::SecureBuffer::random(32)));
        REQUIRE(db.open());
        REQUIRE(store::Migrator::builtIn()->migrate(db));
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("CREATE TABLE sample (id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                           "name TEXT, born TEXT, photo BLOB, amount INTEGER)")));
    }
    ~Store()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    Repository repository()
    {
        return Repository(db, QStringLiteral("sample"),
                          {QStringLiteral("name"), QStringLiteral("born"), QStringLiteral("photo"),
                           QStringLiteral("amount")},
                          clock);
    }

    int count(const QString& sql)
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    QList<QVariantMap> journal()
    {
        QList<QVariantMap> rows;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT entity, entity_id, operation, version, base_version, "
                                  "payload, changed_at FROM change_journal ORDER BY seq"));
        while (query.next()) {
            rows.append({{QStringLiteral("entity"), query.value(0)},
                         {QStringLiteral("entity_id"), query.value(1)},
                         {QStringLiteral("operation"), query.value(2)},
                         {QStringLiteral("version"), query.value(3)},
                         {QStringLiteral("base_version"), query.value(4)},
                         {QStringLiteral("payload"), query.value(5)},
                         {QStringLiteral("changed_at"), query.value(6)}});
        }
        return rows;
    }
};

QVariantMap sampleFields()
{
    return {{QStringLiteral("name"), QStringLiteral("ヤマダ タロウ")},
            {QStringLiteral("born"), QDate(1990, 4, 1)},
            {QStringLiteral("photo"), QByteArray("\x00\x01\x02", 3)},
            {QStringLiteral("amount"), 9300}};
}

} // namespace

TEST_CASE("Inserting gives a UUIDv7 id, version 1 and one journal entry", "[repository]")
{
    Store s;
    auto repository = s.repository();
    auto id = repository.insert(sampleFields());
    REQUIRE(id.ok());
    CHECK(store::Uuid7Generator::isUuid7(id.value()));
    auto row = repository.find(id.value());
    REQUIRE(row.ok());
    CHECK(row->value(QStringLiteral("version")).toLongLong() == 1);
    CHECK(row->value(QStringLiteral("name")).toString() == QStringLiteral("ヤマダ タロウ"));
    const auto journal = s.journal();
    REQUIRE(journal.size() == 1);
    CHECK(journal[0][QStringLiteral("operation")].toString() == QStringLiteral("insert"));
    CHECK(journal[0][QStringLiteral("entity_id")].toString() == id.value());
    CHECK(journal[0][QStringLiteral("changed_at")].toString() ==
          QStringLiteral("2025-07-18T09:30:00.000Z"));
    const QJsonObject payload =
        QJsonDocument::fromJson(journal[0][QStringLiteral("payload")].toString().toUtf8()).object();
    CHECK(payload[QStringLiteral("born")].toString() == QStringLiteral("1990-04-01"));
    CHECK(payload[QStringLiteral("photo")].toObject()[QStringLiteral("$bytes")].toString() ==
          QStringLiteral("AAEC"));
    CHECK(payload[QStringLiteral("amount")].toInt() == 9300);
}

TEST_CASE("Updating bumps the version and journals the base version", "[repository]")
{
    Store s;
    auto repository = s.repository();
    const QString id = repository.insert(sampleFields()).value();
    auto version = repository.update(id, 1, {{QStringLiteral("amount"), 4600}});
    REQUIRE(version.ok());
    CHECK(version.value() == 2);
    CHECK(repository.find(id)->value(QStringLiteral("amount")).toInt() == 4600);
    const auto journal = s.journal();
    REQUIRE(journal.size() == 2);
    CHECK(journal[1][QStringLiteral("operation")].toString() == QStringLiteral("update"));
    CHECK(journal[1][QStringLiteral("version")].toInt() == 2);
    CHECK(journal[1][QStringLiteral("base_version")].toInt() == 1);
    CHECK(journal[1][QStringLiteral("payload")].toString() == QStringLiteral("{\"amount\":4600}"));
}

TEST_CASE("A stale version is a conflict and changes nothing", "[repository]")
{
    Store s;
    auto repository = s.repository();
    const QString id = repository.insert(sampleFields()).value();
    REQUIRE(repository.update(id, 1, {{QStringLiteral("amount"), 1}}).ok());
    auto stale = repository.update(id, 1, {{QStringLiteral("amount"), 2}});
    CHECK(stale.code() == ErrorCode::Conflict);
    CHECK(repository.find(id)->value(QStringLiteral("amount")).toInt() == 1);
    CHECK(s.journal().size() == 2);
    CHECK(repository.remove(id, 1).code() == ErrorCode::Conflict);
    CHECK(repository.update(store::newUuid7(), 1, {{QStringLiteral("amount"), 2}}).code() ==
          ErrorCode::NotFound);
}

TEST_CASE("Deleting journals a delete; unknown columns are refused", "[repository]")
{
    Store s;
    auto repository = s.repository();
    const QString id = repository.insert(sampleFields()).value();
    REQUIRE(repository.remove(id, 1).ok());
    CHECK(repository.find(id).code() == ErrorCode::NotFound);
    CHECK(s.journal().constLast()[QStringLiteral("operation")].toString() ==
          QStringLiteral("delete"));
    CHECK(repository.insert({{QStringLiteral("no_such_column"), 1}}).code() ==
          ErrorCode::InvalidInput);
    CHECK(Repository(s.db, QStringLiteral("sample; DROP TABLE x"), {}).isValid() == false);
}

TEST_CASE("A write and its journal entry commit or roll back together", "[repository]")
{
    Store s;
    auto repository = s.repository();
    {
        store::Transaction outer(s.db);
        REQUIRE(outer.isActive());
        REQUIRE(repository.insert(sampleFields()).ok());
        REQUIRE(repository.insert(sampleFields()).ok());
        // outer goes out of scope without commit: both rows and both journal entries go.
    }
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM sample")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_journal")) == 0);
    {
        store::Transaction outer(s.db);
        REQUIRE(repository.insert(sampleFields()).ok());
        REQUIRE(outer.commit());
    }
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM sample")) == 1);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_journal")) == 1);
    // When the journal cannot be written, the row is not written either.
    QSqlQuery query(s.db);
    REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON change_journal BEGIN "
                                      "SELECT RAISE(ABORT, 'no'); END")));
    CHECK(repository.insert(sampleFields()).code() == ErrorCode::Sql);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM sample")) == 1);
}

TEST_CASE("The change journal is append-only", "[repository]")
{
    Store s;
    auto repository = s.repository();
    REQUIRE(repository.insert(sampleFields()).ok());
    QSqlQuery query(s.db);
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM change_journal")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE change_journal SET payload = '{}'")));
    CHECK(query.exec(QStringLiteral("UPDATE change_journal SET pushed_at = '2025-07-18'")));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_journal")) == 1);
}

TEST_CASE("A journal payload reads back as the values the repository wrote", "[repository]")
{
    Store s;
    auto repository = s.repository();
    QVariantMap fields = sampleFields();
    fields.insert(QStringLiteral("amount"), qint64(9007199254740993)); // beyond 2^53
    auto id = repository.insert(fields);
    REQUIRE(id.ok());
    const auto journal = s.journal();
    REQUIRE(journal.size() == 1);
    const QJsonObject payload =
        QJsonDocument::fromJson(journal[0][QStringLiteral("payload")].toString().toUtf8()).object();
    CHECK(Repository::fromJson(payload[QStringLiteral("name")]).toString() ==
          QStringLiteral("ヤマダ タロウ"));
    CHECK(Repository::fromJson(payload[QStringLiteral("photo")]).toByteArray() ==
          QByteArray("\x00\x01\x02", 3));
    // Large integers travel as text and are written back as such: SQLite compares them exactly.
    CHECK(Repository::fromJson(payload[QStringLiteral("amount")]).toString() ==
          QStringLiteral("9007199254740993"));
    CHECK(Repository::fromJson(QJsonValue(9300)).toLongLong() == 9300);
    CHECK(Repository::fromJson(QJsonValue(true)).toInt() == 1);
    CHECK(Repository::fromJson(QJsonValue(1.5)).toDouble() == 1.5);
    CHECK(Repository::fromJson(QJsonValue(QJsonValue::Null)).isNull());
    CHECK(Repository::fromJson(QJsonObject{{QStringLiteral("a"), 1}}).toString() ==
          QStringLiteral("{\"a\":1}"));
    CHECK(Repository::fromJson(QJsonArray{1, 2}).toString() == QStringLiteral("[1,2]"));
}
