// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi::japanese {

/// One Japanese era (元号), as a row of resources/japanese/eras.tsv.
struct Era
{
    QChar code;         // the Latin letter of short forms: M T S H R
    QString name;       // 明治 大正 昭和 平成 令和
    QDate firstDay;     // the first day of 元年 (year 1)
    QDate acceptedFrom; // the earliest date accepted in this era (firstDay except for Meiji)
    QDate lastDay;      // the day before the next era's first day; invalid for the current era
};

/// The era table, validated at load: eras oldest first, each running until the next begins.
class EraTable
{
    Q_DECLARE_TR_FUNCTIONS(EraTable)

public:
    /// The shipped table (embedded as :/japanese/eras.tsv). Empty if it failed to load (the test
    /// suite loads it, so that never ships).
    static const EraTable& builtIn();
    /// Parses the table's text; InvalidInput naming the line for anything malformed.
    static Result<EraTable> parse(const QString& text);

    const QList<Era>& eras() const { return m_eras; }
    bool isEmpty() const { return m_eras.isEmpty(); }
    /// The era named by its letter (either case) or its kanji name; nullptr if none.
    const Era* find(QStringView codeOrName) const;
    /// The era a date belongs to; nullptr before the earliest accepted date or for invalid dates.
    const Era* eraOf(QDate date) const;
    /// The earliest date any era accepts (1873-01-01 for the shipped table).
    QDate earliest() const;

private:
    QList<Era> m_eras;
};

/// A date as era, era year (1 = 元年), month and day.
struct WarekiDate
{
    const Era* era = nullptr;
    int year = 0;
    int month = 0;
    int day = 0;
};

/// 和暦: reads dates typed at the counter in every usual form and writes them in era form.
/// Parsing accepts R7.7.18, r7.7.18, R元.5.1, 令和7年7月18日, 令和元年5月1日, R070718, 7.7.18 with
/// a default era, 2025-07-18, 2025/7/18, 2025年7月18日, 20250718, and the same with full-width
/// digits and letters (IME input) or square era signs (㍻). Dates that do not exist (H31.5.1,
/// R1.4.30, February 30, year 0) are refused with the reason.
class Wareki
{
    Q_DECLARE_TR_FUNCTIONS(Wareki)

public:
    /// How the text named the date.
    enum class Form
    {
        Era,     // an era form (R7.7.18, 令和7年7月18日, or era-less with the default era)
        Western, // a western form (2025-07-18, 20250718, 2025年7月18日)
    };
    struct Parsed
    {
        QDate date;
        Form form = Form::Era;
    };

    /// The date the text names. defaultEra (a letter or kanji name, e.g. the UI's era selector)
    /// is used for era-less input such as 7.7.18. InvalidInput with a translated reason otherwise.
    static Result<QDate> parse(QStringView text, QStringView defaultEra = {},
                               const EraTable& table = EraTable::builtIn());
    /// As parse(), also telling which form the text used.
    static Result<Parsed> parseDetailed(QStringView text, QStringView defaultEra = {},
                                        const EraTable& table = EraTable::builtIn());

    /// The era form of a date; nullopt before the earliest accepted date or for invalid dates.
    static std::optional<WarekiDate> split(QDate date, const EraTable& table = EraTable::builtIn());

    /// 令和元年5月1日; empty for dates split() refuses.
    static QString formatLong(QDate date, const EraTable& table = EraTable::builtIn());
    /// R1.5.1; empty for dates split() refuses.
    static QString formatShort(QDate date, const EraTable& table = EraTable::builtIn());
    /// 令和7年7月18日 (2025-07-18); the ISO date alone for dates split() refuses; empty if invalid.
    static QString formatDisplay(QDate date, const EraTable& table = EraTable::builtIn());

    /// For `madoguchi-cli wareki DATE`: a western date gives the long era form
    /// (2019-05-01 → 令和元年5月1日), an era date the ISO date (R1.5.1 → 2019-05-01). Fails
    /// (InvalidInput) for text that is not a date, era-less text, and dates that do not exist.
    static Result<QString> convert(QStringView input, const EraTable& table = EraTable::builtIn());
};

} // namespace madoguchi::japanese
