// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SearchQuery.h"

#include "japanese/Wareki.h"
#include "registry/NameKeys.h"

#include <QRegularExpression>

namespace madoguchi::registry {

namespace {

bool isPhoneOrNumberText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9()+\\- ]+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString searchKindCode(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Kana:
        return QStringLiteral("kana");
    case SearchKind::KanjiName:
        return QStringLiteral("kanji_name");
    case SearchKind::AtenaNumber:
        return QStringLiteral("atena_number");
    case SearchKind::BirthDate:
        return QStringLiteral("birth_date");
    case SearchKind::Phone:
        return QStringLiteral("phone");
    case SearchKind::None:
        break;
    }
    return QStringLiteral("none");
}

QDate parseDateInput(QStringView text)
{
    const auto parsed = japanese::Wareki::parse(text);
    return parsed ? parsed.value() : QDate();
}

SearchQuery SearchQuery::classify(QStringView input)
{
    const QString text = input.toString().normalized(QString::NormalizationForm_KC).trimmed();
    SearchQuery query;
    if (text.isEmpty())
        return query;
    if (NameKeys::isKana(text)) {
        query.kind = SearchKind::Kana;
        query.key = NameKeys::kanaKey(text);
        return query;
    }
    // Dates before numbers: 20250718 is a birth date, not a 宛名番号 prefix.
    if (const QDate date = parseDateInput(text); date.isValid()) {
        query.kind = SearchKind::BirthDate;
        query.date = date;
        query.key = date.toString(Qt::ISODate);
        return query;
    }
    // A western date being typed (2025-07, 1950/4): nothing to look up yet.
    static const QRegularExpression partialDate(
        QStringLiteral("^[12][0-9]{3}([-/.年]([0-9]{1,2}([-/.月]([0-9]{1,2}日?)?)?)?)$"));
    if (text.size() > 4 && partialDate.match(text).hasMatch())
        return query;
    if (isPhoneOrNumberText(text)) {
        const QString digits = NameKeys::digitsKey(text);
        if (digits.isEmpty())
            return query;
        const bool phone = digits.startsWith(u'0') || text.contains(u'-') || text.contains(u'(') ||
                           text.contains(u'+') || digits.size() > kAtenaNumberLength;
        query.kind = phone ? SearchKind::Phone : SearchKind::AtenaNumber;
        query.key = digits;
        return query;
    }
    query.key = NameKeys::nameKey(text);
    query.kind = query.key.isEmpty() ? SearchKind::None : SearchKind::KanjiName;
    return query;
}

} // namespace madoguchi::registry
