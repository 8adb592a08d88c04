// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DecisionFields.h"

namespace madoguchi::documents {

QString incomeClassLabel(const QString& code)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("public_assistance"), QStringLiteral("生活保護")},
        {QStringLiteral("low_income"), QStringLiteral("低所得")},
        {QStringLiteral("low_income_1"), QStringLiteral("低所得1")},
        {QStringLiteral("low_income_2"), QStringLiteral("低所得2")},
        {QStringLiteral("general"), QStringLiteral("一般")},
        {QStringLiteral("general_1"), QStringLiteral("一般1")},
        {QStringLiteral("general_2"), QStringLiteral("一般2")},
        {QStringLiteral("middle_1"), QStringLiteral("中間所得1")},
        {QStringLiteral("middle_2"), QStringLiteral("中間所得2")},
        {QStringLiteral("high"), QStringLiteral("一定所得以上")}};
    return labels.value(code, code);
}

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

void addDecisionFields(const QJsonObject& inputs, const QJsonObject& evaluation,
                       const QStringList& names, QHash<QString, QString>* fields)
{
    for (const QString& name : names) {
        QString value = jsonText(evaluation.value(name));
        if (value.isEmpty())
            value = jsonText(inputs.value(name));
        if (!value.isEmpty())
            fields->insert(name, value);
    }
    const QString income = jsonText(evaluation.value(QStringLiteral("income_category")));
    if (!income.isEmpty() && !fields->contains(QStringLiteral("income_class")))
        fields->insert(QStringLiteral("income_class"), incomeClassLabel(income));
}

} // namespace madoguchi::documents
