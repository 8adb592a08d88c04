// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "rules/RuleTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::rules {

/// The benefit whose 利用者負担 is evaluated.
enum class Benefit
{
    WelfareService,        // 障害福祉サービス (介護給付費・訓練等給付費)
    MedicalPsychiatric,    // 自立支援医療（精神通院）
    MedicalRehabilitation, // 自立支援医療（更生医療）
    MedicalChild,          // 自立支援医療（育成医療）
    Prosthetic,            // 補装具費
};

/// Where welfare services are used (入所・GH versus 在宅・通所).
enum class Setting
{
    None,
    Home,        // 在宅
    Day,         // 通所
    Residential, // 施設入所
    GroupHome,   // グループホーム（共同生活援助）
};

/// One member of the household that counts, as the caller chose it.
struct HouseholdMember
{
    QString relation;       // self, spouse, guardian, … (named in the explanation only)
    bool taxExempt = false; // 非課税: neither 均等割 nor 所得割
    qint64 incomeLevy = 0;  // 市町村民税所得割, yen
};

/// Everything an evaluation reads; no database.
struct BurdenRequest
{
    Benefit benefit = Benefit::WelfareService;
    QDate asOf;
    QDate birthDate;
    std::optional<qint64> income; // 本人収入 for the 低所得1/2 line (自立支援医療)
    bool publicAssistance = false;
    QList<HouseholdMember> members;
    Setting setting = Setting::None;
    bool severeContinuous = false; // 重度かつ継続
    qint64 deviceCost = 0;         // 補装具 基準額 of this purchase
};

/// The outcome, the rule version it came from and why.
struct BurdenEvaluation
{
    bool eligible = true;
    QString incomeCategory;           // 所得区分 code, e.g. general_1, middle_2
    std::optional<qint64> monthlyCap; // nullopt: the health insurance's 高額療養費 limit
    std::optional<int> copayPercent;  // 10 = 1割; nullopt when not eligible
    std::optional<qint64> copay;      // 補装具 only: what the person pays for device_cost
    QString ruleVersion;
    QStringList explanation; // translated sentences, in the order applied
};

/// 負担上限月額 and eligibility (rules.md §1–§3) as pure functions over the rule tables.
class BurdenRules
{
    Q_DECLARE_TR_FUNCTIONS(BurdenRules)

public:
    /// InvalidInput for inconsistent requests (naming the field) or a date no rule covers.
    static Result<BurdenEvaluation> evaluate(const BurdenRequest& request, const RuleBook& book);
    /// With the shipped tables.
    static Result<BurdenEvaluation> evaluate(const BurdenRequest& request);

    /// The translated name of an income category code (general_2 → 一般2); the code when unknown.
    static QString incomeCategoryLabel(const QString& code);
    /// The translated name of a household relation code (self → 本人); the code when unknown.
    static QString relationLabel(const QString& code);

    /// Reads the JSON request of `madoguchi-cli decide`; InvalidInput naming the field.
    static Result<BurdenRequest> requestFromJson(const QJsonObject& object);
    /// The documented JSON response.
    static QJsonObject toJson(const BurdenEvaluation& evaluation);

    /// Full years of age on a day.
    static int ageOn(QDate birthDate, QDate day);
};

} // namespace madoguchi::rules
