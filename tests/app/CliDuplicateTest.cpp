// SPDX-License-Identifier: GPL-3.0-or-later
// person duplicates: the possible duplicates that sync brought, listed and settled.
#include "CliTestSupport.h"
#include "registry/DuplicateCandidates.h"
#include "registry/NameKeys.h"
#include "store/Repository.h"

using namespace madoguchi;
using namespace madoguchi::clitest;

namespace {

QStringList personColumns()
{
    return {QStringLiteral("atena_number"),
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
            QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

struct Pair
{
    QString first;
    QString second;
    QString secondAtena;
};

// Two records of one person, the second as if a pull had brought it, found as a candidate.
Pair makePair(Fixture& f)
{
    auto database = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    REQUIRE(database.ok());
    auto workspace = Workspace::attach(std::move(database).value(), f.pastClock);
    REQUIRE(workspace.ok());
    QSqlDatabase db = workspace.value()->database().connection();
    store::Repository persons(db, QStringLiteral("person"), personColumns(), f.pastClock);
    QStringList ids;
    for (const char* atena : {"1000000001", "2000000001"}) {
        auto id = persons.insert(
            {{QStringLiteral("atena_number"), QString::fromLatin1(atena)},
             {QStringLiteral("family_name"), str("架空")},
             {QStringLiteral("given_name"), str("花子")},
             {QStringLiteral("family_kana"), str("カクウ")},
             {QStringLiteral("given_kana"), str("ハナコ")},
             {QStringLiteral("kana_key"), registry::NameKeys::kanaKey(str("カクウハナコ"))},
             {QStringLiteral("given_kana_key"), registry::NameKeys::kanaKey(str("ハナコ"))},
             {QStringLiteral("name_key"), registry::NameKeys::nameKey(str("架空花子"))},
             {QStringLiteral("given_name_key"), registry::NameKeys::nameKey(str("花子"))},
             {QStringLiteral("birth_date"), QStringLiteral("1980-04-01")},
             {QStringLiteral("sex"), QStringLiteral("female")},
             {QStringLiteral("created_at"), QStringLiteral("2025-07-18T09:00:00.000Z")},
             {QStringLiteral("updated_at"), QStringLiteral("2025-07-18T09:00:00.000Z")}});
        REQUIRE(id.ok());
        ids << id.value();
    }
    registry::DuplicateCandidates candidates(db, workspace.value()->audit(),
                                             workspace.value()->authorizer(), f.pastClock);
    auto found = candidates.detectAfterPull({ids.at(1)});
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    REQUIRE(found.value() == 1);
    return {ids.at(0), ids.at(1), QStringLiteral("2000000001")};
}

QString queryOne(const Fixture& f, const QString& sql)
{
    auto db = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    REQUIRE(db.ok());
    QSqlQuery query(db.value()->connection());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
}

} // namespace

TEST_CASE("cli: person duplicates lists the candidates and settles one by a merge",
          "[cli][person][duplicates]")
{
    Fixture f;
    // A third administrator: each account signs in at most twice here, which every moment of a
    // 30-second code step allows (CliFixture::code).
    f.addStaff({clerk(),
                deputy(),
                {QStringLiteral("chief"), QStringLiteral("課長"), {Role::Administrator}, {}}});
    const Pair pair = makePair(f);

    const Run refused = f.as(QStringLiteral("clerk"), {"person", "duplicates"});
    CHECK(refused.exitCode == 3);
    requireOneLineError(refused);

    const Run listed = f.asAdmin({"person", "duplicates", "--json"});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    const QJsonObject candidate = array.at(0).toObject();
    CHECK(candidate[QStringLiteral("reason")].toString() == QStringLiteral("same_kana_birth_date"));
    const QSet<QString> ids{
        candidate[QStringLiteral("first")].toObject()[QStringLiteral("person_id")].toString(),
        candidate[QStringLiteral("second")].toObject()[QStringLiteral("person_id")].toString()};
    CHECK(ids == QSet<QString>{pair.first, pair.second});
    const QString id = candidate[QStringLiteral("id")].toString();
    REQUIRE_FALSE(id.isEmpty());

    const Run noKeep = f.as(QStringLiteral("deputy"),
                            {"person", "duplicates", "merge", id.toLatin1().constData()});
    CHECK(noKeep.exitCode == 2);
    requireOneLineError(noKeep);

    // Keep the second record, named by its 宛名番号.
    const Run merged = f.asAdmin({"person", "duplicates", "merge", id.toLatin1().constData(),
                                  "--keep", pair.secondAtena.toLatin1().constData()});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(pair.second));
    CHECK(queryOne(f, QStringLiteral("SELECT merged_into FROM person WHERE id = '%1'")
                          .arg(pair.first)) == pair.second);

    // Settled: nothing is waiting, and it cannot be settled again.
    const Run empty = f.as(QStringLiteral("deputy"), {"person", "duplicates"});
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out.count(u'\n') == 1);
    const Run again = f.as(QStringLiteral("chief"),
                           {"person", "duplicates", "dismiss", id.toLatin1().constData()});
    CHECK(again.exitCode == 2);
    requireOneLineError(again);
    const Run unknown = f.as(QStringLiteral("chief"), {"person", "duplicates", "forget", "x"});
    CHECK(unknown.exitCode == 2);
    requireOneLineError(unknown);
    CHECK(queryOne(f, QStringLiteral("SELECT state FROM duplicate_candidate")) ==
          QStringLiteral("merged"));
}
