// SPDX-License-Identifier: GPL-3.0-or-later
// Pull must never skip a change because a transaction that drew a lower central sequence
// committed after one that drew a higher sequence.
#include "PgTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;

namespace {

QString batch(const QString& tag, int firstSeq, int count)
{
    QJsonArray changes;
    for (int i = 0; i < count; ++i) {
        const int seq = firstSeq + i;
        changes.append(QJsonObject{
            {QStringLiteral("device_seq"), seq},
            {QStringLiteral("change_id"), QStringLiteral("%1-%2").arg(tag).arg(seq)},
            {QStringLiteral("entity"), QStringLiteral("note")},
            {QStringLiteral("entity_id"), QStringLiteral("%1-row-%2").arg(tag).arg(seq)},
            {QStringLiteral("operation"), QStringLiteral("insert")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("base_version"), 0},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("body"), tag}}},
            {QStringLiteral("changed_at"), QStringLiteral("2025-07-18T09:00:00.000Z")}});
    }
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

int push(QSqlDatabase& db, const QString& json)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
    query.addBindValue(json);
    const bool ok = query.exec() && query.next();
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.value(0).toInt();
}

qint64 xactId(QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT pg_current_xact_id()::text::bigint")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

struct Row
{
    qint64 xid;
    qint64 seq;
    QString changeId;
};

// Pulls everything available after the cursor in batches of limit, moving the cursor.
QList<Row> pullAll(QSqlDatabase& db, qint64* xid, qint64* seq, int limit)
{
    QList<Row> rows;
    for (;;) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT commit_xid, central_seq, change_id FROM madoguchi.pull_changes(?, ?, ?)"));
        query.addBindValue(*xid);
        query.addBindValue(*seq);
        query.addBindValue(limit);
        REQUIRE(query.exec());
        int n = 0;
        while (query.next()) {
            rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toString()});
            *xid = rows.constLast().xid;
            *seq = rows.constLast().seq;
            ++n;
        }
        if (n < limit)
            return rows;
    }
}

QStringList ids(const QList<Row>& rows)
{
    QStringList out;
    for (const Row& row : rows)
        out << row.changeId;
    return out;
}

} // namespace

TEST_CASE("A lower sequence committed after a higher one is pulled, not skipped", "[sync][pg]")
{
    test::ScratchCentral central;
    const auto a = central.enrollDevice(QStringLiteral("a"));
    const auto b = central.enrollDevice(QStringLiteral("b"));
    const auto reader = central.enrollDevice(QStringLiteral("reader"));
    auto ca = central.connectAs(a);
    auto cb = central.connectAs(b);
    auto cr = central.connectAs(reader);
    qint64 cursorXid = 0;
    qint64 cursorSeq = 0;

    SECTION("the pusher that drew the lower sequence started first")
    {
        REQUIRE(ca->db().transaction());
        CHECK(push(ca->db(), batch(QStringLiteral("a"), 1, 3)) == 3); // lower central_seq, open
        CHECK(push(cb->db(), batch(QStringLiteral("b"), 1, 2)) == 2); // higher, committed
        CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt() ==
              2); // a's rows are not visible yet

        // While a is open, nothing that could be followed by a's rows is handed out.
        CHECK(pullAll(cr->db(), &cursorXid, &cursorSeq, 1).isEmpty());
        REQUIRE(ca->db().commit());
    }
    SECTION("the pusher that drew the lower sequence has the younger transaction")
    {
        // b's transaction gets its id first, then a pushes (lower sequence, younger
        // transaction) and stays open, then b pushes (higher sequence) and commits.
        REQUIRE(cb->db().transaction());
        const qint64 older = xactId(cb->db());
        REQUIRE(ca->db().transaction());
        CHECK(push(ca->db(), batch(QStringLiteral("a"), 1, 3)) == 3);
        CHECK(xactId(ca->db()) > older);
        CHECK(push(cb->db(), batch(QStringLiteral("b"), 1, 2)) == 2);
        REQUIRE(cb->db().commit());

        // b's rows may be handed out now (every transaction older than b's has ended)...
        const QList<Row> early = pullAll(cr->db(), &cursorXid, &cursorSeq, 1);
        CHECK(ids(early) == QStringList{QStringLiteral("b-1"), QStringLiteral("b-2")});
        REQUIRE(ca->db().commit());
        // ...and a's, with lower sequence numbers, still come after the cursor.
        const qint64 lowestA =
            central
                .scalar(QStringLiteral(
                    "SELECT min(central_seq) FROM madoguchi.change_log WHERE change_id LIKE 'a-%'"))
                .toLongLong();
        CHECK(lowestA < cursorSeq);
    }

    const QList<Row> rest = pullAll(cr->db(), &cursorXid, &cursorSeq, 1);
    QStringList all = ids(rest);
    // Every change exactly once, each device's in its own order.
    QStringList sorted = all;
    sorted.removeDuplicates();
    CHECK(sorted.size() == all.size());
    QStringList fromA;
    for (const QString& id : std::as_const(all))
        if (id.startsWith(u'a'))
            fromA << id;
    CHECK(fromA ==
          QStringList{QStringLiteral("a-1"), QStringLiteral("a-2"), QStringLiteral("a-3")});
    const int total =
        central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt();
    CHECK(total == 5);
    // Nothing more, and the reader never gets its own changes.
    CHECK(pullAll(cr->db(), &cursorXid, &cursorSeq, 10).isEmpty());
}

TEST_CASE("Pull is resumable in batches and hands out each change once", "[sync][pg]")
{
    test::ScratchCentral central;
    const auto a = central.enrollDevice(QStringLiteral("a"));
    const auto reader = central.enrollDevice(QStringLiteral("reader"));
    auto ca = central.connectAs(a);
    auto cr = central.connectAs(reader);
    for (int i = 0; i < 5; ++i)
        CHECK(push(ca->db(), batch(QStringLiteral("a"), 1 + i * 7, 7)) == 7);
    // The reader pushes too: its own changes never come back to it.
    CHECK(push(cr->db(), batch(QStringLiteral("r"), 1, 4)) == 4);

    qint64 xid = 0;
    qint64 seq = 0;
    const QList<Row> first = pullAll(cr->db(), &xid, &seq, 3);
    REQUIRE(first.size() == 35);
    QStringList expected;
    for (int i = 1; i <= 35; ++i)
        expected << QStringLiteral("a-%1").arg(i);
    CHECK(ids(first) == expected);

    // Resuming from a cursor in the middle gives exactly the rest.
    qint64 midXid = first.at(16).xid;
    qint64 midSeq = first.at(16).seq;
    CHECK(ids(pullAll(cr->db(), &midXid, &midSeq, 4)) == expected.mid(17));

    // Bad arguments are refused.
    QSqlQuery bad(cr->db());
    CHECK_FALSE(bad.exec(QStringLiteral("SELECT * FROM madoguchi.pull_changes(0, 0, 0)")));
    CHECK_FALSE(bad.exec(QStringLiteral("SELECT * FROM madoguchi.pull_changes(NULL, 0, 5)")));
}

TEST_CASE("push_changes refuses malformed batches as a whole", "[sync][pg]")
{
    test::ScratchCentral central;
    const auto a = central.enrollDevice(QStringLiteral("a"));
    auto ca = central.connectAs(a);
    const char* bad[] = {
        "{}",
        "[1]",
        "[{\"device_seq\": 1}]",
        "[{\"device_seq\": \"x\", \"change_id\": \"c\", \"entity\": \"note\", \"entity_id\": "
        "\"n\", \"operation\": \"insert\", \"version\": 1, \"base_version\": 0, \"payload\": {}, "
        "\"changed_at\": \"t\"}]",
        "[{\"device_seq\": 1, \"change_id\": \"c\", \"entity\": \"Note; DROP\", \"entity_id\": "
        "\"n\", \"operation\": \"insert\", \"version\": 1, \"base_version\": 0, \"payload\": {}, "
        "\"changed_at\": \"t\"}]",
        "[{\"device_seq\": 1, \"change_id\": \"c\", \"entity\": \"note\", \"entity_id\": \"n\", "
        "\"operation\": \"upsert\", \"version\": 1, \"base_version\": 0, \"payload\": {}, "
        "\"changed_at\": \"t\"}]",
        "[{\"device_seq\": 1, \"change_id\": \"c\", \"entity\": \"note\", \"entity_id\": \"n\", "
        "\"operation\": \"insert\", \"version\": 1, \"base_version\": 0, \"payload\": [], "
        "\"changed_at\": \"t\"}]",
    };
    for (const char* json : bad) {
        INFO(json);
        QSqlQuery query(ca->db());
        query.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
        query.addBindValue(QString::fromUtf8(json));
        CHECK_FALSE(query.exec());
    }
    // A good batch with one bad change stores nothing of it.
    QString mixed = batch(QStringLiteral("a"), 1, 2);
    mixed.replace(QStringLiteral("\"a-2\""), QStringLiteral("null"));
    QSqlQuery query(ca->db());
    query.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
    query.addBindValue(mixed);
    CHECK_FALSE(query.exec());
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt() == 0);
}
