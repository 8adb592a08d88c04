// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace madoguchi::bench {

/// Times of one unlock of a database made with the production KDF cost.
struct UnlockRun
{
    double openMs = 0;    // Database::open(path, login, password) + first query
    double unlockMs = 0;  // Database::unlock alone: Argon2id + key slot
    double stepTwoMs = 0; // Database::open(UnlockedKey) + first query: everything but the KDF
};

struct UnlockResult
{
    bool ok = false;
    QString error;
    double createMs = 0; // Database::create: two Argon2id runs (admin + recovery), create, migrate
    QString kdfDescription;
    QList<UnlockRun> runs;
};

/// Creates a database in directory with KdfParams::moderate(), then opens it runs times.
UnlockResult runUnlockBench(const QString& directory, int runs);

} // namespace madoguchi::bench
