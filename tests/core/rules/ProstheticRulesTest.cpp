// SPDX-License-Identifier: GPL-3.0-or-later
// 補装具費 (rules.md §3): 1割 with the 37,200 cap, 0 for 生活保護/低所得, the 46万円 limit, and
// its end for children on 2024-04-01.
#include "RulesTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::rulestest;

namespace {

constexpr const char* kAdult = "1990-04-01";
constexpr const char* kChild = "2015-05-01";

BurdenEvaluation prosthetic(const char* asOf, const char* birth, qint64 levy, qint64 cost,
                            std::optional<qint64> spouse = std::nullopt)
{
    BurdenRequest r = request(Benefit::Prosthetic, asOf, birth, levy, spouse);
    r.deviceCost = cost;
    return eval(r);
}

} // namespace

TEST_CASE("prosthetic: 1割 of the cost, capped at 37,200", "[rules][prosthetic]")
{
    const BurdenEvaluation small = prosthetic("2025-07-18", kAdult, 100000, 150000);
    CHECK(small.eligible);
    CHECK(small.incomeCategory == QStringLiteral("general"));
    CHECK(small.monthlyCap == 37200);
    CHECK(small.copayPercent == 10);
    CHECK(small.copay == 15000);
    CHECK(small.ruleVersion.startsWith(QStringLiteral("prosthetic/2024-04-01/")));
    CHECK(prosthetic("2025-07-18", kAdult, 100000, 371999).copay == 37199);
    CHECK(prosthetic("2025-07-18", kAdult, 100000, 372000).copay == 37200);
    CHECK(prosthetic("2025-07-18", kAdult, 100000, 372010).copay == 37200);
    CHECK(prosthetic("2025-07-18", kAdult, 100000, 1000000).copay == 37200);
    CHECK(prosthetic("2025-07-18", kAdult, 100000, 12345).copay == 1234); // fractions dropped
}

TEST_CASE("prosthetic: 生活保護 and 低所得 pay nothing", "[rules][prosthetic]")
{
    for (const char* birth : {kAdult, kChild}) {
        BurdenRequest r = request(Benefit::Prosthetic, "2025-07-18", birth, 0);
        r.deviceCost = 300000;
        r.publicAssistance = true;
        const BurdenEvaluation assisted = eval(r);
        CHECK(assisted.incomeCategory == QStringLiteral("public_assistance"));
        CHECK(assisted.copay == 0);
        CHECK(assisted.monthlyCap == 0);
        BurdenRequest low = exempt(request(Benefit::Prosthetic, "2025-07-18", birth, 0, 0));
        low.deviceCost = 300000;
        const BurdenEvaluation lowIncome = eval(low);
        CHECK(lowIncome.incomeCategory == QStringLiteral("low_income"));
        CHECK(lowIncome.copay == 0);
    }
}

TEST_CASE("prosthetic: adults are not eligible from 所得割 46万円 of anyone in the household",
          "[rules][prosthetic]")
{
    for (const char* asOf : {"2024-03-31", "2024-04-01", "2025-07-18"}) {
        const BurdenEvaluation below = prosthetic(asOf, kAdult, 459999, 200000);
        CHECK(below.eligible);
        CHECK(below.copay == 20000);
        const BurdenEvaluation at = prosthetic(asOf, kAdult, 460000, 200000);
        CHECK_FALSE(at.eligible);
        CHECK(at.incomeCategory == QStringLiteral("general"));
        CHECK(at.copay == 200000); // the whole cost is the applicant's
        CHECK_FALSE(at.copayPercent.has_value());
        CHECK_FALSE(at.monthlyCap.has_value());
        CHECK(explains(at, QStringLiteral("prosthetic.income_limit_levy")));
        // The highest member decides, not the sum.
        CHECK(prosthetic(asOf, kAdult, 300000, 200000, 300000).eligible);
        CHECK(prosthetic(asOf, kAdult, 1000, 200000, 459999).eligible);
        CHECK_FALSE(prosthetic(asOf, kAdult, 1000, 200000, 460000).eligible);
    }
}

TEST_CASE("prosthetic: the children's income limit ends on 2024-04-01", "[rules][prosthetic]")
{
    const BurdenEvaluation before = prosthetic("2024-03-31", kChild, 460000, 200000);
    CHECK_FALSE(before.eligible);
    CHECK(explains(before, QStringLiteral("prosthetic.income_limit_for_children")));
    CHECK(prosthetic("2024-03-31", kChild, 459999, 200000).eligible);
    CHECK_FALSE(prosthetic("2024-03-31", kChild, 100, 200000, 460000).eligible);

    const BurdenEvaluation after = prosthetic("2024-04-01", kChild, 460000, 200000);
    CHECK(after.eligible);
    CHECK(after.copay == 20000);
    CHECK(after.monthlyCap == 37200);
    CHECK(explains(after, QStringLiteral("2024-04-01")));
    CHECK(prosthetic("2024-04-01", kChild, 2000000, 1000000).copay == 37200);
    // On the 18th birthday the limit applies again.
    CHECK(prosthetic("2025-07-18", "2007-07-19", 460000, 200000).eligible);
    CHECK_FALSE(prosthetic("2025-07-18", "2007-07-18", 460000, 200000).eligible);
}
