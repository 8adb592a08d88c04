// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace madoguchi::sync {

/// Hand-leased number blocks and the central series (resources/migrations/central/
/// 0007_hand_blocks.sql).
///
/// A block an administrator leased to this device by hand (`madoguchi-cli numbers lease`, origin
/// local) whose numbers have a central series' form (a digit-only prefix, prefix and digits as
/// long as the series' numbers: "12" + 4 digits is the 6-digit 受給者番号 body 120001…) shares
/// the number space with the central series. reserve() reports every such block to the central
/// store, which records it as this device's lease and moves the series past it, so the central
/// store never hands those numbers to anyone. A block overlapping numbers handed out already is
/// closed here (NumberBlocks::close: none of its numbers is issued again) and reported in
/// *problems, translated, for the administrator. Run on every sync before the blocks are topped
/// up; reporting a block again changes nothing.
class HandBlocks
{
    Q_DECLARE_TR_FUNCTIONS(HandBlocks)

public:
    /// local: the device's connection (the thread's own); central: the device's role.
    /// Returns how many blocks the central store recorded now. Errors: Sql (local read),
    /// PermissionDenied / Io / Sql from the central store (centralError).
    static Result<int> reserve(QSqlDatabase local, QSqlDatabase& central,
                               const QList<NumberSeries>& series, QStringList* problems);

    /// The central series value range of a hand block: prefix digits followed by the number
    /// padded to digits, read as one number of seriesDigits digits. False when the block's
    /// numbers cannot be the series' (a prefix with other characters, another length).
    static bool centralRange(const QString& prefix, int digits, qint64 first, qint64 last,
                             int seriesDigits, qint64* rangeFirst, qint64* rangeLast);
};

} // namespace madoguchi::sync
