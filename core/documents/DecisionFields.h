// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace madoguchi::documents {

/// 所得区分 as printed on certificates and notices (Japanese forms: never translated) for the
/// income category codes rules::BurdenRules evaluates; the code itself when unknown.
QString incomeClassLabel(const QString& code);

/// A decision's stored JSON value as document text: strings as they are, numbers as whole
/// numbers, anything else empty.
QString jsonText(const QJsonValue& value);

/// Copies the named fields a decision carries (in its evaluation, else in its inputs) into a
/// document's fields, and its income category as "income_class" unless the decision gives one.
void addDecisionFields(const QJsonObject& inputs, const QJsonObject& evaluation,
                       const QStringList& names, QHash<QString, QString>* fields);

} // namespace madoguchi::documents
