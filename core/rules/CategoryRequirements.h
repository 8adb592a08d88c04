// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::rules {

/// One dated row of resources/rules/support_category_requirements.tsv.
struct CategoryRequirement
{
    QString service;
    int minCategory = 0;       // 障害支援区分 1–6; 0 = 区分要件なし
    int minCategoryFrom50 = 0; // for applicants aged 50 or over
    QStringList conditions;    // must also hold (checked by staff, not here)
    int altMinCategory = -1;   // a lower 区分 allowed when altCondition holds; -1 = none
    QString altCondition;
    QDate effectiveFrom;
    QString source;
    int line = 0;
};

/// What a 区分 means for a service.
struct CategoryCheck
{
    enum class Outcome
    {
        Meets,   // the 区分 is enough; conditions (if any) must still be confirmed
        MeetsIf, // enough only under the alternative condition
        DoesNotMeet,
    };
    Outcome outcome = Outcome::DoesNotMeet;
    int requiredCategory = 0;
    QStringList conditions; // to confirm: the row's conditions, or its alternative condition
    QStringList explanation;
};

/// Which 障害支援区分 each 介護給付 service requires (rules.md §6).
class CategoryRequirements
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRequirements)

public:
    /// InvalidInput naming the line for anything malformed.
    static Result<CategoryRequirements> parse(const QString& text);
    static const Result<CategoryRequirements>& builtIn();

    const CategoryRequirement* find(const QString& service, QDate day) const;
    /// category: 0 = 非該当, 1–6. InvalidInput for an unknown service or category.
    Result<CategoryCheck> check(const QString& service, int category, int age, QDate day) const;

private:
    QList<CategoryRequirement> m_rows;
};

} // namespace madoguchi::rules
