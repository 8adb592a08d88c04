// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanese/Wareki.h"

#include "base/TsvTable.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace madoguchi::japanese {

Q_LOGGING_CATEGORY(lcWareki, "madoguchi.japanese.wareki")

namespace {

QDate parseIsoDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString isoDay(QDate date)
{
    return date.toString(Qt::ISODate);
}

/// 令和元年5月1日 from parts that need not form a real date (for messages about typed input).
QString eraLabel(const Era& era, int year, int month, int day)
{
    const QString yearText = year == 1 ? QStringLiteral("元") : QString::number(year);
    return era.name + yearText + u'年' + QString::number(month) + u'月' + QString::number(day) +
           u'日';
}

QString westernLabel(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

/// Full-width digits, letters and punctuation (IME input) and square era signs (㍻) to their
/// plain forms; no spaces; the dashes an IME may produce (ー, −, ‐) to '-'.
QString normalizeDateText(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u == u'\u30FC' || (u >= u'\u2010' && u <= u'\u2015') || u == u'\u2212')
            out += u'-';
        else
            out += c;
    }
    return out;
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

} // namespace

// --- EraTable ---------------------------------------------------------------------------------

const EraTable& EraTable::builtIn()
{
    static const EraTable table = [] {
        QFile file(QStringLiteral(":/japanese/eras.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcWareki) << "the era table resource is missing";
            return EraTable();
        }
        auto parsed = parse(QString::fromUtf8(file.readAll()));
        if (!parsed) {
            qCWarning(lcWareki) << "the era table does not load:" << parsed.message();
            return EraTable();
        }
        return std::move(parsed).value();
    }();
    return table;
}

Result<EraTable> EraTable::parse(const QString& text)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z]$"));
    EraTable table;
    QSet<QString> codes;
    QSet<QString> names;
    const QString label = tr("Era table");
    auto rows = TsvTable::parse(text, label,
                                {QStringLiteral("code"), QStringLiteral("name"),
                                 QStringLiteral("first_day"), QStringLiteral("accepted_from")});
    if (!rows)
        return rows.error();
    for (const TsvTable::Row& row : std::as_const(rows.value())) {
        const QStringList& cells = row.cells;
        auto bad = [&](const QString& reason) {
            return TsvTable::lineError(label, row.line, reason);
        };
        Era era;
        if (!codePattern.match(cells.at(0)).hasMatch())
            return bad(tr("the code '%1' is not one capital Latin letter").arg(cells.at(0)));
        era.code = cells.at(0).at(0);
        if (codes.contains(cells.at(0)))
            return bad(tr("the code %1 is listed twice").arg(cells.at(0)));
        era.name = cells.at(1);
        if (era.name.isEmpty())
            return bad(tr("the era name is empty"));
        for (QChar c : era.name)
            if (c.isDigit() || c.isSpace() || c.unicode() < 0x80)
                return bad(tr("the era name '%1' must be written in kanji").arg(era.name));
        if (names.contains(era.name))
            return bad(tr("the era name %1 is listed twice").arg(era.name));
        era.firstDay = parseIsoDay(cells.at(2));
        if (!era.firstDay.isValid())
            return bad(tr("the first day '%1' is not a date (YYYY-MM-DD)").arg(cells.at(2)));
        if (cells.at(3) == u"-") {
            era.acceptedFrom = era.firstDay;
        } else {
            era.acceptedFrom = parseIsoDay(cells.at(3));
            if (!era.acceptedFrom.isValid())
                return bad(tr("accepted_from '%1' is neither '-' nor a date (YYYY-MM-DD)")
                               .arg(cells.at(3)));
            if (era.acceptedFrom < era.firstDay)
                return bad(tr("accepted_from is before the era's first day"));
        }
        if (!table.m_eras.isEmpty()) {
            Era& previous = table.m_eras.last();
            if (era.firstDay <= previous.firstDay)
                return bad(tr("%1 does not begin after %2: eras must be listed oldest first")
                               .arg(era.name, previous.name));
            if (era.firstDay <= previous.acceptedFrom)
                return bad(
                    tr("%1 begins before %2 accepts its first date").arg(era.name, previous.name));
            previous.lastDay = era.firstDay.addDays(-1);
        }
        codes.insert(cells.at(0));
        names.insert(era.name);
        table.m_eras << era;
    }
    if (table.m_eras.isEmpty())
        return invalid(tr("The era table lists no era."));
    return table;
}

const Era* EraTable::find(QStringView codeOrName) const
{
    for (const Era& era : m_eras) {
        if (codeOrName == era.name)
            return &era;
        if (codeOrName.size() == 1 && codeOrName.at(0).toUpper() == era.code)
            return &era;
    }
    return nullptr;
}

const Era* EraTable::eraOf(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    for (auto it = m_eras.crbegin(); it != m_eras.crend(); ++it) {
        if (date >= it->firstDay)
            return date >= it->acceptedFrom ? &*it : nullptr;
    }
    return nullptr;
}

QDate EraTable::earliest() const
{
    return m_eras.isEmpty() ? QDate() : m_eras.first().acceptedFrom;
}

// --- Wareki -----------------------------------------------------------------------------------

namespace {

/// The checks shared by era and western input, after the date is known to exist in the calendar.
std::optional<Error> checkAccepted(const EraTable& table, QDate date, const QString& label)
{
    if (date < table.earliest()) {
        const QDate earliest = table.earliest();
        return invalid(Wareki::tr("%1 is not accepted: the earliest date is %2 (%3), when Japan "
                                  "adopted the Gregorian calendar.")
                           .arg(label, Wareki::formatLong(earliest, table), isoDay(earliest)));
    }
    return std::nullopt;
}

/// Month and day within the calendar; year is the western year.
std::optional<Error> checkCalendar(int year, int month, int day, const QString& label)
{
    if (month < 1 || month > 12)
        return invalid(
            Wareki::tr("%1 does not exist: there is no month %2.").arg(label).arg(month));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days)
        return invalid(Wareki::tr("%1 does not exist: month %2 of %3 has %4 days.")
                           .arg(label)
                           .arg(month)
                           .arg(year)
                           .arg(days));
    return std::nullopt;
}

Result<QDate> eraDate(const EraTable& table, const Era& era, int year, int month, int day)
{
    const QString label = eraLabel(era, year, month, day);
    if (year < 1)
        return invalid(Wareki::tr("%1 does not exist: era years begin at 1 (元年).").arg(label));
    const int westernYear = era.firstDay.year() + year - 1;
    if (auto error = checkCalendar(westernYear, month, day, label))
        return *error;
    const QDate date(westernYear, month, day);
    if (date < era.firstDay)
        return invalid(Wareki::tr("%1 does not exist: %2 began on %3.")
                           .arg(label, era.name, isoDay(era.firstDay)));
    if (date < era.acceptedFrom) {
        if (auto error = checkAccepted(table, date, label))
            return *error;
        return invalid(Wareki::tr("%1 is not accepted: %2 dates are accepted from %3.")
                           .arg(label, era.name, isoDay(era.acceptedFrom)));
    }
    if (era.lastDay.isValid() && date > era.lastDay)
        return invalid(
            Wareki::tr("%1 does not exist: %2 ended on %3 (%4).")
                .arg(label, era.name, Wareki::formatLong(era.lastDay, table), isoDay(era.lastDay)));
    return date;
}

Result<QDate> westernDate(const EraTable& table, int year, int month, int day)
{
    const QString label = westernLabel(year, month, day);
    if (year < 1)
        return invalid(Wareki::tr("%1 does not exist: there is no year 0.").arg(label));
    if (auto error = checkCalendar(year, month, day, label))
        return *error;
    const QDate date(year, month, day);
    if (auto error = checkAccepted(table, date, label))
        return *error;
    return date;
}

int number(const QString& digits)
{
    return digits == u"元" ? 1 : digits.toInt();
}

} // namespace

Result<QDate> Wareki::parse(QStringView text, QStringView defaultEra, const EraTable& table)
{
    auto parsed = parseDetailed(text, defaultEra, table);
    if (!parsed)
        return parsed.error();
    return parsed->date;
}

Result<Wareki::Parsed> Wareki::parseDetailed(QStringView text, QStringView defaultEra,
                                             const EraTable& table)
{
    if (table.isEmpty())
        return Error{ErrorCode::Internal, tr("The era table is not available.")};
    const QString s = normalizeDateText(text);
    if (s.isEmpty())
        return invalid(tr("No date was given."));

    auto western = [&](int year, int month, int day) -> Result<Parsed> {
        auto date = westernDate(table, year, month, day);
        if (!date)
            return date.error();
        return Parsed{date.value(), Form::Western};
    };
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression kanjiWestern(
        QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    for (const QRegularExpression* pattern : {&separated, &kanjiWestern, &compact}) {
        const auto match = pattern->match(s);
        if (match.hasMatch())
            return western(match.captured(1).toInt(), match.captured(2).toInt(),
                           match.captured(3).toInt());
    }

    // An era form: the era's letter or name (or none, for the default era), then year, month, day.
    const Era* era = nullptr;
    QString rest = s;
    for (const Era& candidate : table.eras()) {
        if (s.startsWith(candidate.name)) {
            era = &candidate;
            rest = s.mid(candidate.name.size());
            break;
        }
        if (s.at(0).toUpper() == candidate.code) {
            era = &candidate;
            rest = s.mid(1);
            break;
        }
    }
    static const QRegularExpression eraSeparated(
        QStringLiteral("^(\\d{1,2}|元)(?:年|[-/.])(\\d{1,2})(?:月|[-/.])(\\d{1,2})日?$"));
    static const QRegularExpression eraCompact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})$"));
    auto match = eraSeparated.match(rest);
    if (!match.hasMatch() && era)
        match = eraCompact.match(rest);
    if (!match.hasMatch())
        return invalid(tr("This is not a date. Type it as, for example, R7.7.18, 令和7年7月18日 or "
                          "2025-07-18."));
    if (!era) {
        era = defaultEra.isEmpty() ? nullptr : table.find(defaultEra);
        if (!era)
            return invalid(tr("The era is missing. Type it as, for example, R7.7.18 or "
                              "令和7年7月18日, or choose the era."));
    }
    auto date = eraDate(table, *era, number(match.captured(1)), match.captured(2).toInt(),
                        match.captured(3).toInt());
    if (!date)
        return date.error();
    return Parsed{date.value(), Form::Era};
}

std::optional<WarekiDate> Wareki::split(QDate date, const EraTable& table)
{
    const Era* era = table.eraOf(date);
    if (!era)
        return std::nullopt;
    return WarekiDate{era, date.year() - era->firstDay.year() + 1, date.month(), date.day()};
}

QString Wareki::formatLong(QDate date, const EraTable& table)
{
    const auto parts = split(date, table);
    return parts ? eraLabel(*parts->era, parts->year, parts->month, parts->day) : QString();
}

QString Wareki::formatShort(QDate date, const EraTable& table)
{
    const auto parts = split(date, table);
    if (!parts)
        return {};
    return QString(parts->era->code) + QString::number(parts->year) + u'.' +
           QString::number(parts->month) + u'.' + QString::number(parts->day);
}

QString Wareki::formatDisplay(QDate date, const EraTable& table)
{
    if (!date.isValid())
        return {};
    const QString era = formatLong(date, table);
    return era.isEmpty() ? isoDay(date) : era + QStringLiteral(" (") + isoDay(date) + u')';
}

Result<QString> Wareki::convert(QStringView input, const EraTable& table)
{
    auto parsed = parseDetailed(input, {}, table);
    if (!parsed)
        return parsed.error();
    if (parsed->form == Form::Era)
        return isoDay(parsed->date);
    return formatLong(parsed->date, table);
}

} // namespace madoguchi::japanese
