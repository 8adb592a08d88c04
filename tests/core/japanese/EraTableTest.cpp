// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanese/Wareki.h"

#include "JapaneseTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::japanese;

namespace {

const QString kHeader = QStringLiteral("code\tname\tfirst_day\taccepted_from\n");

/// The error message for a table that must be refused as InvalidInput.
QString refusal(const QString& text)
{
    const auto result = EraTable::parse(text);
    INFO(text.toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::InvalidInput);
    return result.message();
}

} // namespace

TEST_CASE("The shipped era table lists Meiji to Reiwa with their first and last days",
          "[wareki][eras]")
{
    const EraTable& table = EraTable::builtIn();
    REQUIRE(table.eras().size() == 5);
    QString codes;
    QStringList names;
    for (const Era& era : table.eras()) {
        codes += era.code;
        names << era.name;
    }
    CHECK(codes == QStringLiteral("MTSHR"));
    CHECK(names == QStringList{QStringLiteral("明治"), QStringLiteral("大正"),
                               QStringLiteral("昭和"), QStringLiteral("平成"),
                               QStringLiteral("令和")});
    const QList<Era>& eras = table.eras();
    CHECK(eras.at(0).firstDay == QDate(1868, 1, 25));
    CHECK(eras.at(0).acceptedFrom == QDate(1873, 1, 1));
    CHECK(eras.at(0).lastDay == QDate(1912, 7, 29));
    CHECK(eras.at(1).firstDay == QDate(1912, 7, 30));
    CHECK(eras.at(1).lastDay == QDate(1926, 12, 24));
    CHECK(eras.at(2).firstDay == QDate(1926, 12, 25));
    CHECK(eras.at(2).lastDay == QDate(1989, 1, 7));
    CHECK(eras.at(3).firstDay == QDate(1989, 1, 8));
    CHECK(eras.at(3).acceptedFrom == QDate(1989, 1, 8));
    CHECK(eras.at(3).lastDay == QDate(2019, 4, 30));
    CHECK(eras.at(4).firstDay == QDate(2019, 5, 1));
    CHECK_FALSE(eras.at(4).lastDay.isValid());
    CHECK(table.earliest() == QDate(1873, 1, 1));

    REQUIRE(table.find(u"h"));
    CHECK(table.find(u"h")->name == QStringLiteral("平成"));
    REQUIRE(table.find(u"令和"));
    CHECK(table.find(u"令和")->code == u'R');
    CHECK_FALSE(table.find(u"X"));
    CHECK_FALSE(table.find(u"令"));
    CHECK_FALSE(table.find(u""));
    CHECK(table.eraOf(QDate(1873, 1, 1))->code == u'M');
    CHECK_FALSE(table.eraOf(QDate(1872, 12, 31)));
    CHECK_FALSE(table.eraOf(QDate()));
    CHECK(table.eraOf(QDate(9999, 12, 31))->code == u'R');
}

TEST_CASE("Malformed era tables fail at load, naming the line", "[wareki][eras]")
{
    const QString taisho = QStringLiteral("T\t大正\t1912-07-30\t-\n");
    const QString showa = QStringLiteral("S\t昭和\t1926-12-25\t-\n");
    REQUIRE(EraTable::parse(kHeader + taisho + showa).ok());

    CHECK(refusal(QString()).contains(QStringLiteral("no era")));
    CHECK(refusal(QStringLiteral("# only a comment\n")).contains(QStringLiteral("no era")));
    CHECK(refusal(kHeader).contains(QStringLiteral("no era")));
    CHECK(refusal(taisho).contains(QStringLiteral("line 1: the header row")));
    CHECK(refusal(QStringLiteral("# comment\n") + kHeader + QStringLiteral("T\t大正\t1912-07-30\n"))
              .contains(QStringLiteral("line 3: expected 4 tab-separated columns, found 3")));
    CHECK(refusal(kHeader + QStringLiteral("T 大正 1912-07-30 -\n"))
              .contains(QStringLiteral("line 2: expected 4")));
    CHECK(refusal(kHeader + QStringLiteral("TA\t大正\t1912-07-30\t-\n"))
              .contains(QStringLiteral("line 2: the code 'TA'")));
    CHECK(refusal(kHeader + QStringLiteral("t\t大正\t1912-07-30\t-\n"))
              .contains(QStringLiteral("line 2: the code 't'")));
    CHECK(refusal(kHeader + taisho + QStringLiteral("T\t昭和\t1926-12-25\t-\n"))
              .contains(QStringLiteral("line 3: the code T is listed twice")));
    CHECK(refusal(kHeader + taisho + QStringLiteral("S\t大正\t1926-12-25\t-\n"))
              .contains(QStringLiteral("line 3: the era name 大正 is listed twice")));
    CHECK(refusal(kHeader + QStringLiteral("T\t\t1912-07-30\t-\n"))
              .contains(QStringLiteral("line 2: the era name is empty")));
    CHECK(refusal(kHeader + QStringLiteral("T\tTaisho\t1912-07-30\t-\n"))
              .contains(QStringLiteral("line 2: the era name 'Taisho'")));
    CHECK(refusal(kHeader + QStringLiteral("T\t大正\t1912-7-30\t-\n"))
              .contains(QStringLiteral("line 2: the first day '1912-7-30' is not a date")));
    CHECK(refusal(kHeader + QStringLiteral("T\t大正\t1912-02-30\t-\n"))
              .contains(QStringLiteral("line 2: the first day '1912-02-30'")));
    CHECK(refusal(kHeader + QStringLiteral("T\t大正\t1912-07-30\tsoon\n"))
              .contains(QStringLiteral("line 2: accepted_from 'soon'")));
    CHECK(refusal(kHeader + QStringLiteral("T\t大正\t1912-07-30\t1912-07-29\n"))
              .contains(QStringLiteral("line 2: accepted_from is before")));
    CHECK(refusal(kHeader + showa + taisho)
              .contains(QStringLiteral("line 3: 大正 does not begin after 昭和")));
    CHECK(refusal(kHeader + QStringLiteral("T\t大正\t1912-07-30\t1930-01-01\n") + showa)
              .contains(QStringLiteral("line 3: 昭和 begins before 大正")));
    // A refused table gives nothing, not the rows before the bad one.
    CHECK_FALSE(EraTable::parse(kHeader + taisho + QStringLiteral("S\t昭和\tnever\t-\n")).ok());
}

TEST_CASE("Wareki works over any valid era table given to it", "[wareki][eras]")
{
    const auto parsed = EraTable::parse(QStringLiteral("# two eras\n") + kHeader +
                                        QStringLiteral("H\t平成\t1989-01-08\t-\n"
                                                       "R\t令和\t2019-05-01\t-\n"));
    REQUIRE(parsed.ok());
    const EraTable& table = parsed.value();
    CHECK(table.earliest() == QDate(1989, 1, 8));
    CHECK(Wareki::formatLong(QDate(2019, 5, 1), table) == QStringLiteral("令和元年5月1日"));
    CHECK(Wareki::formatLong(QDate(1989, 1, 7), table).isEmpty());
    CHECK(Wareki::parse(u"H1.1.8", {}, table).value() == QDate(1989, 1, 8));
    // Eras the table does not know are not dates; dates before it are not accepted.
    CHECK(Wareki::parse(u"S64.1.7", {}, table).message().contains(QStringLiteral("not a date")));
    CHECK(Wareki::parse(u"1989-01-07", {}, table)
              .message()
              .contains(QStringLiteral("earliest date is 平成元年1月8日")));

    const EraTable empty;
    CHECK(Wareki::parse(u"2025-07-18", {}, empty).code() == ErrorCode::Internal);
    CHECK(Wareki::formatLong(QDate(2025, 7, 18), empty).isEmpty());
}
