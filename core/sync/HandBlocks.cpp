// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/HandBlocks.h"

#include "base/Clock.h"
#include "intake/NumberBlocks.h"

#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

bool HandBlocks::centralRange(const QString& prefix, int digits, qint64 first, qint64 last,
                              int seriesDigits, qint64* rangeFirst, qint64* rangeLast)
{
    if (prefix.size() + digits != seriesDigits || seriesDigits > 18 || first < 1 || last < first)
        return false;
    for (const QChar c : prefix) {
        if (c < u'0' || c > u'9')
            return false;
    }
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    if (last >= scale)
        return false;
    const qint64 base = prefix.isEmpty() ? 0 : prefix.toLongLong() * scale;
    *rangeFirst = base + first;
    *rangeLast = base + last;
    return true;
}

Result<int> HandBlocks::reserve(QSqlDatabase local, QSqlDatabase& central,
                                const QList<NumberSeries>& series, QStringList* problems)
{
    intake::NumberBlocks blocks(local, QString(), Clock::system());
    int reserved = 0;
    for (const NumberSeries& one : series) {
        auto list = blocks.blocks(one.kind);
        if (!list)
            return list.error();
        for (const intake::NumberBlock& block : list.value()) {
            qint64 first = 0;
            qint64 last = 0;
            if (block.origin != intake::BlockOrigin::Local ||
                !centralRange(block.prefix, block.digits, block.first, block.last, one.digits,
                              &first, &last))
                continue;
            QSqlQuery query(central);
            query.prepare(QStringLiteral("SELECT madoguchi.reserve_hand_block(?, ?, ?)"));
            query.addBindValue(one.kind);
            query.addBindValue(first);
            query.addBindValue(last);
            if (!query.exec() || !query.next())
                return centralError(query.lastError(), tr("reporting the hand-leased numbers"));
            const QString outcome = query.value(0).toString();
            if (outcome == u"reserved") {
                ++reserved;
            } else if (outcome == u"overlap") {
                if (block.next <= block.last) {
                    if (Status closed = blocks.close(block.id, block.version); !closed)
                        return closed.error();
                }
                if (problems)
                    problems->append(
                        tr("The hand-leased block %1 %2–%3 overlaps numbers the central store "
                           "has handed out, so no more numbers are issued from it. Ask the "
                           "administrator to check the numbers already issued from it.")
                            .arg(one.label)
                            .arg(first)
                            .arg(last));
            }
        }
    }
    return reserved;
}

} // namespace madoguchi::sync
