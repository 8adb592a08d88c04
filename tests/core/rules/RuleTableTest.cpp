// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables load, every row names a source, and malformed tables fail naming the line or key.
#include "RulesTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::rules;
using namespace madoguchi::rulestest;

namespace {

QString replaced(QString text, const char* from, const char* to)
{
    const QString before = QString::fromUtf8(from);
    REQUIRE(text.contains(before));
    return text.replace(before, QString::fromUtf8(to));
}

/// The line number (1-based) of the first line containing part.
int lineOf(const QString& text, const char* part)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(QString::fromUtf8(part)))
            return int(i + 1);
    FAIL("line not found");
    return 0;
}

} // namespace

TEST_CASE("rule tables: the shipped tables load and every row names a page", "[rules]")
{
    const auto& book = RuleBook::builtIn();
    INFO(book.message().toStdString());
    REQUIRE(book.ok());
    for (const RuleTable* table :
         {&book->welfareService(), &book->medical(), &book->prosthetic()}) {
        CHECK(table->rows().size() >= RuleBook::schema(table->family()).size());
        for (const RuleRow& row : table->rows()) {
            CHECK(row.source.contains(QStringLiteral("https://")));
            CHECK(row.effectiveFrom.isValid());
        }
    }
}

TEST_CASE("rule tables: the row in effect is the latest one on or before the day", "[rules]")
{
    const auto& book = RuleBook::builtIn();
    REQUIRE(book.ok());
    const RuleTable& p = book->prosthetic();
    const QString key = QStringLiteral("prosthetic.income_limit_for_children");
    REQUIRE(p.find(key, day("2024-03-31")));
    CHECK(p.find(key, day("2024-03-31"))->amount == 1);
    CHECK(p.find(key, day("2024-04-01"))->amount == 0);
    CHECK(p.find(key, day("2006-03-31")) == nullptr);
    const RuleTable& m = book->medical();
    CHECK(m.find(QStringLiteral("medical.transitional_until"), day("2024-03-31"))->date ==
          day("2024-03-31"));
    CHECK(m.find(QStringLiteral("medical.transitional_until"), day("2024-04-01"))->date ==
          day("2027-03-31"));
    // The version names the family, the latest row in effect and the table's content.
    CHECK(p.version(day("2024-03-31")).startsWith(QStringLiteral("prosthetic/2006-04-01/")));
    CHECK(p.version(day("2024-04-01")).startsWith(QStringLiteral("prosthetic/2024-04-01/")));
    auto edited = RuleBook::fromTexts(shipped("welfare_service"), shipped("medical"),
                                      replaced(shipped("prosthetic"), "37200", "37300"));
    REQUIRE(edited.ok());
    CHECK(edited->prosthetic().version(day("2025-01-01")) != p.version(day("2025-01-01")));
}

TEST_CASE("rule tables: malformed tables fail naming the line or the key", "[rules]")
{
    const QString welfare = shipped("welfare_service");
    const QString medical = shipped("medical");
    const QString prosthetic = shipped("prosthetic");
    const auto loadWelfare = [&](const QString& text) {
        return RuleBook::fromTexts(text, medical, prosthetic);
    };
    const auto lineMessage = [](const QString& text, const char* part) {
        return QStringLiteral("line %1:").arg(lineOf(text, part));
    };

    struct Case
    {
        const char* from;
        const char* to;
        const char* expect;
    };
    const Case cases[] = {
        {"welfare.cap.general_2\t37200", "welfare.cap.general_2\t37,200", "not a whole number"},
        {"welfare.cap.general_2\t37200", "welfare.cap.general_2\t-1", "not a whole number"},
        {"welfare.copay_percent\t10", "welfare.copay_percent\t110", "over 100"},
        {"welfare.levy_aggregation\tsum", "welfare.levy_aggregation\tavg", "neither sum nor max"},
        {"welfare.adult_residential_general_1\tno", "welfare.adult_residential_general_1\tnah",
         "neither yes nor no"},
        {"welfare.cap.low_income\t0\t2006-04-01", "welfare.cap.low_income\t0\t2006-13-01",
         "effective_from"},
        {"welfare.cap.general_2\t", "welfare.cap.general_3\t",
         "unknown key 'welfare.cap.general_3'"},
    };
    for (const Case& c : cases) {
        const QString text = replaced(welfare, c.from, c.to);
        auto book = loadWelfare(text);
        INFO(c.to);
        REQUIRE_FALSE(book.ok());
        CHECK(book.code() == ErrorCode::InvalidInput);
        CHECK(book.message().contains(QStringLiteral("welfare_service")));
        CHECK(book.message().contains(lineMessage(text, c.to)));
        CHECK(book.message().contains(QString::fromUtf8(c.expect)));
    }

    // A row without a page as its source.
    {
        const QString text = replaced(welfare,
                                      "welfare.cap.general_2\t37200\t2006-04-01\thttps://"
                                      "city.uto.kumamoto.jp/article/view/1088/1894.html",
                                      "welfare.cap.general_2\t37200\t2006-04-01\tfrom memory");
        auto book = loadWelfare(text);
        REQUIRE_FALSE(book.ok());
        CHECK(book.message().contains(lineMessage(text, "from memory")));
        CHECK(book.message().contains(QStringLiteral("source")));
    }
    // Three columns.
    {
        const QString text = replaced(welfare, "welfare.cap.general_2\t37200\t2006-04-01\t",
                                      "welfare.cap.general_2\t37200 2006-04-01\t");
        auto book = loadWelfare(text);
        REQUIRE_FALSE(book.ok());
        CHECK(book.message().contains(QStringLiteral("found 3")));
    }
    // Two rows of one key on one day.
    {
        const QString row = QStringLiteral("prosthetic.income_limit_for_children\tno\t2024-04-01\t"
                                           "https://example.org/dup\n");
        const QString text = prosthetic + row;
        auto book = RuleBook::fromTexts(welfare, medical, text);
        REQUIRE_FALSE(book.ok());
        CHECK(book.message().contains(QStringLiteral("prosthetic")));
        CHECK(book.message().contains(QStringLiteral("two rows")));
        CHECK(
            book.message().contains(QStringLiteral("line %1:").arg(text.split(u'\n').size() - 1)));
    }
    // A key without any row.
    {
        QStringList lines = medical.split(u'\n');
        lines.removeIf([](const QString& l) { return l.startsWith(u"medical.cap.low_income_2"); });
        auto book = RuleBook::fromTexts(welfare, lines.join(u'\n'), prosthetic);
        REQUIRE_FALSE(book.ok());
        CHECK(book.message().contains(QStringLiteral("medical.cap.low_income_2")));
    }
    // No header.
    {
        auto book = loadWelfare(replaced(welfare, "key\tvalue\teffective_from\tsource", ""));
        REQUIRE_FALSE(book.ok());
        CHECK(book.message().contains(QStringLiteral("header")));
    }
    // A date value that is not a date.
    {
        const QString text = replaced(medical, "medical.transitional_until\t2027-03-31",
                                      "medical.transitional_until\tR9.3.31");
        auto book = RuleBook::fromTexts(welfare, text, prosthetic);
        REQUIRE_FALSE(book.ok());
        CHECK(book.message().contains(lineMessage(text, "R9.3.31")));
    }
}

TEST_CASE("rule tables: a day before the tables' rows is refused, naming the key", "[rules]")
{
    auto r = request(Benefit::WelfareService, "2006-03-31", "1980-01-01", 0);
    auto result = BurdenRules::evaluate(r);
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::InvalidInput);
    CHECK(result.message().contains(QStringLiteral("welfare.")));
    CHECK(result.message().contains(QStringLiteral("2006-03-31")));
}
