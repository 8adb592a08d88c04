// SPDX-License-Identifier: GPL-3.0-or-later
// Which 障害支援区分 each 介護給付 service requires (rules.md §6).
#include "RulesTestSupport.h"

#include "rules/CategoryRequirements.h"

using namespace madoguchi;
using namespace madoguchi::rules;
using namespace madoguchi::rulestest;
using Outcome = CategoryCheck::Outcome;

namespace {

CategoryCheck check(const char* service, int category, int age = 40)
{
    const auto& table = CategoryRequirements::builtIn();
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    auto result = table->check(QString::fromLatin1(service), category, age, day("2025-07-18"));
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("category: each service at its required 区分 and one below", "[rules][category]")
{
    struct Case
    {
        const char* service;
        int required;
    };
    const Case cases[] = {{"home_care", 1},
                          {"severe_visiting_care", 4},
                          {"behavior_support", 3},
                          {"comprehensive_support", 6},
                          {"short_stay", 1},
                          {"daily_life_care", 3},
                          {"daily_life_care_with_admission", 4},
                          {"facility_admission", 4},
                          {"accompanied_outing_with_physical_care", 2}};
    for (const Case& c : cases) {
        INFO(c.service);
        CHECK(check(c.service, c.required).outcome == Outcome::Meets);
        CHECK(check(c.service, 6).outcome == Outcome::Meets);
        CHECK(check(c.service, c.required - 1).outcome == Outcome::DoesNotMeet);
        CHECK(check(c.service, c.required).requiredCategory == c.required);
    }
    CHECK(check("accompanied_outing", 0).outcome == Outcome::Meets);
    CHECK(check("home_care", 0).outcome == Outcome::DoesNotMeet); // 非該当
}

TEST_CASE("category: one 区分 lower from age 50 where the rule says so", "[rules][category]")
{
    CHECK(check("daily_life_care", 2, 49).outcome == Outcome::DoesNotMeet);
    CHECK(check("daily_life_care", 2, 50).outcome == Outcome::Meets);
    CHECK(check("facility_admission", 3, 49).outcome == Outcome::DoesNotMeet);
    CHECK(check("facility_admission", 3, 50).outcome == Outcome::Meets);
    CHECK(check("daily_life_care_with_admission", 3, 50).outcome == Outcome::Meets);
    CHECK(check("daily_life_care_with_admission", 2, 50).outcome == Outcome::DoesNotMeet);
    CHECK(check("home_care", 0, 60).outcome == Outcome::DoesNotMeet);
}

TEST_CASE("category: further conditions are returned for staff to confirm", "[rules][category]")
{
    const CategoryCheck severe = check("severe_visiting_care", 4);
    CHECK(severe.conditions ==
          QStringList{QStringLiteral("二肢以上麻痺等 or 行動関連項目10点以上")});
    CHECK(check("behavior_support", 3).conditions.contains(QStringLiteral("行動関連項目10点以上")));
    // 療養介護: 区分6, or 区分5 for 筋ジストロフィー・重症心身障害.
    CHECK(check("medical_care", 6).outcome == Outcome::Meets);
    const CategoryCheck five = check("medical_care", 5);
    CHECK(five.outcome == Outcome::MeetsIf);
    CHECK(five.conditions.join(u' ').contains(QStringLiteral("筋ジストロフィー")));
    CHECK(check("medical_care", 4).outcome == Outcome::DoesNotMeet);
}

TEST_CASE("category: bad input and malformed tables are refused", "[rules][category]")
{
    const auto& table = CategoryRequirements::builtIn();
    REQUIRE(table.ok());
    CHECK(table->check(QStringLiteral("home_care"), 7, 40, day("2025-07-18")).code() ==
          ErrorCode::InvalidInput);
    CHECK(table->check(QStringLiteral("employment_transition"), 3, 40, day("2025-07-18")).code() ==
          ErrorCode::InvalidInput);
    CHECK_FALSE(table->check(QStringLiteral("home_care"), 3, 40, day("2006-03-31")).ok());

    QFile file(QStringLiteral(":/rules/support_category_requirements.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const auto failsWith = [&](const char* from, const char* to, const char* expect) {
        QString changed = text;
        REQUIRE(changed.contains(QString::fromUtf8(from)));
        changed.replace(QString::fromUtf8(from), QString::fromUtf8(to));
        auto parsed = CategoryRequirements::parse(changed);
        INFO(to);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.message().contains(QStringLiteral("line ")));
        CHECK(parsed.message().contains(QString::fromUtf8(expect)));
    };
    failsWith("home_care\t1\t", "home_care\t7\t", "min_category");
    failsWith("daily_life_care\t3\t2\t", "daily_life_care\t3\t4\t", "min_category_from_age_50");
    failsWith("medical_care\t6\t-\t-\t5\t", "medical_care\t6\t-\t-\t6\t", "alt_min_category");
    failsWith("\t5\t筋ジストロフィー or 重症心身障害", "\t5\t-", "alt_min_category without");
    failsWith("short_stay\t1\t-\t-\t-\t-\t2006-04-01\thttp",
              "short_stay\t1\t-\t-\t-\t-\t2006-04-01\tftp", "source");
    failsWith("short_stay\t1\t-\t-\t-\t-\t2006-04-01", "short_stay\t1\t-\t-\t-\t-\t2006/04/01",
              "effective_from");
}
