// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CategoryRequirements.h"

#include "base/TsvTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace madoguchi::rules {

namespace {

QDate parseIsoDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

/// 0–6, or -1 for anything else.
int categoryValue(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-6]$"));
    return pattern.match(text).hasMatch() ? text.toInt() : -1;
}

} // namespace

Result<CategoryRequirements> CategoryRequirements::parse(const QString& text)
{
    static const QRegularExpression servicePattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    const QStringList header{QStringLiteral("service"),
                             QStringLiteral("min_category"),
                             QStringLiteral("min_category_from_age_50"),
                             QStringLiteral("conditions"),
                             QStringLiteral("alt_min_category"),
                             QStringLiteral("alt_condition"),
                             QStringLiteral("effective_from"),
                             QStringLiteral("source")};
    CategoryRequirements table;
    QSet<QString> serviceDates;
    const QString label = tr("Rule table support_category_requirements");
    auto rows = TsvTable::parse(text, label, header);
    if (!rows)
        return rows.error();
    for (const TsvTable::Row& tsvRow : std::as_const(rows.value())) {
        const QStringList& cells = tsvRow.cells;
        const int lineNumber = tsvRow.line;
        auto bad = [&](const QString& reason) {
            return TsvTable::lineError(label, lineNumber, reason);
        };
        CategoryRequirement row;
        row.line = lineNumber;
        row.service = cells.at(0);
        if (!servicePattern.match(row.service).hasMatch())
            return bad(tr("the service '%1' is not a lower-case code").arg(row.service));
        row.minCategory = categoryValue(cells.at(1));
        if (row.minCategory < 0)
            return bad(tr("%1: min_category '%2' is not 0–6").arg(row.service, cells.at(1)));
        if (cells.at(2) == u"-") {
            row.minCategoryFrom50 = row.minCategory;
        } else {
            row.minCategoryFrom50 = categoryValue(cells.at(2));
            if (row.minCategoryFrom50 < 0 || row.minCategoryFrom50 > row.minCategory)
                return bad(tr("%1: min_category_from_age_50 '%2' is not 0–%3 or '-'")
                               .arg(row.service, cells.at(2))
                               .arg(row.minCategory));
        }
        if (cells.at(3) != u"-")
            row.conditions = cells.at(3).split(QStringLiteral("; "));
        if (cells.at(4) == u"-") {
            if (cells.at(5) != u"-")
                return bad(tr("%1: alt_condition without alt_min_category").arg(row.service));
        } else {
            row.altMinCategory = categoryValue(cells.at(4));
            if (row.altMinCategory < 0 || row.altMinCategory >= row.minCategory)
                return bad(tr("%1: alt_min_category '%2' is not below min_category")
                               .arg(row.service, cells.at(4)));
            if (cells.at(5) == u"-")
                return bad(tr("%1: alt_min_category without alt_condition").arg(row.service));
            row.altCondition = cells.at(5);
        }
        row.effectiveFrom = parseIsoDay(cells.at(6));
        if (!row.effectiveFrom.isValid())
            return bad(tr("%1: effective_from '%2' is not a date (YYYY-MM-DD)")
                           .arg(row.service, cells.at(6)));
        row.source = cells.at(7);
        if (!row.source.contains(QStringLiteral("http://")) &&
            !row.source.contains(QStringLiteral("https://")))
            return bad(
                tr("%1: the source names no page (http:// or https:// address)").arg(row.service));
        const QString key = row.service + u'@' + cells.at(6);
        if (serviceDates.contains(key))
            return bad(tr("%1 has two rows taking effect on %2").arg(row.service, cells.at(6)));
        serviceDates.insert(key);
        table.m_rows << row;
    }
    if (table.m_rows.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("The support category requirement table lists no row.")};
    return table;
}

const Result<CategoryRequirements>& CategoryRequirements::builtIn()
{
    static const Result<CategoryRequirements> table = []() -> Result<CategoryRequirements> {
        QFile file(QStringLiteral(":/rules/support_category_requirements.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal,
                         tr("The rule table support_category_requirements is missing from this "
                            "build.")};
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return table;
}

const CategoryRequirement* CategoryRequirements::find(const QString& service, QDate day) const
{
    const CategoryRequirement* best = nullptr;
    for (const CategoryRequirement& row : m_rows)
        if (row.service == service && row.effectiveFrom <= day &&
            (!best || row.effectiveFrom > best->effectiveFrom))
            best = &row;
    return best;
}

Result<CategoryCheck> CategoryRequirements::check(const QString& service, int category, int age,
                                                  QDate day) const
{
    if (category < 0 || category > 6)
        return Error{ErrorCode::InvalidInput,
                     tr("category: %1 is not 0 (非該当) to 6.").arg(category)};
    const CategoryRequirement* row = find(service, day);
    if (!row)
        return Error{ErrorCode::InvalidInput, tr("service: no 区分 requirement for %1 on %2.")
                                                  .arg(service, day.toString(Qt::ISODate))};
    CategoryCheck result;
    result.requiredCategory = age >= 50 ? row->minCategoryFrom50 : row->minCategory;
    result.explanation << tr("%1 requires 区分%2 or higher%3 (rule from %4; %5).")
                              .arg(service)
                              .arg(result.requiredCategory)
                              .arg(age >= 50 && row->minCategoryFrom50 != row->minCategory
                                       ? tr(" at age 50 or over")
                                       : QString())
                              .arg(row->effectiveFrom.toString(Qt::ISODate), row->source);
    if (category >= result.requiredCategory) {
        result.outcome = CategoryCheck::Outcome::Meets;
        result.conditions = row->conditions;
    } else if (row->altMinCategory >= 0 && category >= row->altMinCategory) {
        result.outcome = CategoryCheck::Outcome::MeetsIf;
        result.conditions = row->conditions;
        result.conditions << row->altCondition;
        result.explanation
            << tr("区分%1 is enough only if: %2.").arg(row->altMinCategory).arg(row->altCondition);
    } else {
        result.outcome = CategoryCheck::Outcome::DoesNotMeet;
        result.explanation << tr("区分%1 is below it.").arg(category);
    }
    if (result.outcome != CategoryCheck::Outcome::DoesNotMeet && !row->conditions.isEmpty())
        result.explanation << tr("Also to confirm: %1.").arg(row->conditions.join(u"; "));
    return result;
}

} // namespace madoguchi::rules
