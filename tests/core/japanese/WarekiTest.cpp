// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanese/Wareki.h"

#include "JapaneseTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::japanese;

namespace {

QDate parsed(QStringView text, QStringView defaultEra = {})
{
    const auto result = Wareki::parse(text, defaultEra);
    INFO(text.toString().toStdString() << " → " << result.message().toStdString());
    return result.ok() ? result.value() : QDate();
}

/// The failure message for text, which must fail as InvalidInput.
QString refusal(QStringView text, QStringView defaultEra = {})
{
    const auto result = Wareki::parse(text, defaultEra);
    INFO(text.toString().toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(result.message().isEmpty());
    return result.message();
}

} // namespace

TEST_CASE("Wareki parses era letter forms in either case", "[wareki]")
{
    CHECK(parsed(u"R7.7.18") == QDate(2025, 7, 18));
    CHECK(parsed(u"r7.7.18") == QDate(2025, 7, 18));
    CHECK(parsed(u"R07.07.18") == QDate(2025, 7, 18));
    CHECK(parsed(u"R7/7/18") == QDate(2025, 7, 18));
    CHECK(parsed(u"R7-7-18") == QDate(2025, 7, 18));
    CHECK(parsed(u"R070718") == QDate(2025, 7, 18));
    CHECK(parsed(u" R7.7.18 ") == QDate(2025, 7, 18));
    CHECK(parsed(u"H31.4.30") == QDate(2019, 4, 30));
    CHECK(parsed(u"h1.1.8") == QDate(1989, 1, 8));
    CHECK(parsed(u"S64.1.7") == QDate(1989, 1, 7));
    CHECK(parsed(u"s1.12.25") == QDate(1926, 12, 25));
    CHECK(parsed(u"T1.7.30") == QDate(1912, 7, 30));
    CHECK(parsed(u"T15.12.24") == QDate(1926, 12, 24));
    CHECK(parsed(u"M45.7.29") == QDate(1912, 7, 29));
    CHECK(parsed(u"M6.1.1") == QDate(1873, 1, 1));
}

TEST_CASE("Wareki parses kanji era forms, 元年 and full-width IME input", "[wareki]")
{
    CHECK(parsed(u"令和7年7月18日") == QDate(2025, 7, 18));
    CHECK(parsed(u"令和7年7月18") == QDate(2025, 7, 18));
    CHECK(parsed(u"令和 7年 7月 18日") == QDate(2025, 7, 18));
    CHECK(parsed(u"令和元年5月1日") == QDate(2019, 5, 1));
    CHECK(parsed(u"令和1年5月1日") == QDate(2019, 5, 1));
    CHECK(parsed(u"R元.5.1") == QDate(2019, 5, 1));
    CHECK(parsed(u"平成元年1月8日") == QDate(1989, 1, 8));
    CHECK(parsed(u"昭和元年12月25日") == QDate(1926, 12, 25));
    CHECK(parsed(u"大正元年7月30日") == QDate(1912, 7, 30));
    CHECK(parsed(u"令和7.7.18") == QDate(2025, 7, 18));
    // What a Japanese IME types: full-width letters, digits and punctuation, ideographic spaces.
    CHECK(parsed(u"Ｒ７．７．１８") == QDate(2025, 7, 18));
    CHECK(parsed(u"ｒ元．５．１") == QDate(2019, 5, 1));
    CHECK(parsed(u"令和７年７月１８日") == QDate(2025, 7, 18));
    CHECK(parsed(u"令和　７年７月１８日") == QDate(2025, 7, 18));
    CHECK(parsed(u"Ｈ３１／４／３０") == QDate(2019, 4, 30));
    // The square era signs some IMEs offer.
    CHECK(parsed(u"㍻31年4月30日") == QDate(2019, 4, 30));
    CHECK(parsed(u"㍼64年1月7日") == QDate(1989, 1, 7));
}

TEST_CASE("Wareki uses the default era for era-less input and asks for one without it", "[wareki]")
{
    CHECK(parsed(u"7.7.18", u"R") == QDate(2025, 7, 18));
    CHECK(parsed(u"7.7.18", u"r") == QDate(2025, 7, 18));
    CHECK(parsed(u"7.7.18", u"令和") == QDate(2025, 7, 18));
    CHECK(parsed(u"7.7.18", u"H") == QDate(1995, 7, 18));
    CHECK(parsed(u"7年7月18日", u"昭和") == QDate(1932, 7, 18));
    CHECK(parsed(u"元.5.1", u"R") == QDate(2019, 5, 1));
    CHECK(parsed(u"７．７．１８", u"R") == QDate(2025, 7, 18));
    // An era in the text wins over the default.
    CHECK(parsed(u"H31.4.30", u"R") == QDate(2019, 4, 30));
    // A western date needs no era.
    CHECK(parsed(u"2025-07-18", u"S") == QDate(2025, 7, 18));

    CHECK(refusal(u"7.7.18").contains(QStringLiteral("era is missing")));
    CHECK(refusal(u"7.7.18", u"X").contains(QStringLiteral("era is missing")));
    // The default era's own limits apply.
    CHECK(refusal(u"1.4.30", u"R").contains(QStringLiteral("令和 began on 2019-05-01")));
}

TEST_CASE("Wareki parses western forms, also typed full-width", "[wareki]")
{
    CHECK(parsed(u"2025-07-18") == QDate(2025, 7, 18));
    CHECK(parsed(u"20250718") == QDate(2025, 7, 18));
    CHECK(parsed(u"2025/7/18") == QDate(2025, 7, 18));
    CHECK(parsed(u"2025/07/18") == QDate(2025, 7, 18));
    CHECK(parsed(u"2025.7.18") == QDate(2025, 7, 18));
    CHECK(parsed(u"2025年7月18日") == QDate(2025, 7, 18));
    CHECK(parsed(u"２０２５－０７－１８") == QDate(2025, 7, 18));
    CHECK(parsed(u"２０２５ー０７ー１８") == QDate(2025, 7, 18)); // the IME's long vowel mark
    CHECK(parsed(u"２０２５０７１８") == QDate(2025, 7, 18));
    CHECK(parsed(u"２０２５／７／１８") == QDate(2025, 7, 18));
    CHECK(parsed(u"1873-01-01") == QDate(1873, 1, 1));

    const auto detailed = Wareki::parseDetailed(u"20190501");
    REQUIRE(detailed.ok());
    CHECK(detailed->form == Wareki::Form::Western);
    const auto eraForm = Wareki::parseDetailed(u"R1.5.1");
    REQUIRE(eraForm.ok());
    CHECK(eraForm->form == Wareki::Form::Era);
}

TEST_CASE("Wareki refuses dates that do not exist in their era, with the reason", "[wareki]")
{
    CHECK(refusal(u"H31.5.1") == QStringLiteral("平成31年5月1日 does not exist: 平成 ended on "
                                                "平成31年4月30日 (2019-04-30)."));
    CHECK(refusal(u"R1.4.30") ==
          QStringLiteral("令和元年4月30日 does not exist: 令和 began on 2019-05-01."));
    CHECK(refusal(u"令和元年4月30日").contains(QStringLiteral("令和 began on 2019-05-01")));
    CHECK(refusal(u"S64.1.8") == QStringLiteral("昭和64年1月8日 does not exist: 昭和 ended on "
                                                "昭和64年1月7日 (1989-01-07)."));
    CHECK(refusal(u"H1.1.7") ==
          QStringLiteral("平成元年1月7日 does not exist: 平成 began on 1989-01-08."));
    CHECK(refusal(u"S1.12.24").contains(QStringLiteral("昭和 began on 1926-12-25")));
    CHECK(refusal(u"T15.12.25").contains(QStringLiteral("大正 ended on 大正15年12月24日")));
    CHECK(refusal(u"T1.7.29").contains(QStringLiteral("大正 began on 1912-07-30")));
    CHECK(refusal(u"M45.7.30").contains(QStringLiteral("明治 ended on 明治45年7月29日")));
    // Era years beyond the era's end.
    CHECK(refusal(u"H40.1.1").contains(QStringLiteral("平成 ended on 平成31年4月30日")));
    CHECK(refusal(u"S99.1.1").contains(QStringLiteral("昭和 ended on 昭和64年1月7日")));
    CHECK(refusal(u"T99.1.1").contains(QStringLiteral("ended")));
    // Before the Gregorian calendar (1873-01-01, 明治6年).
    CHECK(refusal(u"M5.12.31").contains(QStringLiteral("明治6年1月1日 (1873-01-01)")));
    CHECK(refusal(u"1872-12-31").contains(QStringLiteral("earliest date is 明治6年1月1日")));
    CHECK(refusal(u"M1.1.1").contains(QStringLiteral("明治 began on 1868-01-25")));
}

TEST_CASE("Wareki refuses days the calendar does not have: February 30, month 13, year 0",
          "[wareki]")
{
    CHECK(refusal(u"R7.2.30") ==
          QStringLiteral("令和7年2月30日 does not exist: month 2 of 2025 has 28 days."));
    CHECK(refusal(u"R7.2.29").contains(QStringLiteral("has 28 days")));
    CHECK(parsed(u"R6.2.29") == QDate(2024, 2, 29)); // a leap year
    CHECK(parsed(u"H12.2.29") == QDate(2000, 2, 29));
    CHECK(refusal(u"H11.2.29").contains(QStringLiteral("month 2 of 1999 has 28 days")));
    CHECK(refusal(u"R7.4.31").contains(QStringLiteral("has 30 days")));
    CHECK(refusal(u"R7.7.0").contains(QStringLiteral("has 31 days")));
    CHECK(refusal(u"R7.13.1").contains(QStringLiteral("there is no month 13")));
    CHECK(refusal(u"R7.0.1").contains(QStringLiteral("there is no month 0")));
    CHECK(refusal(u"R0.5.1").contains(QStringLiteral("era years begin at 1")));
    CHECK(refusal(u"令和0年5月1日").contains(QStringLiteral("era years begin at 1")));
    CHECK(refusal(u"2025-02-30") ==
          QStringLiteral("2025-02-30 does not exist: month 2 of 2025 has 28 days."));
    CHECK(refusal(u"20250230").contains(QStringLiteral("has 28 days")));
    CHECK(refusal(u"0000-01-01").contains(QStringLiteral("there is no year 0")));
    CHECK(refusal(u"2025-13-01").contains(QStringLiteral("there is no month 13")));
}

TEST_CASE("Wareki refuses text that is not a date", "[wareki]")
{
    CHECK(refusal(u"") == QStringLiteral("No date was given."));
    CHECK(refusal(u"　 ") == QStringLiteral("No date was given."));
    for (const char16_t* garbage :
         {u"abc", u"R7.7", u"R7", u"X7.7.18", u"令和", u"令和七年七月十八日", u"7月18日",
          u"2025-07", u"2025-07-18-01", u"202507180", u"R7.7.18.1", u"R.7.7.18", u"R123.1.1",
          u"RR7.7.18", u"R7..7.18", u"12:30", u"-1.1.1", u"R7.7.18日日", u"yamada"}) {
        INFO(QString::fromUtf16(garbage).toStdString());
        CHECK(refusal(garbage, u"R").contains(QStringLiteral("not a date")));
    }
}

TEST_CASE("Wareki formats 元年 long, short, and with the western date beside it", "[wareki]")
{
    CHECK(Wareki::formatLong(QDate(2019, 5, 1)) == QStringLiteral("令和元年5月1日"));
    CHECK(Wareki::formatShort(QDate(2019, 5, 1)) == QStringLiteral("R1.5.1"));
    CHECK(Wareki::formatLong(QDate(2025, 7, 18)) == QStringLiteral("令和7年7月18日"));
    CHECK(Wareki::formatShort(QDate(2025, 7, 18)) == QStringLiteral("R7.7.18"));
    CHECK(Wareki::formatDisplay(QDate(2025, 7, 18)) ==
          QStringLiteral("令和7年7月18日 (2025-07-18)"));
    CHECK(Wareki::formatDisplay(QDate(2019, 5, 1)) ==
          QStringLiteral("令和元年5月1日 (2019-05-01)"));
    CHECK(Wareki::formatLong(QDate(1873, 1, 1)) == QStringLiteral("明治6年1月1日"));
    CHECK(Wareki::formatLong(QDate(2118, 12, 31)) == QStringLiteral("令和100年12月31日"));
    // Outside the table: no era form; the display form falls back to the western date.
    CHECK(Wareki::formatLong(QDate(1872, 12, 31)).isEmpty());
    CHECK(Wareki::formatShort(QDate(1872, 12, 31)).isEmpty());
    CHECK(Wareki::formatDisplay(QDate(1872, 12, 31)) == QStringLiteral("1872-12-31"));
    CHECK(Wareki::formatLong(QDate()).isEmpty());
    CHECK(Wareki::formatDisplay(QDate()).isEmpty());

    const auto parts = Wareki::split(QDate(1989, 1, 8));
    REQUIRE(parts);
    REQUIRE(parts->era);
    CHECK(parts->era->code == u'H');
    CHECK(parts->year == 1);
    CHECK(parts->month == 1);
    CHECK(parts->day == 8);
    CHECK_FALSE(Wareki::split(QDate(1872, 12, 31)));
}

TEST_CASE("Wareki era boundaries are right in both directions", "[wareki]")
{
    struct Boundary
    {
        QDate date;
        const char16_t* longForm;
        const char16_t* shortForm;
    };
    const Boundary boundaries[] = {
        {QDate(1912, 7, 29), u"明治45年7月29日", u"M45.7.29"},
        {QDate(1912, 7, 30), u"大正元年7月30日", u"T1.7.30"},
        {QDate(1926, 12, 24), u"大正15年12月24日", u"T15.12.24"},
        {QDate(1926, 12, 25), u"昭和元年12月25日", u"S1.12.25"},
        {QDate(1989, 1, 7), u"昭和64年1月7日", u"S64.1.7"},
        {QDate(1989, 1, 8), u"平成元年1月8日", u"H1.1.8"},
        {QDate(2019, 4, 30), u"平成31年4月30日", u"H31.4.30"},
        {QDate(2019, 5, 1), u"令和元年5月1日", u"R1.5.1"},
    };
    for (const Boundary& boundary : boundaries) {
        INFO(boundary.date.toString(Qt::ISODate).toStdString());
        const QString longForm = QString::fromUtf16(boundary.longForm);
        const QString shortForm = QString::fromUtf16(boundary.shortForm);
        // western → 和暦
        CHECK(Wareki::formatLong(boundary.date) == longForm);
        CHECK(Wareki::formatShort(boundary.date) == shortForm);
        CHECK(Wareki::convert(boundary.date.toString(Qt::ISODate)).value() == longForm);
        // 和暦 → western
        CHECK(parsed(longForm) == boundary.date);
        CHECK(parsed(shortForm) == boundary.date);
        CHECK(Wareki::convert(shortForm).value() == boundary.date.toString(Qt::ISODate));
    }
}

TEST_CASE("Wareki round-trips every day around each era change", "[wareki]")
{
    struct Range
    {
        QDate first;
        QDate last;
        QDate eraChange;
        QChar before;
        QChar after;
    };
    const Range ranges[] = {
        {QDate(1912, 7, 29), QDate(1912, 8, 1), QDate(1912, 7, 30), u'M', u'T'},
        {QDate(1926, 12, 24), QDate(1926, 12, 27), QDate(1926, 12, 25), u'T', u'S'},
        {QDate(1989, 1, 6), QDate(1989, 1, 9), QDate(1989, 1, 8), u'S', u'H'},
        {QDate(2019, 4, 29), QDate(2019, 5, 2), QDate(2019, 5, 1), u'H', u'R'},
    };
    int days = 0;
    for (const Range& range : ranges) {
        for (QDate day = range.first; day <= range.last; day = day.addDays(1), ++days) {
            INFO(day.toString(Qt::ISODate).toStdString());
            const auto parts = Wareki::split(day);
            REQUIRE(parts);
            CHECK(parts->era->code == (day < range.eraChange ? range.before : range.after));
            CHECK((parts->year == 1) == (day >= range.eraChange));
            const QString longForm = Wareki::formatLong(day);
            CHECK(longForm.contains(u'元') == (day >= range.eraChange));
            CHECK(parsed(longForm) == day);
            CHECK(parsed(Wareki::formatShort(day)) == day);
            CHECK(parsed(day.toString(QStringLiteral("yyyyMMdd"))) == day);
            CHECK(Wareki::convert(day.toString(Qt::ISODate)).value() == longForm);
            CHECK(Wareki::convert(longForm).value() == day.toString(Qt::ISODate));
            // The same date in the other era of the pair does not exist.
            const QChar otherCode = day < range.eraChange ? range.after : range.before;
            const Era* other = EraTable::builtIn().find(QStringView(&otherCode, 1));
            REQUIRE(other);
            const int otherYear = day.year() - other->firstDay.year() + 1;
            const QString otherShort = QString(otherCode) + QString::number(otherYear) + u'.' +
                                       QString::number(day.month()) + u'.' +
                                       QString::number(day.day());
            INFO(otherShort.toStdString());
            CHECK_FALSE(Wareki::parse(otherShort).ok());
        }
    }
    CHECK(days == 16);
}

TEST_CASE("Wareki::convert goes both ways for the CLI and refuses what does not exist",
          "[wareki][cli]")
{
    CHECK(Wareki::convert(u"2019-05-01").value() == QStringLiteral("令和元年5月1日"));
    CHECK(Wareki::convert(u"20250718").value() == QStringLiteral("令和7年7月18日"));
    CHECK(Wareki::convert(u"1989-01-07").value() == QStringLiteral("昭和64年1月7日"));
    CHECK(Wareki::convert(u"R1.5.1").value() == QStringLiteral("2019-05-01"));
    CHECK(Wareki::convert(u"令和元年5月1日").value() == QStringLiteral("2019-05-01"));
    CHECK(Wareki::convert(u"S64.1.7").value() == QStringLiteral("1989-01-07"));

    const auto missing = Wareki::convert(u"H31.5.1");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.code() == ErrorCode::InvalidInput);
    CHECK(missing.message().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(Wareki::convert(u"2019-02-29").ok());
    CHECK_FALSE(Wareki::convert(u"7.7.18").ok()); // no era selector on the command line
    CHECK(Wareki::convert(u"not a date").message().contains(QStringLiteral("not a date")));
    CHECK(Wareki::convert(u"1850-01-01").message().contains(QStringLiteral("not accepted")));
}
