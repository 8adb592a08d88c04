// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ValidityRules.h"

#include "base/TsvTable.h"

#include <QCryptographicHash>
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

QDate lastDayOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

} // namespace

QDate ValidityRules::endOf(QDate start, int months, PeriodShape shape)
{
    if (shape == PeriodShape::MonthsPlusRestOfMonth && start.day() != 1)
        return lastDayOfMonth(start.addMonths(months));
    return start.addMonths(months).addDays(-1);
}

Result<ValidityRules> ValidityRules::parse(const QString& text)
{
    static const QRegularExpression kindPattern(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    static const QRegularExpression monthsPattern(QStringLiteral("^\\d{1,3}$"));
    const QStringList header{QStringLiteral("kind"),           QStringLiteral("min_months"),
                             QStringLiteral("max_months"),     QStringLiteral("default_months"),
                             QStringLiteral("shape"),          QStringLiteral("provisional"),
                             QStringLiteral("effective_from"), QStringLiteral("source")};
    ValidityRules table;
    table.m_digest = QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QSet<QString> kindDates;
    const QString label = tr("Rule table validity");
    auto rows = TsvTable::parse(text, label, header);
    if (!rows)
        return rows.error();
    for (const TsvTable::Row& tsvRow : std::as_const(rows.value())) {
        const QStringList& cells = tsvRow.cells;
        const int lineNumber = tsvRow.line;
        auto bad = [&](const QString& reason) {
            return TsvTable::lineError(label, lineNumber, reason);
        };
        ValidityRule rule;
        rule.line = lineNumber;
        rule.kind = cells.at(0);
        if (!kindPattern.match(rule.kind).hasMatch())
            return bad(tr("the kind '%1' is not a lower-case code").arg(rule.kind));
        int* const fields[] = {&rule.minMonths, &rule.maxMonths, &rule.defaultMonths};
        for (int c = 0; c < 3; ++c) {
            if (!monthsPattern.match(cells.at(c + 1)).hasMatch() || cells.at(c + 1).toInt() == 0)
                return bad(tr("%1: %2 '%3' is not a number of months from 1")
                               .arg(rule.kind, header.at(c + 1), cells.at(c + 1)));
            *fields[c] = cells.at(c + 1).toInt();
        }
        if (rule.minMonths > rule.maxMonths || rule.defaultMonths < rule.minMonths ||
            rule.defaultMonths > rule.maxMonths)
            return bad(tr("%1: the months must satisfy min ≤ default ≤ max").arg(rule.kind));
        if (cells.at(4) == u"month_rest")
            rule.shape = PeriodShape::MonthsPlusRestOfMonth;
        else if (cells.at(4) == u"exact")
            rule.shape = PeriodShape::ExactMonths;
        else
            return bad(tr("%1: the shape '%2' is neither month_rest nor exact")
                           .arg(rule.kind, cells.at(4)));
        if (cells.at(5) != u"yes" && cells.at(5) != u"no")
            return bad(
                tr("%1: provisional '%2' is neither yes nor no").arg(rule.kind, cells.at(5)));
        rule.provisional = cells.at(5) == u"yes";
        rule.effectiveFrom = parseIsoDay(cells.at(6));
        if (!rule.effectiveFrom.isValid())
            return bad(tr("%1: effective_from '%2' is not a date (YYYY-MM-DD)")
                           .arg(rule.kind, cells.at(6)));
        rule.source = cells.at(7);
        if (!rule.source.contains(QStringLiteral("http://")) &&
            !rule.source.contains(QStringLiteral("https://")) &&
            !rule.source.startsWith(QStringLiteral("unsourced")))
            return bad(tr("%1: the source names no page (an address, or 'unsourced' for a value "
                          "from memory)")
                           .arg(rule.kind));
        const QString kindDate = rule.kind + u'@' + cells.at(6);
        if (kindDates.contains(kindDate))
            return bad(tr("%1 has two rows taking effect on %2").arg(rule.kind, cells.at(6)));
        kindDates.insert(kindDate);
        table.m_rules << rule;
    }
    if (table.m_rules.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The validity rule table lists no row.")};
    return table;
}

const Result<ValidityRules>& ValidityRules::builtIn()
{
    static const Result<ValidityRules> table = []() -> Result<ValidityRules> {
        QFile file(QStringLiteral(":/rules/validity.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal,
                         tr("The rule table validity is missing from this build.")};
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return table;
}

const ValidityRule* ValidityRules::find(const QString& kind, QDate day) const
{
    const ValidityRule* best = nullptr;
    for (const ValidityRule& rule : m_rules)
        if (rule.kind == kind && rule.effectiveFrom <= day &&
            (!best || rule.effectiveFrom > best->effectiveFrom))
            best = &rule;
    return best;
}

Result<ValidityPeriod> ValidityRules::period(const QString& kind, QDate start,
                                             std::optional<int> months) const
{
    if (!start.isValid())
        return Error{ErrorCode::InvalidInput, tr("The start date is not a valid date.")};
    const ValidityRule* rule = find(kind, start);
    if (!rule)
        return Error{ErrorCode::InvalidInput, tr("No validity rule for %1 is in effect on %2.")
                                                  .arg(kind, start.toString(Qt::ISODate))};
    ValidityPeriod period;
    period.start = start;
    period.months = months.value_or(rule->defaultMonths);
    if (period.months < rule->minMonths || period.months > rule->maxMonths)
        return Error{ErrorCode::InvalidInput, tr("months: %1 is outside %2–%3 months for %4.")
                                                  .arg(period.months)
                                                  .arg(rule->minMonths)
                                                  .arg(rule->maxMonths)
                                                  .arg(kind)};
    period.end = endOf(start, period.months, rule->shape);
    period.ruleVersion =
        QStringLiteral("validity/%1/%2").arg(rule->effectiveFrom.toString(Qt::ISODate), m_digest);
    period.explanation << tr("%1: %2–%3 months, %4 by default (rule from %5; %6).")
                              .arg(kind)
                              .arg(rule->minMonths)
                              .arg(rule->maxMonths)
                              .arg(rule->defaultMonths)
                              .arg(rule->effectiveFrom.toString(Qt::ISODate), rule->source)
                       << (rule->shape == PeriodShape::MonthsPlusRestOfMonth && start.day() != 1
                               ? tr("%1 months plus the rest of the decision month: %2 to %3.")
                               : tr("%1 months: %2 to %3."))
                              .arg(period.months)
                              .arg(start.toString(Qt::ISODate), period.end.toString(Qt::ISODate));
    return period;
}

Result<ValidityPeriod> ValidityRules::provisionalPeriod(const QString& service, QDate start) const
{
    if (!start.isValid())
        return Error{ErrorCode::InvalidInput, tr("The start date is not a valid date.")};
    const ValidityRule* rule = find(service, start);
    if (!rule || !rule->provisional)
        return Error{ErrorCode::InvalidInput,
                     tr("%1 has no 暫定支給決定 on %2.").arg(service, start.toString(Qt::ISODate))};
    ValidityPeriod period;
    period.start = start;
    period.end = lastDayOfMonth(start.addMonths(1));
    period.months = 2;
    period.ruleVersion =
        QStringLiteral("validity/%1/%2").arg(rule->effectiveFrom.toString(Qt::ISODate), m_digest);
    period.explanation << tr("暫定支給決定 for %1: to the end of the following month, %2 to %3 "
                             "(rule from %4; %5).")
                              .arg(service, start.toString(Qt::ISODate),
                                   period.end.toString(Qt::ISODate),
                                   rule->effectiveFrom.toString(Qt::ISODate), rule->source);
    return period;
}

} // namespace madoguchi::rules
