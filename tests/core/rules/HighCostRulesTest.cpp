// SPDX-License-Identifier: GPL-3.0-or-later
// 高額障害福祉サービス等給付費 (rules.md §4).
#include "RulesTestSupport.h"

#include "rules/HighCostRules.h"

using namespace madoguchi;
using namespace madoguchi::rules;
using namespace madoguchi::rulestest;
using Kind = MonthlyBurden::Kind;

namespace {

HighCostEvaluation evaluate(const HighCostRequest& request)
{
    const auto& rules = HighCostRules::builtIn();
    INFO(rules.message().toStdString());
    REQUIRE(rules.ok());
    auto result = rules->evaluate(request);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

MonthlyBurden burden(const char* person, Kind kind, qint64 amount)
{
    return {QString::fromLatin1(person), kind, amount};
}

} // namespace

TEST_CASE("high cost: a taxed household's month over 37,200 is refunded", "[rules][highcost]")
{
    HighCostRequest r;
    r.month = day("2025-07-01");
    r.burdens = {burden("a", Kind::WelfareService, 37200), burden("a", Kind::Prosthetic, 10000)};
    const HighCostEvaluation e = evaluate(r);
    CHECK(e.counted == 47200);
    CHECK(e.baseAmount == 37200);
    CHECK(e.refund == 10000);
    CHECK(e.ruleVersion.startsWith(QStringLiteral("high_cost/2006-04-01/")));
    r.burdens = {burden("a", Kind::WelfareService, 37199)};
    CHECK(evaluate(r).refund == 0);
    r.burdens = {burden("a", Kind::WelfareService, 37200), burden("a", Kind::Prosthetic, 1)};
    CHECK(evaluate(r).refund == 1);
}

TEST_CASE("high cost: 非課税・生活保護 households have a 基準額 of 0", "[rules][highcost]")
{
    HighCostRequest r;
    r.month = day("2025-07-01");
    r.taxedHousehold = false;
    r.burdens = {burden("a", Kind::WelfareService, 100), burden("a", Kind::LongTermCare, 3000)};
    const HighCostEvaluation e = evaluate(r);
    CHECK(e.baseAmount == 0);
    CHECK(e.refund == 3100);
}

TEST_CASE("high cost: 補装具 and 介護保険 count only with the same person's services",
          "[rules][highcost]")
{
    HighCostRequest r;
    r.month = day("2025-07-01");
    r.burdens = {burden("a", Kind::WelfareService, 37200), burden("b", Kind::Prosthetic, 20000),
                 burden("c", Kind::LongTermCare, 15000)};
    const HighCostEvaluation e = evaluate(r);
    CHECK(e.counted == 37200);
    CHECK(e.refund == 0);
    // 介護保険 is excluded when the person's 障害福祉 burden is 0.
    r.burdens = {burden("a", Kind::WelfareService, 0), burden("a", Kind::LongTermCare, 40000)};
    CHECK(evaluate(r).refund == 0);
    r.burdens = {burden("a", Kind::WelfareService, 1), burden("a", Kind::LongTermCare, 40000)};
    CHECK(evaluate(r).refund == 2801);
}

TEST_CASE("high cost: services only use the highest 受給者証 上限額", "[rules][highcost]")
{
    HighCostRequest r;
    r.month = day("2025-07-01");
    r.burdens = {burden("sibling1", Kind::ChildSupport, 4600),
                 burden("sibling2", Kind::ChildSupport, 4600)};
    r.certificateCaps = {4600, 4600};
    const HighCostEvaluation e = evaluate(r);
    CHECK(e.baseAmount == 4600);
    CHECK(e.refund == 4600);
    r.certificateCaps = {4600, 9300};
    CHECK(evaluate(r).refund == 0);
    // With a 補装具 in the month the ordinary 基準額 applies.
    r.burdens << burden("sibling1", Kind::Prosthetic, 1000);
    CHECK(evaluate(r).baseAmount == 37200);
}

TEST_CASE("high cost: a claim expires 5 years after the service month", "[rules][highcost]")
{
    HighCostRequest r;
    r.month = day("2020-07-15");
    r.burdens = {burden("a", Kind::WelfareService, 50000)};
    r.claimDate = day("2025-07-31");
    HighCostEvaluation e = evaluate(r);
    CHECK(e.claimDeadline == day("2025-07-31"));
    CHECK_FALSE(e.claimExpired);
    CHECK(e.refund == 12800);
    r.claimDate = day("2025-08-01");
    e = evaluate(r);
    CHECK(e.claimExpired);
    CHECK(e.refund == 0);
}

TEST_CASE("high cost: bad input and malformed tables are refused", "[rules][highcost]")
{
    const auto& rules = HighCostRules::builtIn();
    REQUIRE(rules.ok());
    HighCostRequest r;
    r.month = day("2025-07-01");
    r.burdens = {burden("a", Kind::WelfareService, -1)};
    CHECK(rules->evaluate(r).message().contains(QStringLiteral("burdens[0].amount")));
    r.month = day("2006-03-01");
    r.burdens.clear();
    CHECK_FALSE(rules->evaluate(r).ok());

    QFile file(QStringLiteral(":/rules/high_cost.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("high_cost.base.taxed\t37200"),
                 QStringLiteral("high_cost.base.taxed\t37200円"));
    auto parsed = HighCostRules::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.message().contains(QStringLiteral("high_cost, line 6")));
}
