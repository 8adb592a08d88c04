// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace madoguchi::bench {

struct SyncBenchResult
{
    bool ok = false;
    QString error;
    int pushed = 0; // changes pushed through madoguchi.push_changes
    double pushSeconds = 0;
    double pushCopySeconds = 0; // the same rows with COPY into a plain table (baseline)
    int pulled = 0;             // changes pulled through madoguchi.pull_changes
    double pullSeconds = 0;
    double pullCopySeconds = 0; // the same rows with COPY … TO (baseline)
};

/// The sync bench (issue #7), against a throwaway PostgreSQL 15 cluster that it starts with
/// clusterScript (tests/support/pg-cluster.sh) under directory and stops again: one device pushes
/// pushCount changes (batches of 500, timed), then more until the log holds pullCount, and a
/// second device pulls them all (batches of 5,000, timed). The baselines load the same rows with
/// COPY (psql's \copy, so the client side reads or writes the rows as well).
SyncBenchResult runSyncBench(const QString& directory, const QString& clusterScript,
                             int pushCount = 10000, int pullCount = 100000);

} // namespace madoguchi::bench
