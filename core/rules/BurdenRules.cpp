// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/BurdenRules.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace madoguchi::rules {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

/// 1,234,567 (yen amounts in explanations; locale-independent so notices match the tests).
QString yen(qint64 amount)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

/// Reads the rows of one table in effect on a day and writes the explanation as it goes.
class Trail
{
public:
    Trail(const RuleTable& table, QDate asOf, BurdenEvaluation& evaluation)
        : m_table(table), m_asOf(asOf), m_evaluation(evaluation)
    {}

    /// Every key of the table's schema must have a row on the day.
    Status complete(const QList<RuleTable::KeySpec>& schema) const
    {
        for (const RuleTable::KeySpec& spec : schema)
            if (!m_table.find(spec.key, m_asOf))
                return invalid(BurdenRules::tr("No row of the rule table %1 for %2 is in effect "
                                               "on %3 (as_of).")
                                   .arg(m_table.family(), spec.key, m_asOf.toString(Qt::ISODate)));
        return {};
    }
    /// The row's value (the caller checked completeness first).
    const RuleRow& row(const char* key) const
    {
        return *m_table.find(QString::fromLatin1(key), m_asOf);
    }
    qint64 amount(const char* key) const { return row(key).amount; }
    /// Uses a row and says so: "<what>: <value> (rule <key> from <date>; <source>)".
    qint64 cite(const char* key, const QString& what)
    {
        const RuleRow& r = row(key);
        say(BurdenRules::tr("%1: %2 (rule %3 from %4; %5)")
                .arg(what, r.text, r.key, r.effectiveFrom.toString(Qt::ISODate), r.source));
        return r.amount;
    }
    void say(const QString& sentence) { m_evaluation.explanation << sentence; }

private:
    const RuleTable& m_table;
    QDate m_asOf;
    BurdenEvaluation& m_evaluation;
};

bool allTaxExempt(const QList<HouseholdMember>& members)
{
    return std::all_of(members.cbegin(), members.cend(),
                       [](const HouseholdMember& m) { return m.taxExempt; });
}

/// The household's 所得割 by the table's aggregation rule, naming each member counted.
qint64 combinedLevy(const QList<HouseholdMember>& members, bool useMax, Trail& trail)
{
    qint64 combined = 0;
    QStringList counted;
    for (const HouseholdMember& member : members) {
        combined = useMax ? std::max(combined, member.incomeLevy) : combined + member.incomeLevy;
        const QString who = BurdenRules::relationLabel(member.relation);
        counted << (member.taxExempt
                        ? BurdenRules::tr("%1 (非課税)").arg(who)
                        : BurdenRules::tr("%1 (所得割 %2 yen)").arg(who, yen(member.incomeLevy)));
    }
    trail.say(
        BurdenRules::tr("Household members counted: %1.").arg(counted.join(QStringLiteral(", "))));
    trail.say(useMax
                  ? BurdenRules::tr("Highest 所得割 in the household: %1 yen.").arg(yen(combined))
                  : BurdenRules::tr("所得割 of the household, summed: %1 yen.").arg(yen(combined)));
    return combined;
}

/// The setting as a person reads it in the explanation.
QString settingLabel(Setting setting)
{
    switch (setting) {
    case Setting::Home:
        return BurdenRules::tr("living at home");
    case Setting::Day:
        return BurdenRules::tr("day services");
    case Setting::Residential:
        return BurdenRules::tr("residential facility");
    case Setting::GroupHome:
        return BurdenRules::tr("group home");
    case Setting::None:
        break;
    }
    return BurdenRules::tr("not given");
}

Status evaluateWelfare(const BurdenRequest& request, Trail& t, BurdenEvaluation& e)
{
    const int age = BurdenRules::ageOn(request.birthDate, request.asOf);
    const bool residential =
        request.setting == Setting::Residential || request.setting == Setting::GroupHome;
    const qint64 adultAge = t.amount("welfare.adult_age");
    bool child = age < adultAge;
    if (!child && request.setting == Setting::Residential &&
        age < t.amount("welfare.residential_child_until_age")) {
        child = true;
        t.cite("welfare.residential_child_until_age",
               BurdenRules::tr("Age %1 in a residential facility counts as 障害児 below age")
                   .arg(age));
    }
    if (child && request.setting == Setting::GroupHome)
        return invalid(BurdenRules::tr("setting: group_home is a setting for adults (age %1 or "
                                       "over); the applicant is %2.")
                           .arg(adultAge)
                           .arg(age));
    t.say(child ? BurdenRules::tr("The applicant (age %1) is assessed as 障害児, setting %2.")
                      .arg(age)
                      .arg(settingLabel(request.setting))
                : BurdenRules::tr("The applicant (age %1) is assessed as 障害者, setting %2.")
                      .arg(age)
                      .arg(settingLabel(request.setting)));
    e.copayPercent = int(t.cite("welfare.copay_percent", BurdenRules::tr("Copay percentage")));
    if (request.publicAssistance) {
        e.incomeCategory = QStringLiteral("public_assistance");
        e.monthlyCap = t.cite("welfare.cap.public_assistance",
                              BurdenRules::tr("生活保護 household: monthly cap"));
        return {};
    }
    if (allTaxExempt(request.members)) {
        e.incomeCategory = QStringLiteral("low_income");
        t.say(BurdenRules::tr("Every member counted is 非課税."));
        e.monthlyCap = t.cite("welfare.cap.low_income", BurdenRules::tr("低所得: monthly cap"));
        return {};
    }
    const qint64 levy = combinedLevy(request.members, t.amount("welfare.levy_aggregation") == 1, t);
    if (child) {
        const qint64 line = t.cite("welfare.child_general_1_levy_below",
                                   BurdenRules::tr("一般1 for 障害児 below 所得割"));
        if (levy < line) {
            e.incomeCategory = QStringLiteral("general_1");
            e.monthlyCap = residential
                               ? t.cite("welfare.cap.general_1_child_residential",
                                        BurdenRules::tr("一般1 障害児 入所: monthly cap"))
                               : t.cite("welfare.cap.general_1_child_home",
                                        BurdenRules::tr("一般1 障害児 通所・在宅: monthly cap"));
            return {};
        }
        t.say(BurdenRules::tr("%1 yen is not below %2 yen.").arg(yen(levy), yen(line)));
    } else if (residential && t.amount("welfare.adult_residential_general_1") == 0) {
        t.cite("welfare.adult_residential_general_1",
               BurdenRules::tr("一般1 for adults in 入所・GH (taxed households are 一般2)"));
    } else {
        const qint64 line = t.cite("welfare.adult_general_1_levy_below",
                                   BurdenRules::tr("一般1 for 障害者 below 所得割"));
        if (levy < line) {
            e.incomeCategory = QStringLiteral("general_1");
            e.monthlyCap = t.cite("welfare.cap.general_1_adult_home",
                                  BurdenRules::tr("一般1 障害者 在宅・通所: monthly cap"));
            return {};
        }
        t.say(BurdenRules::tr("%1 yen is not below %2 yen.").arg(yen(levy), yen(line)));
    }
    e.incomeCategory = QStringLiteral("general_2");
    e.monthlyCap = t.cite("welfare.cap.general_2", BurdenRules::tr("一般2: monthly cap"));
    return {};
}

Status evaluateMedical(const BurdenRequest& request, Trail& t, BurdenEvaluation& e)
{
    const bool childMedical = request.benefit == Benefit::MedicalChild;
    e.copayPercent = int(t.cite("medical.copay_percent", BurdenRules::tr("Copay percentage")));
    if (request.severeContinuous)
        t.say(BurdenRules::tr("The applicant is 重度かつ継続."));
    if (request.publicAssistance) {
        e.incomeCategory = QStringLiteral("public_assistance");
        e.monthlyCap = t.cite("medical.cap.public_assistance",
                              BurdenRules::tr("生活保護 household: monthly cap"));
        return {};
    }
    if (allTaxExempt(request.members)) {
        t.say(BurdenRules::tr("Every member counted is 非課税."));
        if (!request.income)
            return invalid(BurdenRules::tr("applicant.income is needed for the 低所得1/2 line."));
        if (BurdenRules::ageOn(request.birthDate, request.asOf) < 18)
            t.say(BurdenRules::tr("The patient is under 18: income is the 保護者's income."));
        const qint64 line =
            t.cite("medical.low_income_1_income_max", BurdenRules::tr("低所得1 up to 本人収入"));
        if (*request.income <= line) {
            t.say(BurdenRules::tr("Income %1 yen is at most %2 yen.")
                      .arg(yen(*request.income), yen(line)));
            e.incomeCategory = QStringLiteral("low_income_1");
            e.monthlyCap =
                t.cite("medical.cap.low_income_1", BurdenRules::tr("低所得1: monthly cap"));
        } else {
            t.say(BurdenRules::tr("Income %1 yen is over %2 yen.")
                      .arg(yen(*request.income), yen(line)));
            e.incomeCategory = QStringLiteral("low_income_2");
            e.monthlyCap =
                t.cite("medical.cap.low_income_2", BurdenRules::tr("低所得2: monthly cap"));
        }
        return {};
    }
    const qint64 levy = combinedLevy(request.members, t.amount("medical.levy_aggregation") == 1, t);
    const QDate until = t.row("medical.transitional_until").date;
    const bool transitional = request.asOf <= until;
    const qint64 line1 =
        t.cite("medical.middle_1_levy_below", BurdenRules::tr("中間所得1 below 所得割"));
    const qint64 line2 = levy < line1 ? 0
                                      : t.cite("medical.middle_2_levy_below",
                                               BurdenRules::tr("中間所得2 below 所得割"));
    const auto citeTransitional = [&] {
        t.cite("medical.transitional_until", transitional
                                                 ? BurdenRules::tr("経過的特例 in effect until")
                                                 : BurdenRules::tr("経過的特例 ended on"));
    };
    if (levy < line1 || levy < line2) {
        const bool first = levy < line1;
        e.incomeCategory = first ? QStringLiteral("middle_1") : QStringLiteral("middle_2");
        if (childMedical && transitional) {
            citeTransitional();
            e.monthlyCap =
                first ? t.cite("medical.cap.child_middle_1_transitional",
                               BurdenRules::tr("育成医療 経過措置 中間所得1: monthly cap"))
                      : t.cite("medical.cap.child_middle_2_transitional",
                               BurdenRules::tr("育成医療 経過措置 中間所得2: monthly cap"));
        } else if (request.severeContinuous) {
            if (childMedical)
                citeTransitional();
            e.monthlyCap = first ? t.cite("medical.cap.middle_1_severe",
                                          BurdenRules::tr("中間所得1 重度かつ継続: monthly cap"))
                                 : t.cite("medical.cap.middle_2_severe",
                                          BurdenRules::tr("中間所得2 重度かつ継続: monthly cap"));
        } else {
            if (childMedical)
                citeTransitional();
            e.monthlyCap.reset();
            t.say(BurdenRules::tr("The monthly cap is the health insurance's 高額療養費 limit."));
        }
        return {};
    }
    t.say(BurdenRules::tr("%1 yen is not below %2 yen: 一定所得以上.").arg(yen(levy), yen(line2)));
    e.incomeCategory = QStringLiteral("high");
    if (!request.severeContinuous) {
        t.say(BurdenRules::tr("一定所得以上 is not eligible unless 重度かつ継続."));
        e.eligible = false;
    } else {
        citeTransitional();
        if (transitional) {
            e.monthlyCap =
                t.cite("medical.cap.high_severe_transitional",
                       BurdenRules::tr("一定所得以上 重度かつ継続 (経過的特例): monthly cap"));
        } else {
            t.say(BurdenRules::tr("一定所得以上 is not eligible after the 経過的特例."));
            e.eligible = false;
        }
    }
    if (!e.eligible) {
        e.monthlyCap.reset();
        e.copayPercent.reset();
    }
    return {};
}

Status evaluateProsthetic(const BurdenRequest& request, Trail& t, BurdenEvaluation& e)
{
    const int age = BurdenRules::ageOn(request.birthDate, request.asOf);
    const bool child = age < t.amount("prosthetic.adult_age");
    t.say(child ? BurdenRules::tr("The applicant (age %1) is assessed as 障害児.").arg(age)
                : BurdenRules::tr("The applicant (age %1) is assessed as 障害者.").arg(age));
    const qint64 percent = t.cite("prosthetic.copay_percent", BurdenRules::tr("Copay percentage"));
    e.copayPercent = int(percent);
    if (request.publicAssistance) {
        e.incomeCategory = QStringLiteral("public_assistance");
        e.monthlyCap = t.cite("prosthetic.cap.public_assistance",
                              BurdenRules::tr("生活保護 household: monthly cap"));
    } else if (allTaxExempt(request.members)) {
        e.incomeCategory = QStringLiteral("low_income");
        t.say(BurdenRules::tr("Every member counted is 非課税."));
        e.monthlyCap = t.cite("prosthetic.cap.low_income", BurdenRules::tr("低所得: monthly cap"));
    } else {
        e.incomeCategory = QStringLiteral("general");
        const qint64 levy =
            combinedLevy(request.members, t.amount("prosthetic.levy_aggregation") == 1, t);
        const qint64 limit =
            t.cite("prosthetic.income_limit_levy", BurdenRules::tr("Not eligible from 所得割"));
        bool limited = levy >= limit;
        if (limited && child)
            limited = t.cite("prosthetic.income_limit_for_children",
                             BurdenRules::tr("Income limit applies to 障害児")) == 1;
        if (limited) {
            t.say(BurdenRules::tr("%1 yen reaches %2 yen: 補装具費 is not paid; the whole cost "
                                  "is the applicant's.")
                      .arg(yen(levy), yen(limit)));
            e.eligible = false;
            e.copayPercent.reset();
            e.copay = request.deviceCost;
            return {};
        }
        e.monthlyCap = t.cite("prosthetic.cap.general", BurdenRules::tr("一般: monthly cap"));
    }
    // 1割 of the cost in whole yen (fractions dropped), never above the cap.
    const qint64 share = request.deviceCost * percent / 100;
    e.copay = std::min(share, *e.monthlyCap);
    t.say(BurdenRules::tr("Copay: %1 yen (%2 percent of %3 yen, capped at %4 yen).")
              .arg(yen(*e.copay), QString::number(percent), yen(request.deviceCost),
                   yen(*e.monthlyCap)));
    return {};
}

} // namespace

int BurdenRules::ageOn(QDate birthDate, QDate day)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

Result<BurdenEvaluation> BurdenRules::evaluate(const BurdenRequest& request)
{
    const Result<RuleBook>& book = RuleBook::builtIn();
    if (!book)
        return Error{ErrorCode::Internal, book.message()};
    return evaluate(request, book.value());
}

Result<BurdenEvaluation> BurdenRules::evaluate(const BurdenRequest& request, const RuleBook& book)
{
    if (!request.asOf.isValid())
        return invalid(tr("as_of is not a valid date."));
    if (!request.birthDate.isValid() || request.birthDate > request.asOf)
        return invalid(tr("applicant.birth_date must be a date on or before as_of."));
    if (request.members.isEmpty())
        return invalid(tr("household.members must list at least the applicant."));
    for (qsizetype i = 0; i < request.members.size(); ++i) {
        const HouseholdMember& member = request.members.at(i);
        if (member.incomeLevy < 0)
            return invalid(tr("household.members[%1].income_levy must not be negative.").arg(i));
        if (member.taxExempt && member.incomeLevy != 0)
            return invalid(tr("household.members[%1].income_levy must be 0 for a tax_exempt "
                              "member.")
                               .arg(i));
    }
    if (request.income && *request.income < 0)
        return invalid(tr("applicant.income must not be negative."));
    if (request.deviceCost < 0)
        return invalid(tr("device_cost must not be negative."));

    const RuleTable* table = nullptr;
    switch (request.benefit) {
    case Benefit::WelfareService:
        if (request.setting == Setting::None)
            return invalid(tr("setting is needed for welfare_service."));
        table = &book.welfareService();
        break;
    case Benefit::MedicalPsychiatric:
    case Benefit::MedicalRehabilitation:
    case Benefit::MedicalChild:
        table = &book.medical();
        break;
    case Benefit::Prosthetic:
        table = &book.prosthetic();
        break;
    }
    BurdenEvaluation evaluation;
    Trail trail(*table, request.asOf, evaluation);
    if (Status complete = trail.complete(RuleBook::schema(table->family())); !complete)
        return complete.error();
    evaluation.ruleVersion = table->version(request.asOf);
    Status status;
    switch (request.benefit) {
    case Benefit::WelfareService:
        status = evaluateWelfare(request, trail, evaluation);
        break;
    case Benefit::MedicalPsychiatric:
    case Benefit::MedicalRehabilitation:
    case Benefit::MedicalChild:
        status = evaluateMedical(request, trail, evaluation);
        break;
    case Benefit::Prosthetic:
        status = evaluateProsthetic(request, trail, evaluation);
        break;
    }
    if (!status)
        return status.error();
    return evaluation;
}

namespace {

/// Reads fields of the request, naming the field (as a JSON path) in every error.
struct Fields
{
    Error missing(const QString& path) const
    {
        return invalid(BurdenRules::tr("The request field %1 is missing.").arg(path));
    }
    Error wrong(const QString& path, const QString& expected) const
    {
        return invalid(BurdenRules::tr("The request field %1 must be %2.").arg(path, expected));
    }
    Result<bool> boolean(const QJsonObject& o, const QString& key, const QString& path) const
    {
        if (!o.contains(key))
            return missing(path);
        if (!o.value(key).isBool())
            return wrong(path, BurdenRules::tr("true or false"));
        return o.value(key).toBool();
    }
    Result<qint64> yenAmount(const QJsonObject& o, const QString& key, const QString& path) const
    {
        if (!o.contains(key))
            return missing(path);
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1e12 || std::floor(d) != d)
            return wrong(path, BurdenRules::tr("a whole number of yen, 0 or more"));
        return qint64(d);
    }
    Result<QDate> date(const QJsonObject& o, const QString& key, const QString& path) const
    {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!o.contains(key))
            return missing(path);
        const QString text = o.value(key).toString();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!o.value(key).isString() || !pattern.match(text).hasMatch() || !day.isValid())
            return wrong(path, BurdenRules::tr("a date as YYYY-MM-DD"));
        return day;
    }
    Result<QJsonObject> object(const QJsonObject& o, const QString& key, const QString& path) const
    {
        if (!o.contains(key))
            return missing(path);
        if (!o.value(key).isObject())
            return wrong(path, BurdenRules::tr("an object"));
        return o.value(key).toObject();
    }
};

} // namespace

Result<BurdenRequest> BurdenRules::requestFromJson(const QJsonObject& root)
{
    const Fields f;
    BurdenRequest request;
    const auto s = [](const char* text) { return QString::fromLatin1(text); };

    if (!root.contains(s("benefit")))
        return f.missing(s("benefit"));
    const QString benefit = root.value(s("benefit")).toString();
    static const QList<std::pair<QString, Benefit>> benefits{
        {QStringLiteral("welfare_service"), Benefit::WelfareService},
        {QStringLiteral("medical_psychiatric"), Benefit::MedicalPsychiatric},
        {QStringLiteral("medical_rehabilitation"), Benefit::MedicalRehabilitation},
        {QStringLiteral("medical_child"), Benefit::MedicalChild},
        {QStringLiteral("prosthetic"), Benefit::Prosthetic}};
    const auto found = std::find_if(benefits.cbegin(), benefits.cend(),
                                    [&](const auto& pair) { return pair.first == benefit; });
    if (found == benefits.cend())
        return f.wrong(s("benefit"), tr("one of welfare_service, medical_psychiatric, "
                                        "medical_rehabilitation, medical_child, prosthetic"));
    request.benefit = found->second;
    const bool medical = request.benefit == Benefit::MedicalPsychiatric ||
                         request.benefit == Benefit::MedicalRehabilitation ||
                         request.benefit == Benefit::MedicalChild;

    auto asOf = f.date(root, s("as_of"), s("as_of"));
    if (!asOf)
        return asOf.error();
    request.asOf = asOf.value();

    auto applicant = f.object(root, s("applicant"), s("applicant"));
    if (!applicant)
        return applicant.error();
    auto birth = f.date(applicant.value(), s("birth_date"), s("applicant.birth_date"));
    if (!birth)
        return birth.error();
    request.birthDate = birth.value();
    if (medical || applicant->contains(s("income"))) {
        auto income = f.yenAmount(applicant.value(), s("income"), s("applicant.income"));
        if (!income)
            return income.error();
        request.income = income.value();
    }

    auto household = f.object(root, s("household"), s("household"));
    if (!household)
        return household.error();
    auto assistance =
        f.boolean(household.value(), s("public_assistance"), s("household.public_assistance"));
    if (!assistance)
        return assistance.error();
    request.publicAssistance = assistance.value();
    if (!household->contains(s("members")))
        return f.missing(s("household.members"));
    if (!household->value(s("members")).isArray() ||
        household->value(s("members")).toArray().isEmpty())
        return f.wrong(s("household.members"), tr("a non-empty array of members"));
    const QJsonArray members = household->value(s("members")).toArray();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString path = QStringLiteral("household.members[%1]").arg(i);
        if (!members.at(i).isObject())
            return f.wrong(path, tr("an object"));
        const QJsonObject m = members.at(i).toObject();
        HouseholdMember member;
        const QString relation = m.value(s("relation")).toString();
        if (!m.contains(s("relation")))
            return f.missing(path + s(".relation"));
        if (!QRegularExpression(QStringLiteral("^[a-z_]{1,32}$")).match(relation).hasMatch())
            return f.wrong(path + s(".relation"), tr("a word such as self, spouse or guardian"));
        member.relation = relation;
        auto exempt = f.boolean(m, s("tax_exempt"), path + s(".tax_exempt"));
        if (!exempt)
            return exempt.error();
        member.taxExempt = exempt.value();
        auto levy = f.yenAmount(m, s("income_levy"), path + s(".income_levy"));
        if (!levy)
            return levy.error();
        member.incomeLevy = levy.value();
        request.members << member;
    }

    if (request.benefit == Benefit::WelfareService) {
        if (!root.contains(s("setting")))
            return f.missing(s("setting"));
        const QString setting = root.value(s("setting")).toString();
        if (setting == u"home")
            request.setting = Setting::Home;
        else if (setting == u"day")
            request.setting = Setting::Day;
        else if (setting == u"residential")
            request.setting = Setting::Residential;
        else if (setting == u"group_home")
            request.setting = Setting::GroupHome;
        else
            return f.wrong(s("setting"), tr("one of home, day, residential, group_home"));
    }
    if (medical) {
        if (!root.contains(s("severe_continuous")))
            return f.missing(s("severe_continuous"));
        auto severe = f.boolean(root, s("severe_continuous"), s("severe_continuous"));
        if (!severe)
            return severe.error();
        request.severeContinuous = severe.value();
    }
    if (request.benefit == Benefit::Prosthetic) {
        auto cost = f.yenAmount(root, s("device_cost"), s("device_cost"));
        if (!cost)
            return cost.error();
        request.deviceCost = cost.value();
    }
    return request;
}

QJsonObject BurdenRules::toJson(const BurdenEvaluation& e)
{
    const auto optionalYen = [](const std::optional<qint64>& value) {
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("eligible"), e.eligible},
                       {QStringLiteral("income_category"), e.incomeCategory},
                       {QStringLiteral("monthly_cap"), optionalYen(e.monthlyCap)},
                       {QStringLiteral("copay_rate"), e.copayPercent
                                                          ? QJsonValue(*e.copayPercent / 100.0)
                                                          : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("copay"), optionalYen(e.copay)},
                       {QStringLiteral("rule_version"), e.ruleVersion},
                       {QStringLiteral("explanation"), QJsonArray::fromStringList(e.explanation)}};
}

QString BurdenRules::incomeCategoryLabel(const QString& code)
{
    if (code == u"public_assistance")
        return tr("Public assistance");
    if (code == u"low_income")
        return tr("Low income");
    if (code == u"low_income_1")
        return tr("Low income 1");
    if (code == u"low_income_2")
        return tr("Low income 2");
    if (code == u"general")
        return tr("General");
    if (code == u"general_1")
        return tr("General 1");
    if (code == u"general_2")
        return tr("General 2");
    if (code == u"middle_1")
        return tr("Middle income 1");
    if (code == u"middle_2")
        return tr("Middle income 2");
    if (code == u"high")
        return tr("Income above the set level");
    return code;
}

QString BurdenRules::relationLabel(const QString& code)
{
    if (code == u"self")
        return tr("Applicant");
    if (code == u"spouse")
        return tr("Spouse");
    if (code == u"guardian")
        return tr("Guardian");
    if (code == u"parent")
        return tr("Parent");
    if (code == u"child")
        return tr("Child");
    return code;
}

} // namespace madoguchi::rules
