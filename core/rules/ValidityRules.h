// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::rules {

/// How a validity period's end follows from its start.
enum class PeriodShape
{
    MonthsPlusRestOfMonth, // N months plus the rest of the decision month (exactly N from the 1st)
    ExactMonths,           // N months, ending the day before the same day N months later
};

/// One dated row of resources/rules/validity.tsv.
struct ValidityRule
{
    QString kind; // support_category, a service code, or medical_psychiatric/_rehabilitation/_child
    int minMonths = 0;
    int maxMonths = 0;
    int defaultMonths = 0;
    PeriodShape shape = PeriodShape::MonthsPlusRestOfMonth;
    bool provisional = false; // 暫定支給決定 possible
    QDate effectiveFrom;
    QString source;
    int line = 0;
};

/// A computed validity period and why.
struct ValidityPeriod
{
    QDate start;
    QDate end; // last valid day
    int months = 0;
    QString ruleVersion;
    QStringList explanation;
};

/// 有効期間 (rules.md §2, §6, §7) over the dated validity table.
class ValidityRules
{
    Q_DECLARE_TR_FUNCTIONS(ValidityRules)

public:
    /// InvalidInput naming the line for anything malformed.
    static Result<ValidityRules> parse(const QString& text);
    /// The shipped :/rules/validity.tsv, loaded once.
    static const Result<ValidityRules>& builtIn();

    /// The row for kind in effect on day; nullptr if none.
    const ValidityRule* find(const QString& kind, QDate day) const;
    /// The period of a decision of kind starting on start: months (default: the row's default)
    /// must lie within the row's range. InvalidInput naming the kind or the months otherwise.
    Result<ValidityPeriod> period(const QString& kind, QDate start,
                                  std::optional<int> months = std::nullopt) const;
    /// 暫定支給決定: from start to the end of the following month, for services that allow it.
    Result<ValidityPeriod> provisionalPeriod(const QString& service, QDate start) const;

    /// The last valid day of a period of months starting on start.
    static QDate endOf(QDate start, int months, PeriodShape shape);

private:
    QList<ValidityRule> m_rules;
    QString m_digest;
};

} // namespace madoguchi::rules
