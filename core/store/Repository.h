// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace madoguchi::store {

/// The base of every table's repository. Each row gets a UUIDv7 `id` and a `version` that
/// starts at 1 and grows by one per change; each write appends to the change journal (the sync
/// outbox) in the same transaction, so a row never changes without its journal entry.
/// Tables it manages have `id TEXT PRIMARY KEY` and `version INTEGER NOT NULL` columns.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    /// A journal payload's JSON value back to the value the repository wrote (the inverse of
    /// how it writes payloads: tagged bytes, booleans as 0/1, whole numbers as integers, nested
    /// objects and arrays as compact JSON text). Used where journaled changes are applied.
    static QVariant fromJson(const QJsonValue& value);

    /// columns: the table's own columns besides id and version (names are checked, never quoted
    /// from input).
    Repository(QSqlDatabase db, QString table, QStringList columns,
               const Clock& clock = Clock::system());

    const QString& table() const { return m_table; }
    bool isValid() const { return m_valid; }

    /// Inserts a row; returns its new id. InvalidInput for an unknown column.
    Result<QString> insert(const QVariantMap& fields);
    /// Changes some columns of a row if it is still at expectedVersion (Conflict otherwise,
    /// NotFound if there is no such row). Returns the new version.
    Result<qint64> update(const QString& id, qint64 expectedVersion, const QVariantMap& changes);
    /// Deletes a row if it is still at expectedVersion.
    Status remove(const QString& id, qint64 expectedVersion);
    /// The row with id, version and every column, or NotFound.
    Result<QVariantMap> find(const QString& id) const;

private:
    Status checkColumns(const QVariantMap& fields) const;
    Status journal(const QString& id, const QString& operation, qint64 version, qint64 baseVersion,
                   const QVariantMap& payload);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    const Clock& m_clock;
    bool m_valid = false;
};

} // namespace madoguchi::store
