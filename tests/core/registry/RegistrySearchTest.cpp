// SPDX-License-Identifier: GPL-3.0-or-later
// One search box: the kind of query is recognised, each kind finds the person, and the audit log
// records the kind of every search but never what was typed.
#include "RegistryFixture.h"
#include "registry/DemoData.h"
#include "registry/PersonRegistry.h"
#include "registry/SearchQuery.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::registry;
using test::RegistryDesk;

namespace {

struct Population
{
    QString yamada; // 山田 太郎, 1950-04-01, 090-1234-5678, 宛名番号 1000000001
    QString takahashi;
    QString sato;
};

Population populate(RegistryDesk& desk)
{
    Population people;
    people.yamada = desk.add(RegistryDesk::draft());
    PersonDraft takahashi = RegistryDesk::draft();
    takahashi.familyName = QStringLiteral("髙橋");
    takahashi.givenName = QStringLiteral("恵子");
    takahashi.familyKana = QStringLiteral("タカハシ");
    takahashi.givenKana = QStringLiteral("ケイコ");
    takahashi.sex = QStringLiteral("female");
    takahashi.birthDate = QDate(1989, 1, 8);
    takahashi.phone = QStringLiteral("03-5555-1234");
    people.takahashi = desk.add(takahashi);
    PersonDraft sato = RegistryDesk::draft();
    sato.familyName = QStringLiteral("佐藤");
    sato.givenName = QStringLiteral("太郎");
    sato.familyKana = QStringLiteral("サトウ");
    sato.birthDate = QDate(2019, 5, 1);
    sato.addressSince = sato.birthDate;
    sato.phone.clear();
    people.sato = desk.add(sato);
    return people;
}

QStringList idsFound(RegistryDesk& desk, const QString& text, SearchKind expected)
{
    auto result = desk.registry->search(desk.clerk->session(), text);
    INFO(text.toStdString());
    REQUIRE(result.ok());
    CHECK(result->kind == expected);
    QStringList ids;
    for (const PersonSummary& row : std::as_const(result->rows))
        ids << row.id;
    return ids;
}

} // namespace

TEST_CASE("The search box decides the kind of query", "[registry][search]")
{
    const auto kind = [](const char16_t* text) {
        return SearchQuery::classify(QString::fromUtf16(text)).kind;
    };
    CHECK(kind(u"やまだ") == SearchKind::Kana);
    CHECK(kind(u"ヤマダ タロウ") == SearchKind::Kana);
    CHECK(kind(u"ﾔﾏﾀﾞ") == SearchKind::Kana);
    CHECK(kind(u"山田") == SearchKind::KanjiName);
    CHECK(kind(u"山田 たろう") == SearchKind::KanjiName);
    CHECK(kind(u"1000000001") == SearchKind::AtenaNumber);
    CHECK(kind(u"１０００") == SearchKind::AtenaNumber);
    CHECK(kind(u"R7.7.18") == SearchKind::BirthDate);
    CHECK(kind(u"令和元年5月1日") == SearchKind::BirthDate);
    CHECK(kind(u"2025-07-18") == SearchKind::BirthDate);
    CHECK(kind(u"20250718") == SearchKind::BirthDate);
    CHECK(kind(u"090-1234-5678") == SearchKind::Phone);
    CHECK(kind(u"0312345678") == SearchKind::Phone);
    CHECK(kind(u"(03)1234") == SearchKind::Phone);
    CHECK(kind(u"") == SearchKind::None);
    CHECK(kind(u"   ") == SearchKind::None);
    CHECK(kind(u"2025-07") == SearchKind::None); // a date still being typed
    const SearchQuery date = SearchQuery::classify(QStringLiteral("S64.1.7"));
    CHECK(date.date == QDate(1989, 1, 7));
    CHECK(date.key == QStringLiteral("1989-01-07"));
    // A date that does not exist in its era is not taken as a date.
    CHECK(kind(u"H31.5.1") != SearchKind::BirthDate);
    CHECK(SearchQuery::classify(QStringLiteral("ｶﾞｯｺｳ")).key == QStringLiteral("ガッコウ"));
    CHECK(searchKindCode(SearchKind::KanjiName) == QStringLiteral("kanji_name"));
}

TEST_CASE("Kana search finds the person in any kana form by family or given name",
          "[registry][search]")
{
    RegistryDesk desk;
    const Population people = populate(desk);
    for (const char16_t* text :
         {u"やまだ", u"ヤマダ", u"ﾔﾏﾀﾞ", u"やまだ たろう", u"ヤマダ\u3000タ", u"やま"}) {
        CHECK(idsFound(desk, QString::fromUtf16(text), SearchKind::Kana) ==
              QStringList{people.yamada});
    }
    // By the given name: both Taros, family-name matches first.
    const QStringList taro = idsFound(desk, QStringLiteral("たろう"), SearchKind::Kana);
    CHECK(taro.size() == 2);
    CHECK(taro.contains(people.yamada));
    CHECK(taro.contains(people.sato));
    CHECK(idsFound(desk, QStringLiteral("ヤマダハナコ"), SearchKind::Kana).isEmpty());
    // Rows carry what the result table shows.
    auto rows = desk.registry->search(desk.clerk->session(), QStringLiteral("たかはし"));
    REQUIRE(rows.ok());
    REQUIRE(rows->rows.size() == 1);
    const PersonSummary& row = rows->rows.first();
    CHECK(row.atenaNumber == QStringLiteral("1000000002"));
    CHECK(row.fullName() == QStringLiteral("髙橋\u3000恵子"));
    CHECK(row.fullKana() == QStringLiteral("タカハシ\u3000ケイコ"));
    CHECK(row.birthDate == QDate(1989, 1, 8));
    CHECK(row.address == QStringLiteral("窓口市中央町1丁目2番3号"));
}

TEST_CASE("Kanji name and 宛名番号 and birth date and phone searches find the right person",
          "[registry][search]")
{
    RegistryDesk desk;
    const Population people = populate(desk);
    CHECK(idsFound(desk, QStringLiteral("山田"), SearchKind::KanjiName) ==
          QStringList{people.yamada});
    CHECK(idsFound(desk, QStringLiteral("山田 太郎"), SearchKind::KanjiName) ==
          QStringList{people.yamada});
    CHECK(idsFound(desk, QStringLiteral("山田\u3000太"), SearchKind::KanjiName) ==
          QStringList{people.yamada});
    // 高橋 finds 髙橋; a given name alone finds both 太郎.
    CHECK(idsFound(desk, QStringLiteral("高橋"), SearchKind::KanjiName) ==
          QStringList{people.takahashi});
    CHECK(idsFound(desk, QStringLiteral("太郎"), SearchKind::KanjiName).size() == 2);
    CHECK(idsFound(desk, QStringLiteral("鈴木"), SearchKind::KanjiName).isEmpty());

    CHECK(idsFound(desk, QStringLiteral("1000000002"), SearchKind::AtenaNumber) ==
          QStringList{people.takahashi});
    CHECK(idsFound(desk, QStringLiteral("１０００００００"), SearchKind::AtenaNumber).size() == 3);
    CHECK(idsFound(desk, QStringLiteral("1000000009"), SearchKind::AtenaNumber).isEmpty());

    for (const char16_t* date : {u"S25.4.1", u"昭和25年4月1日", u"1950-04-01", u"19500401"})
        CHECK(idsFound(desk, QString::fromUtf16(date), SearchKind::BirthDate) ==
              QStringList{people.yamada});
    CHECK(idsFound(desk, QStringLiteral("H1.1.8"), SearchKind::BirthDate) ==
          QStringList{people.takahashi});
    CHECK(idsFound(desk, QStringLiteral("令和元年5月1日"), SearchKind::BirthDate) ==
          QStringList{people.sato});

    CHECK(idsFound(desk, QStringLiteral("090-1234-5678"), SearchKind::Phone) ==
          QStringList{people.yamada});
    CHECK(idsFound(desk, QStringLiteral("09012345678"), SearchKind::Phone) ==
          QStringList{people.yamada});
    CHECK(idsFound(desk, QStringLiteral("03-5555"), SearchKind::Phone) ==
          QStringList{people.takahashi});
    CHECK(idsFound(desk, QStringLiteral("0120"), SearchKind::Phone).isEmpty());

    // The limit holds.
    auto limited = desk.registry->search(desk.clerk->session(), QStringLiteral("1"), 2);
    REQUIRE(limited.ok());
    CHECK(limited->rows.size() == 2);
}

TEST_CASE("Every search and view is audited with its kind and never with what was typed",
          "[registry][search][audit]")
{
    RegistryDesk desk;
    const Population people = populate(desk);
    const QStringList typed{QStringLiteral("やまだ"),        QStringLiteral("山田"),
                            QStringLiteral("1000000001"),    QStringLiteral("S25.4.1"),
                            QStringLiteral("090-1234-5678"), QStringLiteral("")};
    const int before =
        desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'person.search'"));
    for (const QString& text : typed)
        REQUIRE(desk.registry->search(desk.clerk->session(), text).ok());
    REQUIRE(desk.registry->get(desk.clerk->session(), people.takahashi).ok());

    QSqlQuery query(desk.clerk->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT purpose, object_id, account FROM audit_log WHERE "
                                      "event = 'person.search' ORDER BY seq")));
    QStringList purposes;
    while (query.next()) {
        purposes << query.value(0).toString();
        CHECK(query.value(1).toString().isEmpty());
        CHECK(query.value(2).toString() == QStringLiteral("clerk1"));
    }
    REQUIRE(purposes.size() == before + typed.size());
    CHECK(purposes.mid(before) == QStringList{QStringLiteral("kana"), QStringLiteral("kanji_name"),
                                              QStringLiteral("atena_number"),
                                              QStringLiteral("birth_date"), QStringLiteral("phone"),
                                              QStringLiteral("none")});
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'person.view' "
                                    "AND object_id = '%1' AND account = 'clerk1' AND "
                                    "coalesce(purpose, '') = ''")
                         .arg(people.takahashi)) == 1);

    // Nothing anyone typed, and no name, number or date of a person, is in any audit row.
    const QStringList personal{
        QStringLiteral("やまだ"), QStringLiteral("ヤマダ"),   QStringLiteral("山田"),
        QStringLiteral("髙橋"),   QStringLiteral("タカハシ"), QStringLiteral("1000000001"),
        QStringLiteral("1950"),   QStringLiteral("S25"),      QStringLiteral("090"),
        QStringLiteral("5678"),   QStringLiteral("窓口市")};
    REQUIRE(query.exec(QStringLiteral("SELECT coalesce(account, '') || '|' || "
                                      "coalesce(object_type, '') || '|' || "
                                      "coalesce(object_id, '') || '|' || coalesce(purpose, '') "
                                      "FROM audit_log")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString row = query.value(0).toString();
        for (const QString& text : personal) {
            INFO(row.toStdString());
            CHECK_FALSE(row.contains(text));
        }
    }
    CHECK(rows > typed.size());
}

TEST_CASE("Demo data has plausible households and valid handbooks and repeats for a seed",
          "[registry][demo]")
{
    RegistryDesk desk;
    QSqlDatabase db = desk.clerk->database().connection();
    DemoOptions options;
    options.persons = 300;
    options.seed = 42;
    options.batchSize = 64;
    int hooked = 0;
    options.onPersonCreated = [&](QSqlDatabase&, const QString& id, std::mt19937&) -> Status {
        hooked += id.isEmpty() ? 0 : 1;
        return {};
    };
    auto summary = DemoData::generate(db, options, desk.office.clock);
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->persons == 300);
    CHECK(hooked == 300);
    CHECK(summary->handbooks > 10);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person")) == 300);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person_address")) == 300);
    // Households of 2–4 (the last may be cut short), one head each, one address each.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM (SELECT household_id FROM person "
                                    "GROUP BY household_id HAVING count(*) > 4 OR "
                                    "sum(relationship_to_head = '世帯主') <> 1)")) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM (SELECT household_id FROM person "
                                    "GROUP BY household_id HAVING count(*) = 1)")) <= 1);
    CHECK(desk.count(QStringLiteral(
              "SELECT count(*) FROM (SELECT p.household_id FROM person p JOIN person_address a "
              "ON a.person_id = p.id GROUP BY p.household_id HAVING count(DISTINCT a.address) "
              "> 1)")) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE birth_date < "
                                    "'1930-01-01' OR birth_date > '2020-12-31'")) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE phone IS NOT NULL AND "
                                    "phone NOT GLOB '0[789]0-[0-9][0-9][0-9][0-9]-[0-9][0-9]"
                                    "[0-9][0-9]'")) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE kana_key = '' OR "
                                    "name_key = ''")) == 0);
    // Demo rows are not in the sync outbox.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'person'")) == 0);

    // The registry finds demo people.
    QSqlQuery first(db);
    REQUIRE(first.exec(QStringLiteral("SELECT id, family_kana || given_kana, atena_number FROM "
                                      "person ORDER BY atena_number LIMIT 1")));
    REQUIRE(first.next());
    auto found = desk.registry->search(desk.clerk->session(), first.value(2).toString());
    REQUIRE(found.ok());
    REQUIRE(found->rows.size() == 1);
    CHECK(found->rows.first().id == first.value(0).toString());

    // The same seed gives the same people; numbers continue after the existing ones.
    RegistryDesk other;
    REQUIRE(
        DemoData::generate(other.clerk->database().connection(), options, other.office.clock).ok());
    QSqlQuery names(db), otherNames(other.clerk->database().connection());
    const QString sql = QStringLiteral("SELECT group_concat(family_name || given_name || "
                                       "birth_date, ',') FROM (SELECT * FROM person ORDER BY "
                                       "atena_number)");
    REQUIRE(names.exec(sql));
    REQUIRE(otherNames.exec(sql));
    REQUIRE(names.next());
    REQUIRE(otherNames.next());
    CHECK(names.value(0).toString() == otherNames.value(0).toString());
    options.persons = 10;
    REQUIRE(DemoData::generate(db, options, desk.office.clock).ok());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE atena_number = "
                                    "'1000000310'")) == 1);
}
