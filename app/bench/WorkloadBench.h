// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::bench {

/// Size of the mixed workload.
struct WorkloadConfig
{
    int rows = 100000;
    // Rows per transaction. Bulk writers (imports, sync pulls) commit 10,000 rows at a time: each
    // commit encrypts every page it dirtied, so small batches cost more under SQLCipher (1,000-row
    // batches measure about 1.4x plain here; see README).
    int batchSize = 10000;
    int lookups = 20000;
};

/// Rows made once and written identically in both modes, so only the cipher differs.
struct WorkloadData
{
    QStringList ids;        // UUIDv7 text, as every row of ours has
    QStringList kana;       // katakana names
    QStringList birthDates; // ISO dates
    QList<qint64> numbers;
    QList<QByteArray> payloads; // 200 bytes each
    QList<int> lookupOrder;     // row indexes, random order

    /// Deterministic except for the random bits inside the UUIDs.
    static WorkloadData generate(const WorkloadConfig& config);
};

enum class CipherMode
{
    Plain, // no key: SQLCipher behaves as the SQLite it is built on
    Keyed, // random raw 256-bit key
};

QString cipherModeName(CipherMode mode);

/// Milliseconds per phase of one run.
struct PhaseTimes
{
    double insertMs = 0;
    double lookupMs = 0;
    double scanMs = 0;
    double cpuMs = 0; // this thread's CPU time over the three phases (information only)
    double totalMs() const { return insertMs + lookupMs + scanMs; }
};

struct WorkloadRun
{
    bool ok = false;
    QString error;
    PhaseTimes times;
    QString cipherVersion;           // PRAGMA cipher_version
    QString sqliteVersion;           // sqlite_version()
    bool fileHasPlainHeader = false; // "SQLite format 3" at offset 0 after close
    qint64 fileBytes = 0;
};

/// Creates a database in directory through the QSQLCIPHER driver, runs insert / lookup / scan and
/// closes it again. The file is left in directory for the caller to remove.
WorkloadRun runWorkload(const QString& directory, CipherMode mode, const WorkloadData& data,
                        const WorkloadConfig& config);

} // namespace madoguchi::bench
