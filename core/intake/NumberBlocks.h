// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::intake {

/// Where a number block came from.
enum class BlockOrigin
{
    Local,   // local: leased by this device itself (standalone, before sync)
    Central, // central: leased from the central store by sync
};

/// A range of numbers this device may hand out, in order, each once.
struct NumberBlock
{
    QString id;
    qint64 version = 0;
    QString kind; // e.g. "application"
    QString prefix;
    int digits = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 next = 0; // last + 1 once used up
    BlockOrigin origin = BlockOrigin::Local;
    QString leasedAt;

    qint64 remaining() const { return last - next + 1; }
};

/// Hands out the numbers people read (application numbers) from number blocks, so that no number
/// is ever issued twice, offline included (DESIGN.md "Sync").
///
/// take() uses the oldest open block, central blocks before local ones. When every block of the
/// kind is used up: a device that never received a central block (standalone) leases itself the
/// next local block of localBlockSize numbers and goes on; a device that has central blocks stops
/// with a clear error, because only the central store can hand out more without duplicates
/// (synchronize). Local blocks carry a prefix naming this device, so two standalone devices do
/// not collide either.
class NumberBlocks
{
    Q_DECLARE_TR_FUNCTIONS(NumberBlocks)

public:
    static constexpr qint64 kDefaultLocalBlockSize = 100000;
    static constexpr int kLocalDigits = 7;

    /// localPrefix: the prefix of this device's local blocks (see localPrefixFor()).
    NumberBlocks(QSqlDatabase db, QString localPrefix, const Clock& clock = Clock::system(),
                 qint64 localBlockSize = kDefaultLocalBlockSize);

    /// "L" + the last 6 hex digits of the device id + "-", e.g. "L3F09A2-".
    static QString localPrefixFor(const QString& deviceId);

    /// Records a block (sync, or an administrator). InvalidInput for a bad range, a number too
    /// long for digits, or a range that overlaps a block of the same kind and prefix.
    Result<QString> lease(const QString& kind, const QString& prefix, int digits, qint64 first,
                          qint64 last, BlockOrigin origin);
    /// The next number of kind, formatted (prefix + zero-padded number). Runs in its own
    /// savepoint: call it inside the transaction that stores the number, so a rollback returns it.
    /// NotFound with a translated message when no block can serve (see the class comment).
    Result<QString> take(const QString& kind);
    /// Every block of kind, oldest first.
    Result<QList<NumberBlock>> blocks(const QString& kind) const;
    /// Issues no more numbers from block id (it counts as used up; its numbers stay recorded):
    /// for a block found to overlap numbers handed out elsewhere. Conflict if the block changed
    /// since version was read.
    Status close(const QString& id, qint64 version);

private:
    Result<QString> leaseLocal(const QString& kind);

    QSqlDatabase m_db;
    QString m_localPrefix;
    const Clock& m_clock;
    qint64 m_localBlockSize;
};

} // namespace madoguchi::intake
