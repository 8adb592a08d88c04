// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace madoguchi::store {

namespace {
bool run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    static QAtomicInteger<quint64> counter;
    m_savepoint = QStringLiteral("sp_%1").arg(++counter);
    m_active = run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (run(m_db, QStringLiteral("RELEASE ") + m_savepoint))
        return true;
    run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
    run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
    run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
}

} // namespace madoguchi::store
