// SPDX-License-Identifier: GPL-3.0-or-later
// Requests and lookups shared by the rules tests.
#pragma once

#include "rules/BurdenRules.h"

#include <QDate>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

#include <optional>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace madoguchi::rulestest {

using rules::Benefit;
using rules::BurdenEvaluation;
using rules::BurdenRequest;
using rules::BurdenRules;
using rules::HouseholdMember;
using rules::Setting;

inline QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// A taxed household of the applicant alone, or with a spouse.
inline BurdenRequest request(Benefit benefit, const char* asOf, const char* birth, qint64 levy,
                             std::optional<qint64> spouseLevy = std::nullopt)
{
    BurdenRequest r;
    r.benefit = benefit;
    r.asOf = day(asOf);
    r.birthDate = day(birth);
    r.income = 1000000;
    r.members << HouseholdMember{QStringLiteral("self"), false, levy};
    if (spouseLevy)
        r.members << HouseholdMember{QStringLiteral("spouse"), false, *spouseLevy};
    r.setting = benefit == Benefit::WelfareService ? Setting::Home : Setting::None;
    return r;
}

inline BurdenRequest exempt(BurdenRequest r)
{
    for (HouseholdMember& m : r.members) {
        m.taxExempt = true;
        m.incomeLevy = 0;
    }
    return r;
}

inline BurdenEvaluation eval(const BurdenRequest& r)
{
    auto result = BurdenRules::evaluate(r);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

inline QString shipped(const char* family)
{
    QFile file(QStringLiteral(":/rules/%1.tsv").arg(QString::fromLatin1(family)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

inline bool explains(const BurdenEvaluation& e, const QString& part)
{
    for (const QString& line : e.explanation)
        if (line.contains(part))
            return true;
    return false;
}

} // namespace madoguchi::rulestest
