// SPDX-License-Identifier: GPL-3.0-or-later
// 障害福祉サービス 負担上限月額 (rules.md §1): every row, at each 所得割 line and one yen either
// side.
#include "RulesTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::rulestest;

namespace {

constexpr const char* kAsOf = "2025-07-18";
constexpr const char* kAdult = "1990-04-01"; // 35
constexpr const char* kChild = "2015-05-01"; // 10
constexpr const char* kAge19 = "2006-01-10"; // 19 on kAsOf
constexpr const char* kAge20 = "2005-07-18"; // 20 on kAsOf (birthday)

BurdenEvaluation welfare(const char* birth, Setting setting, qint64 levy,
                         std::optional<qint64> spouse = std::nullopt)
{
    BurdenRequest r = request(Benefit::WelfareService, kAsOf, birth, levy, spouse);
    r.setting = setting;
    return eval(r);
}

} // namespace

TEST_CASE("welfare service: the issue's example is 一般1 with 9,300", "[rules][welfare]")
{
    const BurdenEvaluation e = welfare(kAdult, Setting::Home, 120000, 30000);
    CHECK(e.eligible);
    CHECK(e.incomeCategory == QStringLiteral("general_1"));
    CHECK(e.monthlyCap == 9300);
    CHECK(e.copayPercent == 10);
    CHECK_FALSE(e.copay.has_value());
    CHECK(e.ruleVersion.startsWith(QStringLiteral("welfare_service/2006-04-01/")));
    // The trail names the members counted, their sum and the line applied.
    CHECK(
        explains(e, QStringLiteral("Applicant (所得割 120,000 yen), Spouse (所得割 30,000 yen)")));
    CHECK(explains(e, QStringLiteral("150,000 yen")));
    CHECK(explains(e, QStringLiteral("welfare.adult_general_1_levy_below")));
    CHECK(explains(e, QStringLiteral("160000")));
}

TEST_CASE("welfare service: adults 在宅・通所 at the 16万円 line", "[rules][welfare]")
{
    for (Setting setting : {Setting::Home, Setting::Day}) {
        CHECK(welfare(kAdult, setting, 159999).incomeCategory == QStringLiteral("general_1"));
        CHECK(welfare(kAdult, setting, 159999).monthlyCap == 9300);
        CHECK(welfare(kAdult, setting, 160000).incomeCategory == QStringLiteral("general_2"));
        CHECK(welfare(kAdult, setting, 160000).monthlyCap == 37200);
        CHECK(welfare(kAdult, setting, 160001).monthlyCap == 37200);
        // The household's 所得割 is summed: 80,000 + 79,999 is below, + 80,000 is not.
        CHECK(welfare(kAdult, setting, 80000, 79999).monthlyCap == 9300);
        CHECK(welfare(kAdult, setting, 80000, 80000).monthlyCap == 37200);
    }
    CHECK(welfare(kAdult, Setting::Home, 0).monthlyCap == 9300); // taxed (均等割 only)
}

TEST_CASE("welfare service: adults 入所 (20歳以上) and GH in taxed households are 一般2",
          "[rules][welfare]")
{
    for (Setting setting : {Setting::Residential, Setting::GroupHome}) {
        const BurdenEvaluation low = welfare(kAdult, setting, 1);
        CHECK(low.incomeCategory == QStringLiteral("general_2"));
        CHECK(low.monthlyCap == 37200);
        CHECK(explains(low, QStringLiteral("welfare.adult_residential_general_1")));
        CHECK(welfare(kAdult, setting, 159999).monthlyCap == 37200);
    }
    CHECK(welfare(kAge20, Setting::Residential, 159999).monthlyCap == 37200);
    // A 19-year-old in a group home is an adult (GH is not 入所).
    CHECK(welfare(kAge19, Setting::GroupHome, 100000).monthlyCap == 37200);
}

TEST_CASE("welfare service: children at the 28万円 line", "[rules][welfare]")
{
    for (Setting setting : {Setting::Home, Setting::Day}) {
        const BurdenEvaluation below = welfare(kChild, setting, 279999);
        CHECK(below.incomeCategory == QStringLiteral("general_1"));
        CHECK(below.monthlyCap == 4600);
        CHECK(explains(below, QStringLiteral("障害児")));
        CHECK(welfare(kChild, setting, 280000).incomeCategory == QStringLiteral("general_2"));
        CHECK(welfare(kChild, setting, 280000).monthlyCap == 37200);
        // Between the adult and the child line: 一般1 for a child, 一般2 for an adult.
        CHECK(welfare(kChild, setting, 200000).monthlyCap == 4600);
        CHECK(welfare(kAdult, setting, 200000).monthlyCap == 37200);
        // The 保護者の世帯 is summed too.
        CHECK(welfare(kChild, setting, 140000, 139999).monthlyCap == 4600);
        CHECK(welfare(kChild, setting, 140000, 140000).monthlyCap == 37200);
    }
    CHECK(welfare(kChild, Setting::Residential, 279999).monthlyCap == 9300);
    CHECK(welfare(kChild, Setting::Residential, 279999).incomeCategory ==
          QStringLiteral("general_1"));
    CHECK(welfare(kChild, Setting::Residential, 280000).monthlyCap == 37200);
}

TEST_CASE("welfare service: 18・19歳 in 施設入所 count as 障害児, from 20 as 障害者",
          "[rules][welfare]")
{
    const BurdenEvaluation at19 = welfare(kAge19, Setting::Residential, 200000);
    CHECK(at19.incomeCategory == QStringLiteral("general_1"));
    CHECK(at19.monthlyCap == 9300);
    CHECK(explains(at19, QStringLiteral("welfare.residential_child_until_age")));
    CHECK(welfare(kAge19, Setting::Residential, 280000).monthlyCap == 37200);
    CHECK(welfare(kAge20, Setting::Residential, 200000).monthlyCap == 37200);
    // At home the same 19-year-old is an adult: the 16万円 line.
    CHECK(welfare(kAge19, Setting::Home, 159999).monthlyCap == 9300);
    CHECK(welfare(kAge19, Setting::Home, 160000).monthlyCap == 37200);
    // The 18th birthday: 17 is a child at the 28万円 line, 18 an adult at 16万円.
    CHECK(welfare("2007-07-19", Setting::Home, 200000).monthlyCap == 4600);
    CHECK(welfare("2007-07-18", Setting::Home, 200000).monthlyCap == 37200);
}

TEST_CASE("welfare service: 生活保護 and 非課税 households pay nothing", "[rules][welfare]")
{
    for (const char* birth : {kAdult, kChild}) {
        for (Setting setting : {Setting::Home, Setting::Day, Setting::Residential}) {
            BurdenRequest r = request(Benefit::WelfareService, kAsOf, birth, 500000);
            r.setting = setting;
            r.publicAssistance = true;
            const BurdenEvaluation assisted = eval(r);
            CHECK(assisted.incomeCategory == QStringLiteral("public_assistance"));
            CHECK(assisted.monthlyCap == 0);
            BurdenRequest low = exempt(request(Benefit::WelfareService, kAsOf, birth, 0, 0));
            low.setting = setting;
            const BurdenEvaluation exemptHousehold = eval(low);
            CHECK(exemptHousehold.incomeCategory == QStringLiteral("low_income"));
            CHECK(exemptHousehold.monthlyCap == 0);
        }
    }
    // One taxed member makes the household taxed.
    BurdenRequest mixed = request(Benefit::WelfareService, kAsOf, kAdult, 0, 1000);
    mixed.members[0].taxExempt = true;
    CHECK(eval(mixed).incomeCategory == QStringLiteral("general_1"));
}

TEST_CASE("welfare service: inconsistent requests are refused naming the field", "[rules][welfare]")
{
    BurdenRequest r = request(Benefit::WelfareService, kAsOf, kChild, 1000);
    r.setting = Setting::GroupHome;
    auto child = BurdenRules::evaluate(r);
    REQUIRE_FALSE(child.ok());
    CHECK(child.message().startsWith(QStringLiteral("setting")));

    r = request(Benefit::WelfareService, kAsOf, kAdult, 1000);
    r.members[0].taxExempt = true;
    auto taxed = BurdenRules::evaluate(r);
    REQUIRE_FALSE(taxed.ok());
    CHECK(taxed.message().contains(QStringLiteral("household.members[0].income_levy")));

    r = request(Benefit::WelfareService, kAsOf, "2030-01-01", 0);
    CHECK(BurdenRules::evaluate(r).message().contains(QStringLiteral("applicant.birth_date")));
    r = request(Benefit::WelfareService, kAsOf, kAdult, 0);
    r.setting = Setting::None;
    CHECK(BurdenRules::evaluate(r).message().contains(QStringLiteral("setting")));
}
