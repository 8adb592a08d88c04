// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace madoguchi::bench {

/// Size of the person search bench.
struct SearchBenchConfig
{
    int persons = 300000;
    int queries = 2000;
    unsigned seed = 7;
};

/// Latency of one query kind (or all), in milliseconds, over PersonRegistry::search() calls as
/// the counter makes them: permission check, query, audit record, commit.
struct SearchKindTimes
{
    QString kind;
    int queries = 0;
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    double meanRows = 0;
};

struct SearchBenchResult
{
    bool ok = false;
    QString error;
    double generateMs = 0; // demo data for config.persons into a fresh encrypted database
    qint64 fileBytes = 0;  // database file after generation
    QList<SearchKindTimes> kinds;
    SearchKindTimes all;
    /// CPU time per search (query, audit hash, commit): the rest of the wall time is waiting,
    /// mostly for the audit record's commit to reach the disk.
    double cpuMsPerQuery = 0;
};

/// Target of issue 4: p95 under 20 ms over 300,000 persons.
inline constexpr double kSearchP95TargetMs = 20.0;

/// Generates config.persons demo persons into a new encrypted database under directory, then runs
/// config.queries mixed searches (kana in hiragana/katakana with and without spaces, kanji names,
/// 宛名番号, 和暦 and western birth dates, phone numbers), each kind in full and as a prefix.
SearchBenchResult runSearchBench(const QString& directory, const SearchBenchConfig& config);

} // namespace madoguchi::bench
