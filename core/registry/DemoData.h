// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <random>

namespace madoguchi::registry {

/// How much demo data to make.
struct DemoOptions
{
    int persons = 1000;
    quint32 seed = 1;
    int batchSize = 10000; // rows per transaction
    QString recordedBy = QStringLiteral("demo");
    /// Called once per new person inside the batch's transaction: the hook for the My Number
    /// helper to give demo persons fictional numbers with valid check digits.
    std::function<Status(QSqlDatabase& db, const QString& personId, std::mt19937& random)>
        onPersonCreated;
    /// Progress, after each batch (persons written so far).
    std::function<void(int written)> progress;
};

struct DemoSummary
{
    int persons = 0;
    int households = 0;
    int handbooks = 0;
    int representatives = 0;
};

/// Fictional people for trying Madoguchi and for the search bench: names from a small built-in
/// list, households of 2–4 sharing an address (世帯主, 妻/夫, 子, 父/母), handbooks for about one
/// in seven, birth dates 1930–2020, phone numbers 0X0-XXXX-XXXX, addresses in the fictional
/// 窓口市 with postal codes 000-00XX (no such codes exist).
///
/// The fast bulk path: prepared statements, batchSize rows per transaction, written straight to
/// the tables. It neither journals nor audits: demo data must never reach the central store.
/// Access control is the caller's (the CLI's `demo` command).
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static Result<DemoSummary> generate(QSqlDatabase db, const DemoOptions& options,
                                        const Clock& clock = Clock::system());
};

} // namespace madoguchi::registry
