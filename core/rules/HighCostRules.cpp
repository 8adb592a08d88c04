// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/HighCostRules.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace madoguchi::rules {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

QString kindName(MonthlyBurden::Kind kind)
{
    switch (kind) {
    case MonthlyBurden::Kind::WelfareService:
        return QStringLiteral("welfare_service");
    case MonthlyBurden::Kind::ChildSupport:
        return QStringLiteral("child_support");
    case MonthlyBurden::Kind::Prosthetic:
        return QStringLiteral("prosthetic");
    case MonthlyBurden::Kind::LongTermCare:
        return QStringLiteral("long_term_care");
    }
    return {};
}

} // namespace

Result<HighCostRules> HighCostRules::parse(const QString& text)
{
    auto table = RuleTable::parse(QStringLiteral("high_cost"), text,
                                  RuleBook::schema(QStringLiteral("high_cost")));
    if (!table)
        return table.error();
    HighCostRules rules;
    rules.m_table = std::move(table).value();
    return rules;
}

const Result<HighCostRules>& HighCostRules::builtIn()
{
    static const Result<HighCostRules> rules = []() -> Result<HighCostRules> {
        QFile file(QStringLiteral(":/rules/high_cost.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal,
                         tr("The rule table high_cost is missing from this build.")};
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return rules;
}

Result<HighCostEvaluation> HighCostRules::evaluate(const HighCostRequest& request) const
{
    if (!request.month.isValid())
        return invalid(tr("month is not a valid date."));
    const QDate monthStart(request.month.year(), request.month.month(), 1);
    for (const RuleTable::KeySpec& spec : RuleBook::schema(QStringLiteral("high_cost")))
        if (!m_table.find(spec.key, monthStart))
            return invalid(tr("No row of the rule table high_cost for %1 is in effect on %2.")
                               .arg(spec.key, monthStart.toString(Qt::ISODate)));
    const auto row = [&](const char* key) {
        return m_table.find(QString::fromLatin1(key), monthStart);
    };
    const auto cite = [&](const RuleRow* r) {
        return tr("rule %1 from %2; %3")
            .arg(r->key, r->effectiveFrom.toString(Qt::ISODate), r->source);
    };
    HighCostEvaluation e;
    e.ruleVersion = m_table.version(monthStart);

    QSet<QString> servicePeople; // use 障害福祉サービス or 障害児支援
    QSet<QString> welfarePaying; // pay something for 障害福祉サービス
    for (qsizetype i = 0; i < request.burdens.size(); ++i) {
        const MonthlyBurden& b = request.burdens.at(i);
        if (b.amount < 0)
            return invalid(tr("burdens[%1].amount must not be negative.").arg(i));
        if (b.person.isEmpty())
            return invalid(tr("burdens[%1].person is empty.").arg(i));
        if (b.kind == MonthlyBurden::Kind::WelfareService ||
            b.kind == MonthlyBurden::Kind::ChildSupport)
            servicePeople.insert(b.person);
        if (b.kind == MonthlyBurden::Kind::WelfareService && b.amount > 0)
            welfarePaying.insert(b.person);
    }
    bool onlyServices = true;
    for (const MonthlyBurden& b : request.burdens) {
        bool counts = true;
        if (b.kind == MonthlyBurden::Kind::Prosthetic && !servicePeople.contains(b.person)) {
            counts = false;
            e.explanation << tr("%1: 補装具 %2 yen not counted: no 障害福祉サービス or 障害児支援 "
                                "that month.")
                                 .arg(b.person)
                                 .arg(b.amount);
        }
        if (b.kind == MonthlyBurden::Kind::LongTermCare && !welfarePaying.contains(b.person)) {
            counts = false;
            e.explanation << tr("%1: 介護保険 %2 yen not counted: no 障害福祉サービス burden that "
                                "month.")
                                 .arg(b.person)
                                 .arg(b.amount);
        }
        if (!counts)
            continue;
        if (b.kind == MonthlyBurden::Kind::Prosthetic ||
            b.kind == MonthlyBurden::Kind::LongTermCare)
            onlyServices = false;
        e.counted += b.amount;
        e.explanation << tr("%1: %2 %3 yen counted.").arg(b.person, kindName(b.kind)).arg(b.amount);
    }
    e.explanation << tr("The household's counted burdens: %1 yen.").arg(e.counted);

    if (onlyServices && !request.certificateCaps.isEmpty() &&
        row("high_cost.welfare_only_uses_highest_cap")->amount == 1) {
        e.baseAmount =
            *std::max_element(request.certificateCaps.cbegin(), request.certificateCaps.cend());
        e.explanation << tr("Only 障害福祉サービス and 障害児支援: the 基準額 is the highest "
                            "受給者証 上限額, %1 yen (%2).")
                             .arg(e.baseAmount)
                             .arg(cite(row("high_cost.welfare_only_uses_highest_cap")));
    } else {
        const RuleRow* base =
            row(request.taxedHousehold ? "high_cost.base.taxed" : "high_cost.base.exempt");
        e.baseAmount = base->amount;
        e.explanation << (request.taxedHousehold ? tr("課税世帯: 算定基準額 %1 yen (%2).")
                                                 : tr("非課税・生活保護: 算定基準額 %1 yen (%2)."))
                             .arg(e.baseAmount)
                             .arg(cite(base));
    }
    e.refund = std::max<qint64>(0, e.counted - e.baseAmount);
    e.explanation << tr("Refund: %1 yen.").arg(e.refund);

    const RuleRow* years = row("high_cost.claim_years");
    e.claimDeadline = monthStart.addMonths(1).addYears(int(years->amount)).addDays(-1);
    if (request.claimDate && *request.claimDate > e.claimDeadline) {
        e.claimExpired = true;
        e.refund = 0;
        e.explanation << tr("The claim of %1 is after %2: expired (%3).")
                             .arg(request.claimDate->toString(Qt::ISODate),
                                  e.claimDeadline.toString(Qt::ISODate), cite(years));
    }
    return e;
}

} // namespace madoguchi::rules
