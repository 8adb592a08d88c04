// SPDX-License-Identifier: GPL-3.0-or-later
// 有効期間 (rules.md §2, §6, §7): "N months plus the rest of the decision month", ranges per
// service, 暫定支給決定, 自立支援医療 1 year, and the table's validation.
#include "RulesTestSupport.h"

#include "rules/ValidityRules.h"

using namespace madoguchi;
using namespace madoguchi::rules;
using namespace madoguchi::rulestest;

namespace {

const ValidityRules& table()
{
    const auto& t = ValidityRules::builtIn();
    INFO(t.message().toStdString());
    REQUIRE(t.ok());
    return t.value();
}

QDate endOf(const char* kind, const char* start, std::optional<int> months = std::nullopt)
{
    auto period = table().period(QString::fromLatin1(kind), day(start), months);
    INFO(period.message().toStdString());
    REQUIRE(period.ok());
    return period->end;
}

QString shippedValidity()
{
    QFile file(QStringLiteral(":/rules/validity.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("validity: N months plus the rest of the decision month", "[rules][validity]")
{
    // 大阪市's example shape: from the 1st exactly N months, otherwise to the month's end.
    CHECK(ValidityRules::endOf(day("2025-07-01"), 6, PeriodShape::MonthsPlusRestOfMonth) ==
          day("2025-12-31"));
    CHECK(ValidityRules::endOf(day("2025-07-02"), 6, PeriodShape::MonthsPlusRestOfMonth) ==
          day("2026-01-31"));
    CHECK(ValidityRules::endOf(day("2025-07-31"), 6, PeriodShape::MonthsPlusRestOfMonth) ==
          day("2026-01-31"));
    CHECK(ValidityRules::endOf(day("2023-08-31"), 6, PeriodShape::MonthsPlusRestOfMonth) ==
          day("2024-02-29"));
    CHECK(ValidityRules::endOf(day("2025-07-18"), 12, PeriodShape::ExactMonths) ==
          day("2026-07-17"));
    CHECK(endOf("community_transition", "2025-07-18") == day("2026-01-31"));
    CHECK(endOf("community_transition", "2025-07-01") == day("2025-12-31"));
}

TEST_CASE("validity: 障害支援区分 3 years by default, 3 months to 3 years", "[rules][validity]")
{
    CHECK(endOf("support_category", "2025-04-01") == day("2028-03-31"));
    CHECK(endOf("support_category", "2025-04-15") == day("2028-04-30"));
    CHECK(endOf("support_category", "2025-04-01", 3) == day("2025-06-30"));
    CHECK(table().period(QStringLiteral("support_category"), day("2025-04-01"), 2).code() ==
          ErrorCode::InvalidInput);
    auto tooLong = table().period(QStringLiteral("support_category"), day("2025-04-01"), 37);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.message().startsWith(QStringLiteral("months")));
}

TEST_CASE("validity: 支給決定 ranges per service type", "[rules][validity]")
{
    for (const char* kind : {"home_care", "severe_visiting_care", "accompanied_outing",
                             "behavior_support", "comprehensive_support", "short_stay",
                             "functional_training", "life_training", "employment_transition"}) {
        INFO(kind);
        CHECK(endOf(kind, "2025-04-01") == day("2026-03-31"));
        CHECK(endOf(kind, "2025-04-01", 1) == day("2025-04-30"));
        CHECK_FALSE(table().period(QString::fromLatin1(kind), day("2025-04-01"), 13).ok());
    }
    for (const char* kind : {"medical_care", "daily_life_care", "facility_admission", "group_home",
                             "employment_continuation_a", "employment_continuation_b"}) {
        INFO(kind);
        CHECK(endOf(kind, "2025-04-01", 36) == day("2028-03-31"));
        CHECK_FALSE(table().period(QString::fromLatin1(kind), day("2025-04-01"), 37).ok());
    }
    CHECK(endOf("employment_retention", "2025-04-10") == day("2026-04-30"));
    CHECK_FALSE(table().period(QStringLiteral("employment_retention"), day("2025-04-01"), 6).ok());
    CHECK(table().period(QStringLiteral("no_such_service"), day("2025-04-01")).code() ==
          ErrorCode::InvalidInput);
}

TEST_CASE("validity: 就労選択支援 exists from 2025-10-01, one month plus the rest",
          "[rules][validity]")
{
    CHECK_FALSE(table().period(QStringLiteral("employment_selection"), day("2025-09-30")).ok());
    CHECK(endOf("employment_selection", "2025-10-01") == day("2025-10-31"));
    CHECK(endOf("employment_selection", "2025-10-15") == day("2025-11-30"));
    CHECK(endOf("employment_selection", "2025-10-15", 2) == day("2025-12-31"));
    CHECK_FALSE(table().period(QStringLiteral("employment_selection"), day("2025-10-15"), 3).ok());
}

TEST_CASE("validity: 暫定支給決定 runs to the end of the following month", "[rules][validity]")
{
    for (const char* service : {"functional_training", "life_training", "employment_transition",
                                "employment_continuation_a"}) {
        auto p = table().provisionalPeriod(QString::fromLatin1(service), day("2025-07-18"));
        INFO(service);
        REQUIRE(p.ok());
        CHECK(p->end == day("2025-08-31"));
        CHECK(table().provisionalPeriod(QString::fromLatin1(service), day("2025-12-01"))->end ==
              day("2026-01-31"));
    }
    CHECK_FALSE(
        table()
            .provisionalPeriod(QStringLiteral("employment_continuation_b"), day("2025-07-18"))
            .ok());
    CHECK_FALSE(table().provisionalPeriod(QStringLiteral("home_care"), day("2025-07-18")).ok());
}

TEST_CASE("validity: 自立支援医療 精神通院 1 year", "[rules][validity]")
{
    auto p = table().period(QStringLiteral("medical_psychiatric"), day("2025-07-18"));
    REQUIRE(p.ok());
    CHECK(p->end == day("2026-07-17"));
    CHECK(p->ruleVersion.startsWith(QStringLiteral("validity/2006-04-01/")));
    CHECK(p->explanation.join(u' ').contains(QStringLiteral("tamano")));
    CHECK(endOf("medical_child", "2025-07-01") == day("2025-09-30")); // 原則3か月
    CHECK(endOf("medical_rehabilitation", "2025-07-01") == day("2026-06-30"));
}

TEST_CASE("validity: malformed tables fail naming the line", "[rules][validity]")
{
    const QString text = shippedValidity();
    const auto lineOf = [&](const QString& changed, const QString& part) {
        const QStringList lines = changed.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).contains(part))
                return QStringLiteral("line %1:").arg(i + 1);
        return QString();
    };
    struct Case
    {
        const char* from;
        const char* to;
        const char* expect;
    };
    const Case cases[] = {
        {"support_category\t3\t36\t36", "support_category\t3\t36\t48", "min ≤ default ≤ max"},
        {"support_category\t3\t36\t36", "support_category\tthree\t36\t36", "min_months"},
        {"support_category\t3\t36\t36\tmonth_rest", "support_category\t3\t36\t36\tweekly", "shape"},
        {"\tmonth_rest\tno\t2025-10-01", "\tmonth_rest\tmaybe\t2025-10-01", "provisional"},
        {"\tno\t2025-10-01", "\tno\t2025-10-32", "effective_from"},
        {"medical_child\t1\t12\t3\texact\tno\t2006-04-01\tunsourced",
         "medical_child\t1\t12\t3\texact\tno\t2006-04-01\tmemory", "source"},
        {"medical_child\t1\t12\t3\texact\tno\t", "Medical Child\t1\t12\t3\texact\tno\t", "kind"},
    };
    for (const Case& c : cases) {
        QString changed = text;
        REQUIRE(changed.contains(QString::fromUtf8(c.from)));
        changed.replace(QString::fromUtf8(c.from), QString::fromUtf8(c.to));
        auto parsed = ValidityRules::parse(changed);
        INFO(c.to);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.message().contains(lineOf(changed, QString::fromUtf8(c.to))));
        CHECK(parsed.message().contains(QString::fromUtf8(c.expect)));
    }
    CHECK(ValidityRules::parse(text + QStringLiteral("short_stay\t1\t12\t12\tmonth_rest\tno\t"
                                                     "2006-04-01\thttps://example.org\n"))
              .message()
              .contains(QStringLiteral("two rows")));
    CHECK_FALSE(ValidityRules::parse(QStringLiteral("# nothing\n")).ok());
}
