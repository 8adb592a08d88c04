// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictTestSupport.h"

#include "store/Repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace madoguchi::test {

void createConflictNotes(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral(
        "CREATE TABLE note_test (id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL, body "
        "TEXT NOT NULL, amount INTEGER, data BLOB, family_name TEXT, given_name TEXT, name_key "
        "TEXT)")));
}

qint64 queueConflict(QSqlDatabase db, const QString& entity, const QString& entityId,
                     qint64 baseVersion, const QString& payloadJson, const QString& operation,
                     const QString& reason)
{
    QSqlQuery local(db);
    std::optional<qint64> localVersion;
    if (local.exec(
            QStringLiteral("SELECT version FROM %1 WHERE id = '%2'").arg(entity, entityId)) &&
        local.next())
        localVersion = local.value(0).toLongLong();
    QSqlQuery queue(db);
    queue.prepare(QStringLiteral(
        "INSERT INTO sync_conflict (change_id, central_seq, device_id, entity, entity_id, "
        "operation, version, base_version, local_version, payload, reason, received_at) VALUES "
        "(?, 1, 'device-b', ?, ?, ?, ?, ?, ?, ?, ?, '2025-07-18T08:55:00.000Z')"));
    queue.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    queue.addBindValue(entity);
    queue.addBindValue(entityId);
    queue.addBindValue(operation);
    queue.addBindValue(baseVersion + 1);
    queue.addBindValue(baseVersion);
    queue.addBindValue(localVersion ? QVariant(*localVersion) : QVariant());
    queue.addBindValue(payloadJson);
    queue.addBindValue(reason);
    INFO(queue.lastError().text().toStdString());
    REQUIRE(queue.exec());
    return queue.lastInsertId().toLongLong();
}

QVariant sqlScalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.next() ? query.value(0) : QVariant();
}

qint64 queuePersonConflict(Workspace& workspace, QString* personId)
{
    QSqlDatabase db = workspace.database().connection();
    const QStringList columns{QStringLiteral("atena_number"),
                              QStringLiteral("family_name"),
                              QStringLiteral("given_name"),
                              QStringLiteral("family_kana"),
                              QStringLiteral("given_kana"),
                              QStringLiteral("kana_key"),
                              QStringLiteral("given_kana_key"),
                              QStringLiteral("name_key"),
                              QStringLiteral("given_name_key"),
                              QStringLiteral("birth_date"),
                              QStringLiteral("sex"),
                              QStringLiteral("phone"),
                              QStringLiteral("phone_key"),
                              QStringLiteral("created_at"),
                              QStringLiteral("updated_at")};
    store::Repository people(db, QStringLiteral("person"), columns, workspace.clock());
    auto id =
        people.insert({{QStringLiteral("atena_number"), QStringLiteral("000123456")},
                       {QStringLiteral("family_name"), QStringLiteral("山田")},
                       {QStringLiteral("given_name"), QStringLiteral("花子")},
                       {QStringLiteral("family_kana"), QStringLiteral("ヤマダ")},
                       {QStringLiteral("given_kana"), QStringLiteral("ハナコ")},
                       {QStringLiteral("kana_key"), QStringLiteral("ヤマダハナコ")},
                       {QStringLiteral("given_kana_key"), QStringLiteral("ハナコ")},
                       {QStringLiteral("name_key"), QStringLiteral("山田花子")},
                       {QStringLiteral("given_name_key"), QStringLiteral("花子")},
                       {QStringLiteral("birth_date"), QStringLiteral("1962-04-08")},
                       {QStringLiteral("sex"), QStringLiteral("female")},
                       {QStringLiteral("phone"), QStringLiteral("0123-45-6789")},
                       {QStringLiteral("phone_key"), QStringLiteral("0123456789")},
                       {QStringLiteral("created_at"), QStringLiteral("2025-07-01T00:00:00.000Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2025-07-01T00:00:00.000Z")}});
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    // Here: the phone number changed (a call at the counter) …
    REQUIRE(
        people
            .update(id.value(), 1,
                    {{QStringLiteral("phone"), QStringLiteral("090-1111-2222")},
                     {QStringLiteral("phone_key"), QStringLiteral("09011112222")},
                     {QStringLiteral("updated_at"), QStringLiteral("2025-07-18T08:40:00.000Z")}})
            .ok());
    *personId = id.value();
    // … and on the outreach laptop, the family name after a marriage and another phone.
    return queueConflict(
        db, QStringLiteral("person"), id.value(), 1,
        QStringLiteral(
            "{\"family_name\":\"佐藤\",\"family_kana\":\"サトウ\",\"kana_key\":"
            "\"サトウハナコ\",\"name_key\":\"佐藤花子\",\"phone\":\"080-3333-4444\","
            "\"phone_key\":\"08033334444\",\"updated_at\":\"2025-07-18T08:50:00.000Z\"}"));
}

} // namespace madoguchi::test
