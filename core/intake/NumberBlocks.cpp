// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/NumberBlocks.h"

#include "store/Repository.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::intake {

namespace {

const QString kTable = QStringLiteral("number_block");

QStringList columns()
{
    return {QStringLiteral("kind"),       QStringLiteral("prefix"),
            QStringLiteral("digits"),     QStringLiteral("range_first"),
            QStringLiteral("range_last"), QStringLiteral("next_number"),
            QStringLiteral("origin"),     QStringLiteral("leased_at")};
}

QString originCode(BlockOrigin origin)
{
    return origin == BlockOrigin::Central ? QStringLiteral("central") : QStringLiteral("local");
}

qint64 largestWithDigits(int digits)
{
    qint64 value = 0;
    for (int i = 0; i < digits; ++i)
        value = value * 10 + 9;
    return value;
}

} // namespace

NumberBlocks::NumberBlocks(QSqlDatabase db, QString localPrefix, const Clock& clock,
                           qint64 localBlockSize)
    : m_db(std::move(db)), m_localPrefix(std::move(localPrefix)), m_clock(clock),
      m_localBlockSize(localBlockSize > 0 ? localBlockSize : kDefaultLocalBlockSize)
{}

QString NumberBlocks::localPrefixFor(const QString& deviceId)
{
    QString hex = deviceId;
    hex.remove(u'-');
    return QStringLiteral("L") + hex.right(6).toUpper() + u'-';
}

Result<QString> NumberBlocks::lease(const QString& kind, const QString& prefix, int digits,
                                    qint64 first, qint64 last, BlockOrigin origin)
{
    static const QRegularExpression kindPattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9_-]{0,16}$"));
    if (!kindPattern.match(kind).hasMatch() || !prefixPattern.match(prefix).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     tr("A number block needs a kind code and a prefix of ASCII letters, digits, "
                        "'-' or '_'.")};
    if (digits < 1 || digits > 12 || first < 1 || last < first || last > largestWithDigits(digits))
        return Error{ErrorCode::InvalidInput,
                     tr("The number block %1–%2 is not a valid range for %3 digits.")
                         .arg(first)
                         .arg(last)
                         .arg(digits)};

    store::Transaction transaction(m_db);
    QSqlQuery overlap(m_db);
    overlap.prepare(QStringLiteral("SELECT count(*) FROM number_block WHERE kind = ? AND "
                                   "prefix = ? AND range_first <= ? AND range_last >= ?"));
    overlap.addBindValue(kind);
    overlap.addBindValue(prefix.isNull() ? QStringLiteral("") : prefix); // "" never NULL
    overlap.addBindValue(last);
    overlap.addBindValue(first);
    if (!overlap.exec() || !overlap.next())
        return Error{
            ErrorCode::Sql,
            tr("The number blocks could not be read: %1").arg(overlap.lastError().databaseText())};
    if (overlap.value(0).toLongLong() > 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The number block %1%2–%3 overlaps a block already leased; numbers "
                        "would be handed out twice.")
                         .arg(prefix)
                         .arg(first)
                         .arg(last)};

    store::Repository repository(m_db, kTable, columns(), m_clock);
    auto id = repository.insert(
        {{QStringLiteral("kind"), kind},
         {QStringLiteral("prefix"), prefix.isNull() ? QStringLiteral("") : prefix},
         {QStringLiteral("digits"), digits},
         {QStringLiteral("range_first"), first},
         {QStringLiteral("range_last"), last},
         {QStringLiteral("next_number"), first},
         {QStringLiteral("origin"), originCode(origin)},
         {QStringLiteral("leased_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)}});
    if (!id)
        return id.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The number block could not be saved.")};
    return id;
}

Result<QString> NumberBlocks::leaseLocal(const QString& kind)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT max(range_last) FROM number_block WHERE kind = ? AND "
                                 "prefix = ? AND origin = 'local'"));
    query.addBindValue(kind);
    query.addBindValue(m_localPrefix);
    if (!query.exec() || !query.next())
        return Error{
            ErrorCode::Sql,
            tr("The number blocks could not be read: %1").arg(query.lastError().databaseText())};
    const qint64 first = query.value(0).isNull() ? 1 : query.value(0).toLongLong() + 1;
    const qint64 last = std::min(first + m_localBlockSize - 1, largestWithDigits(kLocalDigits));
    if (first > last)
        return Error{ErrorCode::NotFound,
                     tr("This device has used every local number. Synchronize with the central "
                        "store to lease a number block.")};
    return lease(kind, m_localPrefix, kLocalDigits, first, last, BlockOrigin::Local);
}

Result<QString> NumberBlocks::take(const QString& kind)
{
    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("No number could be taken: the database is busy.")};

    // The oldest open block, central ones first (local numbers are the standalone fallback).
    // An empty id: none is open.
    auto openBlock = [this, &kind]() -> Result<NumberBlock> {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT id, version, prefix, digits, next_number FROM number_block "
                           "WHERE kind = ? AND next_number <= range_last "
                           "ORDER BY origin = 'central' DESC, leased_at, range_first LIMIT 1"));
        query.addBindValue(kind);
        if (!query.exec())
            return Error{ErrorCode::Sql, tr("The number blocks could not be read: %1")
                                             .arg(query.lastError().databaseText())};
        NumberBlock block;
        if (query.next()) {
            block.id = query.value(0).toString();
            block.version = query.value(1).toLongLong();
            block.prefix = query.value(2).toString();
            block.digits = query.value(3).toInt();
            block.next = query.value(4).toLongLong();
        }
        return block;
    };

    auto block = openBlock();
    if (!block)
        return block.error();
    if (block->id.isEmpty()) {
        QSqlQuery central(m_db);
        central.prepare(QStringLiteral(
            "SELECT count(*) FROM number_block WHERE kind = ? AND origin = 'central'"));
        central.addBindValue(kind);
        if (!central.exec() || !central.next())
            return Error{ErrorCode::Sql, tr("The number blocks could not be read: %1")
                                             .arg(central.lastError().databaseText())};
        if (central.value(0).toLongLong() > 0)
            return Error{ErrorCode::NotFound,
                         tr("Every number of this device's number blocks has been used. "
                            "Synchronize with the central store to lease a new block.")};
        if (auto leased = leaseLocal(kind); !leased)
            return leased.error();
        block = openBlock();
        if (!block)
            return block.error();
        if (block->id.isEmpty())
            return Error{ErrorCode::Internal, tr("The new number block could not be found.")};
    }

    store::Repository repository(m_db, kTable, columns(), m_clock);
    auto updated = repository.update(block->id, block->version,
                                     {{QStringLiteral("next_number"), block->next + 1}});
    if (!updated)
        return updated.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("No number could be taken.")};
    return QString(block->prefix +
                   QString::number(block->next).rightJustified(block->digits, u'0'));
}

Status NumberBlocks::close(const QString& id, qint64 version)
{
    store::Repository repository(m_db, kTable, columns(), m_clock);
    auto block = repository.find(id);
    if (!block)
        return block.error();
    const qint64 end = block->value(QStringLiteral("range_last")).toLongLong() + 1;
    if (block->value(QStringLiteral("next_number")).toLongLong() == end)
        return Status::success();
    auto updated = repository.update(id, version, {{QStringLiteral("next_number"), end}});
    if (!updated)
        return updated.error();
    return Status::success();
}

Result<QList<NumberBlock>> NumberBlocks::blocks(const QString& kind) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, version, kind, prefix, digits, range_first, range_last, next_number, origin, "
        "leased_at FROM number_block WHERE kind = ? ORDER BY leased_at, range_first"));
    query.addBindValue(kind);
    if (!query.exec())
        return Error{
            ErrorCode::Sql,
            tr("The number blocks could not be read: %1").arg(query.lastError().databaseText())};
    QList<NumberBlock> list;
    while (query.next()) {
        NumberBlock block;
        block.id = query.value(0).toString();
        block.version = query.value(1).toLongLong();
        block.kind = query.value(2).toString();
        block.prefix = query.value(3).toString();
        block.digits = query.value(4).toInt();
        block.first = query.value(5).toLongLong();
        block.last = query.value(6).toLongLong();
        block.next = query.value(7).toLongLong();
        block.origin =
            query.value(8).toString() == u"central" ? BlockOrigin::Central : BlockOrigin::Local;
        block.leasedAt = query.value(9).toString();
        list << block;
    }
    return list;
}

} // namespace madoguchi::intake
