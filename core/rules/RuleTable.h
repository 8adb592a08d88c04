// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::rules {

/// What a rule row's value means; fixed per key by the table's schema.
enum class RuleValueType
{
    Amount,      // a non-negative whole number: yen, or years of age
    Percent,     // 0..100
    Date,        // YYYY-MM-DD
    Flag,        // yes | no
    Aggregation, // sum | max: how household members' 所得割 combine
};

/// One dated row of a rule table: a value that takes effect on a date, naming its legal source.
struct RuleRow
{
    QString key;
    QString text;      // the value as written
    qint64 amount = 0; // Amount, Percent; Flag: 1 yes / 0 no; Aggregation: 1 max / 0 sum
    QDate date;        // Date
    QDate effectiveFrom;
    QString source;
    int line = 0;
};

/// A family of effective-dated rule rows (resources/rules/<family>.tsv), validated at load.
class RuleTable
{
    Q_DECLARE_TR_FUNCTIONS(RuleTable)

public:
    struct KeySpec
    {
        QString key;
        RuleValueType type;
    };

    /// Parses a table; every key of schema must be used and nothing else. InvalidInput naming
    /// the file and line (or the missing key) for anything malformed.
    static Result<RuleTable> parse(const QString& family, const QString& text,
                                   const QList<KeySpec>& schema);

    /// The row of key in effect on asOf (the latest effectiveFrom ≤ asOf); nullptr if none.
    const RuleRow* find(const QString& key, QDate asOf) const;
    /// "<family>/<latest effective_from on asOf>/<8 hex of the table's SHA-256>": changes when a
    /// row takes effect or the table is edited, so a decision can record what it used.
    QString version(QDate asOf) const;
    const QString& family() const { return m_family; }
    const QList<RuleRow>& rows() const { return m_rows; }

private:
    QString m_family;
    QString m_digest;
    QList<RuleRow> m_rows;
};

/// The three shipped burden tables (welfare_service, medical, prosthetic).
class RuleBook
{
    Q_DECLARE_TR_FUNCTIONS(RuleBook)

public:
    /// Loads :/rules/<family>.tsv for each family; the first table's error otherwise.
    static Result<RuleBook> load();
    /// The shipped tables, loaded once. If they fail to load, evaluations fail with the reason.
    static const Result<RuleBook>& builtIn();
    /// Builds a book from texts (tests, a city's corrected tables).
    static Result<RuleBook> fromTexts(const QString& welfareService, const QString& medical,
                                      const QString& prosthetic);

    /// The keys of a family: welfare_service, medical, prosthetic (this book) or high_cost
    /// (HighCostRules).
    static QList<RuleTable::KeySpec> schema(const QString& family);

    const RuleTable& welfareService() const { return m_tables.at(0); }
    const RuleTable& medical() const { return m_tables.at(1); }
    const RuleTable& prosthetic() const { return m_tables.at(2); }

private:
    QList<RuleTable> m_tables;
};

} // namespace madoguchi::rules
