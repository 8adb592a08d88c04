// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace madoguchi::store {

/// A transaction scope that nests: the outermost scope is a transaction, inner ones savepoints.
/// Rolls back unless commit() was called, so an early return or error undoes everything.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
};

} // namespace madoguchi::store
