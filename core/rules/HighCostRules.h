// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "rules/RuleTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::rules {

/// One person's 利用者負担 of one kind in the month.
struct MonthlyBurden
{
    enum class Kind
    {
        WelfareService, // 障害福祉サービス (介護給付費・訓練等給付費)
        ChildSupport,   // 障害児通所・入所支援
        Prosthetic,     // 補装具費
        LongTermCare, // 介護保険, after 高額介護(予防)サービス費 and 高額医療合算
    };
    QString person; // an id or label naming the household member (explanation only)
    Kind kind = Kind::WelfareService;
    qint64 amount = 0;
};

struct HighCostRequest
{
    QDate month;                // any day of the service month
    bool taxedHousehold = true; // false: 非課税 or 生活保護
    QList<MonthlyBurden> burdens;
    QList<qint64> certificateCaps; // 受給者証 上限額 of the household's certificates
    std::optional<QDate> claimDate;
};

struct HighCostEvaluation
{
    qint64 counted = 0;    // the household's burdens that count
    qint64 baseAmount = 0; // 算定基準額
    qint64 refund = 0;
    bool claimExpired = false;
    QDate claimDeadline;
    QString ruleVersion;
    QStringList explanation;
};

/// 高額障害福祉サービス等給付費 (rules.md §4): a household's month over the 算定基準額.
class HighCostRules
{
    Q_DECLARE_TR_FUNCTIONS(HighCostRules)

public:
    static Result<HighCostRules> parse(const QString& text);
    static const Result<HighCostRules>& builtIn();

    Result<HighCostEvaluation> evaluate(const HighCostRequest& request) const;

private:
    RuleTable m_table;
};

} // namespace madoguchi::rules
