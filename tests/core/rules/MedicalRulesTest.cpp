// SPDX-License-Identifier: GPL-3.0-or-later
// 自立支援医療 (rules.md §2): the six categories, 重度かつ継続, 一定所得以上, the 低所得1 income
// line as a dated row, and the 経過的特例 with its end date.
#include "RulesTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::rules;
using namespace madoguchi::rulestest;

namespace {

constexpr const char* kAsOf = "2025-07-18";
constexpr const char* kAdult = "1990-04-01";
constexpr const char* kChild = "2015-05-01";

const Benefit kAdultMedical[] = {Benefit::MedicalPsychiatric, Benefit::MedicalRehabilitation};

BurdenEvaluation medical(Benefit benefit, const char* asOf, qint64 levy, bool severe,
                         const char* birth = kAdult)
{
    BurdenRequest r = request(benefit, asOf, birth, levy);
    r.severeContinuous = severe;
    return eval(r);
}

BurdenEvaluation lowIncome(Benefit benefit, qint64 income, const RuleBook* book = nullptr,
                           const char* asOf = kAsOf)
{
    BurdenRequest r = exempt(request(benefit, asOf, kAdult, 0));
    r.income = income;
    if (!book)
        return eval(r);
    auto result = BurdenRules::evaluate(r, *book);
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("medical: 生活保護 0, 低所得1 2,500 and 低所得2 5,000 at the 80万円 line",
          "[rules][medical]")
{
    for (Benefit benefit :
         {Benefit::MedicalPsychiatric, Benefit::MedicalRehabilitation, Benefit::MedicalChild}) {
        BurdenRequest r = request(benefit, kAsOf, kAdult, 300000);
        r.publicAssistance = true;
        CHECK(eval(r).incomeCategory == QStringLiteral("public_assistance"));
        CHECK(eval(r).monthlyCap == 0);
        const BurdenEvaluation at = lowIncome(benefit, 800000);
        CHECK(at.incomeCategory == QStringLiteral("low_income_1"));
        CHECK(at.monthlyCap == 2500);
        CHECK(explains(at, QStringLiteral("medical.low_income_1_income_max")));
        CHECK(lowIncome(benefit, 799999).monthlyCap == 2500);
        const BurdenEvaluation over = lowIncome(benefit, 800001);
        CHECK(over.incomeCategory == QStringLiteral("low_income_2"));
        CHECK(over.monthlyCap == 5000);
        CHECK(over.copayPercent == 10);
    }
}

TEST_CASE("medical: the 低所得1 line is a dated row a city can change", "[rules][medical]")
{
    // A city confirms the 80.9万円 revision and adds a row (rules.md, least certain facts 1).
    const QString row = QStringLiteral(
        "medical.low_income_1_income_max\t809000\t2025-04-01\thttps://example.org/confirmed\n");
    auto book = RuleBook::fromTexts(shipped("welfare_service"), shipped("medical") + row,
                                    shipped("prosthetic"));
    REQUIRE(book.ok());
    CHECK(lowIncome(Benefit::MedicalPsychiatric, 809000, &book.value(), "2025-03-31")
              .incomeCategory == QStringLiteral("low_income_2"));
    CHECK(lowIncome(Benefit::MedicalPsychiatric, 809000, &book.value(), "2025-04-01")
              .incomeCategory == QStringLiteral("low_income_1"));
    CHECK(lowIncome(Benefit::MedicalPsychiatric, 809001, &book.value(), "2025-04-01")
              .incomeCategory == QStringLiteral("low_income_2"));
    // The shipped table still says 80万円.
    CHECK(lowIncome(Benefit::MedicalPsychiatric, 809000).incomeCategory ==
          QStringLiteral("low_income_2"));
}

TEST_CASE("medical: 中間所得 at the 3.3万円 and 23.5万円 lines", "[rules][medical]")
{
    for (Benefit benefit : kAdultMedical) {
        // Not 重度かつ継続: the cap is the health insurance's limit.
        const BurdenEvaluation m1 = medical(benefit, kAsOf, 32999, false);
        CHECK(m1.incomeCategory == QStringLiteral("middle_1"));
        CHECK_FALSE(m1.monthlyCap.has_value());
        CHECK(m1.eligible);
        CHECK(m1.copayPercent == 10);
        const BurdenEvaluation m2 = medical(benefit, kAsOf, 33000, false);
        CHECK(m2.incomeCategory == QStringLiteral("middle_2"));
        CHECK_FALSE(m2.monthlyCap.has_value());
        CHECK(medical(benefit, kAsOf, 234999, false).incomeCategory == QStringLiteral("middle_2"));
        CHECK(medical(benefit, kAsOf, 235000, false).incomeCategory == QStringLiteral("high"));
        // 重度かつ継続: 5,000 and 10,000.
        CHECK(medical(benefit, kAsOf, 32999, true).monthlyCap == 5000);
        CHECK(medical(benefit, kAsOf, 33000, true).monthlyCap == 10000);
        CHECK(medical(benefit, kAsOf, 234999, true).monthlyCap == 10000);
        CHECK(medical(benefit, kAsOf, 0, true).monthlyCap == 5000);
    }
    // The household's 所得割 is summed.
    BurdenRequest r = request(Benefit::MedicalPsychiatric, kAsOf, kAdult, 20000, 12999);
    r.severeContinuous = true;
    CHECK(eval(r).incomeCategory == QStringLiteral("middle_1"));
    r.members[1].incomeLevy = 13000;
    CHECK(eval(r).incomeCategory == QStringLiteral("middle_2"));
}

TEST_CASE("medical: 一定所得以上 is not eligible unless 重度かつ継続 (経過的特例 20,000)",
          "[rules][medical]")
{
    for (Benefit benefit :
         {Benefit::MedicalPsychiatric, Benefit::MedicalRehabilitation, Benefit::MedicalChild}) {
        const BurdenEvaluation normal = medical(benefit, kAsOf, 235000, false, kChild);
        CHECK_FALSE(normal.eligible);
        CHECK(normal.incomeCategory == QStringLiteral("high"));
        CHECK_FALSE(normal.monthlyCap.has_value());
        CHECK_FALSE(normal.copayPercent.has_value());
        const BurdenEvaluation severe = medical(benefit, kAsOf, 235000, true, kChild);
        CHECK(severe.eligible);
        CHECK(severe.monthlyCap == 20000);
        CHECK(explains(severe, QStringLiteral("medical.transitional_until")));
    }
}

TEST_CASE("medical: the 経過的特例 ends on its dated row", "[rules][medical]")
{
    // The first row ended it on 2024-03-31; the row from 2024-04-01 extends it to 2027-03-31.
    CHECK(medical(Benefit::MedicalPsychiatric, "2024-03-31", 235000, true).monthlyCap == 20000);
    CHECK(medical(Benefit::MedicalPsychiatric, "2024-04-01", 235000, true).monthlyCap == 20000);
    CHECK(medical(Benefit::MedicalPsychiatric, "2027-03-31", 235000, true).monthlyCap == 20000);
    const BurdenEvaluation ended = medical(Benefit::MedicalPsychiatric, "2027-04-01", 235000, true);
    CHECK_FALSE(ended.eligible);
    CHECK(explains(ended, QStringLiteral("2027-03-31")));
    CHECK(medical(Benefit::MedicalPsychiatric, "2027-04-01", 234999, true).monthlyCap == 10000);

    // Without the extension row the special case would have ended on 2024-03-31.
    QStringList lines = shipped("medical").split(u'\n');
    lines.removeIf([](const QString& l) { return l.contains(QStringLiteral("\t2027-03-31\t")); });
    auto book =
        RuleBook::fromTexts(shipped("welfare_service"), lines.join(u'\n'), shipped("prosthetic"));
    REQUIRE(book.ok());
    BurdenRequest r = request(Benefit::MedicalPsychiatric, "2024-04-01", kAdult, 235000);
    r.severeContinuous = true;
    auto result = BurdenRules::evaluate(r, book.value());
    REQUIRE(result.ok());
    CHECK_FALSE(result->eligible);
    r.asOf = day("2024-03-31");
    CHECK(BurdenRules::evaluate(r, book.value())->monthlyCap == 20000);
}

TEST_CASE("medical: 育成医療 中間所得 has the 経過措置 caps while the special case lasts",
          "[rules][medical]")
{
    for (bool severe : {false, true}) {
        const BurdenEvaluation m1 = medical(Benefit::MedicalChild, kAsOf, 32999, severe, kChild);
        CHECK(m1.incomeCategory == QStringLiteral("middle_1"));
        CHECK(m1.monthlyCap == 5000);
        CHECK(explains(m1, QStringLiteral("medical.cap.child_middle_1_transitional")));
        CHECK(medical(Benefit::MedicalChild, kAsOf, 33000, severe, kChild).monthlyCap == 10000);
        CHECK(medical(Benefit::MedicalChild, kAsOf, 234999, severe, kChild).monthlyCap == 10000);
        CHECK(medical(Benefit::MedicalChild, "2027-03-31", 33000, severe, kChild).monthlyCap ==
              10000);
    }
    // After it ends: the insurance limit, or the 重度かつ継続 caps.
    CHECK_FALSE(
        medical(Benefit::MedicalChild, "2027-04-01", 32999, false, kChild).monthlyCap.has_value());
    CHECK(medical(Benefit::MedicalChild, "2027-04-01", 32999, true, kChild).monthlyCap == 5000);
    CHECK(medical(Benefit::MedicalChild, "2027-04-01", 33000, true, kChild).monthlyCap == 10000);
    // 更生医療 and 精神通院 have no such 経過措置.
    CHECK_FALSE(
        medical(Benefit::MedicalRehabilitation, kAsOf, 32999, false).monthlyCap.has_value());
}

TEST_CASE("medical: a 非課税 household without applicant income is refused", "[rules][medical]")
{
    BurdenRequest r = exempt(request(Benefit::MedicalPsychiatric, kAsOf, kAdult, 0));
    r.income.reset();
    auto result = BurdenRules::evaluate(r);
    REQUIRE_FALSE(result.ok());
    CHECK(result.message().contains(QStringLiteral("applicant.income")));
}
