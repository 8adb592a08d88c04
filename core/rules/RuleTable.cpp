// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleTable.h"

#include "base/TsvTable.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
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

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

const QStringList kFamilies{QStringLiteral("welfare_service"), QStringLiteral("medical"),
                            QStringLiteral("prosthetic")};

} // namespace

Result<RuleTable> RuleTable::parse(const QString& family, const QString& text,
                                   const QList<KeySpec>& schema)
{
    static const QRegularExpression amountPattern(QStringLiteral("^\\d{1,12}$"));
    QHash<QString, RuleValueType> types;
    for (const KeySpec& spec : schema)
        types.insert(spec.key, spec.type);
    RuleTable table;
    table.m_family = family;
    table.m_digest = QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QSet<QString> seen;
    QSet<QString> keyDates;
    const QString label = tr("Rule table %1").arg(family);
    auto rows = TsvTable::parse(text, label,
                                {QStringLiteral("key"), QStringLiteral("value"),
                                 QStringLiteral("effective_from"), QStringLiteral("source")});
    if (!rows)
        return rows.error();
    for (const TsvTable::Row& tsvRow : std::as_const(rows.value())) {
        const QStringList& cells = tsvRow.cells;
        const int lineNumber = tsvRow.line;
        auto bad = [&](const QString& reason) {
            return TsvTable::lineError(label, lineNumber, reason);
        };
        RuleRow row;
        row.key = cells.at(0);
        row.text = cells.at(1);
        row.line = lineNumber;
        const auto type = types.constFind(row.key);
        if (type == types.cend())
            return bad(tr("unknown key '%1'").arg(row.key));
        switch (*type) {
        case RuleValueType::Amount:
        case RuleValueType::Percent:
            if (!amountPattern.match(row.text).hasMatch())
                return bad(tr("%1: the value '%2' is not a whole number").arg(row.key, row.text));
            row.amount = row.text.toLongLong();
            if (*type == RuleValueType::Percent && row.amount > 100)
                return bad(tr("%1: the percentage %2 is over 100").arg(row.key, row.text));
            break;
        case RuleValueType::Date:
            row.date = parseIsoDay(row.text);
            if (!row.date.isValid())
                return bad(
                    tr("%1: the value '%2' is not a date (YYYY-MM-DD)").arg(row.key, row.text));
            break;
        case RuleValueType::Flag:
            if (row.text != u"yes" && row.text != u"no")
                return bad(tr("%1: the value '%2' is neither yes nor no").arg(row.key, row.text));
            row.amount = row.text == u"yes" ? 1 : 0;
            break;
        case RuleValueType::Aggregation:
            if (row.text != u"sum" && row.text != u"max")
                return bad(tr("%1: the value '%2' is neither sum nor max").arg(row.key, row.text));
            row.amount = row.text == u"max" ? 1 : 0;
            break;
        }
        row.effectiveFrom = parseIsoDay(cells.at(2));
        if (!row.effectiveFrom.isValid())
            return bad(
                tr("%1: effective_from '%2' is not a date (YYYY-MM-DD)").arg(row.key, cells.at(2)));
        row.source = cells.at(3);
        if (!row.source.contains(QStringLiteral("https://")) &&
            !row.source.contains(QStringLiteral("http://")))
            return bad(
                tr("%1: the source names no page (http:// or https:// address)").arg(row.key));
        const QString keyDate = row.key + u'@' + cells.at(2);
        if (keyDates.contains(keyDate))
            return bad(tr("%1 has two rows taking effect on %2").arg(row.key, cells.at(2)));
        keyDates.insert(keyDate);
        seen.insert(row.key);
        table.m_rows << row;
    }
    for (const KeySpec& spec : schema)
        if (!seen.contains(spec.key))
            return invalid(tr("Rule table %1 has no row for %2.").arg(family, spec.key));
    return table;
}

const RuleRow* RuleTable::find(const QString& key, QDate asOf) const
{
    const RuleRow* best = nullptr;
    for (const RuleRow& row : m_rows)
        if (row.key == key && row.effectiveFrom <= asOf &&
            (!best || row.effectiveFrom > best->effectiveFrom))
            best = &row;
    return best;
}

QString RuleTable::version(QDate asOf) const
{
    QDate latest;
    for (const RuleRow& row : m_rows)
        if (row.effectiveFrom <= asOf && (!latest.isValid() || row.effectiveFrom > latest))
            latest = row.effectiveFrom;
    return m_family + u'/' +
           (latest.isValid() ? latest.toString(Qt::ISODate) : QStringLiteral("-")) + u'/' +
           m_digest;
}

QList<RuleTable::KeySpec> RuleBook::schema(const QString& family)
{
    using T = RuleValueType;
    const auto spec = [](const char* key, T type) {
        return RuleTable::KeySpec{QString::fromLatin1(key), type};
    };
    if (family == u"welfare_service")
        return {spec("welfare.copay_percent", T::Percent),
                spec("welfare.levy_aggregation", T::Aggregation),
                spec("welfare.adult_age", T::Amount),
                spec("welfare.residential_child_until_age", T::Amount),
                spec("welfare.adult_general_1_levy_below", T::Amount),
                spec("welfare.child_general_1_levy_below", T::Amount),
                spec("welfare.cap.public_assistance", T::Amount),
                spec("welfare.cap.low_income", T::Amount),
                spec("welfare.cap.general_1_adult_home", T::Amount),
                spec("welfare.cap.general_1_child_home", T::Amount),
                spec("welfare.cap.general_1_child_residential", T::Amount),
                spec("welfare.cap.general_2", T::Amount),
                spec("welfare.adult_residential_general_1", T::Flag)};
    if (family == u"medical")
        return {spec("medical.copay_percent", T::Percent),
                spec("medical.levy_aggregation", T::Aggregation),
                spec("medical.low_income_1_income_max", T::Amount),
                spec("medical.middle_1_levy_below", T::Amount),
                spec("medical.middle_2_levy_below", T::Amount),
                spec("medical.cap.public_assistance", T::Amount),
                spec("medical.cap.low_income_1", T::Amount),
                spec("medical.cap.low_income_2", T::Amount),
                spec("medical.cap.middle_1_severe", T::Amount),
                spec("medical.cap.middle_2_severe", T::Amount),
                spec("medical.cap.high_severe_transitional", T::Amount),
                spec("medical.cap.child_middle_1_transitional", T::Amount),
                spec("medical.cap.child_middle_2_transitional", T::Amount),
                spec("medical.transitional_until", T::Date)};
    if (family == u"prosthetic")
        return {spec("prosthetic.copay_percent", T::Percent),
                spec("prosthetic.levy_aggregation", T::Aggregation),
                spec("prosthetic.adult_age", T::Amount),
                spec("prosthetic.cap.public_assistance", T::Amount),
                spec("prosthetic.cap.low_income", T::Amount),
                spec("prosthetic.cap.general", T::Amount),
                spec("prosthetic.income_limit_levy", T::Amount),
                spec("prosthetic.income_limit_for_children", T::Flag)};
    if (family == u"high_cost")
        return {spec("high_cost.base.taxed", T::Amount), spec("high_cost.base.exempt", T::Amount),
                spec("high_cost.claim_years", T::Amount),
                spec("high_cost.welfare_only_uses_highest_cap", T::Flag)};
    return {};
}

Result<RuleBook> RuleBook::fromTexts(const QString& welfareService, const QString& medical,
                                     const QString& prosthetic)
{
    RuleBook book;
    const QStringList texts{welfareService, medical, prosthetic};
    for (qsizetype i = 0; i < kFamilies.size(); ++i) {
        auto table = RuleTable::parse(kFamilies.at(i), texts.at(i), schema(kFamilies.at(i)));
        if (!table)
            return table.error();
        book.m_tables << std::move(table).value();
    }
    return book;
}

Result<RuleBook> RuleBook::load()
{
    QStringList texts;
    for (const QString& family : kFamilies) {
        QFile file(QStringLiteral(":/rules/%1.tsv").arg(family));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal,
                         tr("The rule table %1 is missing from this build.").arg(family)};
        texts << QString::fromUtf8(file.readAll());
    }
    return fromTexts(texts.at(0), texts.at(1), texts.at(2));
}

const Result<RuleBook>& RuleBook::builtIn()
{
    static const Result<RuleBook> book = load();
    return book;
}

} // namespace madoguchi::rules
