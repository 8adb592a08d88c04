// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::store {

/// One numbered schema change, from a file named NNNN_what_it_does.sql.
struct Migration
{
    int number = 0;
    QString name; // file name, for messages
    QString sql;
};

/// Applies numbered migrations, all pending ones in one transaction: either the database reaches
/// the newest version, or it stays exactly as it was and the error names the failing migration.
/// The schema version is SQLite's user_version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations)) {}

    /// The migrations shipped in resources/migrations/local (embedded as :/migrations/local).
    static Result<Migrator> builtIn();
    /// Reads NNNN_*.sql files from a directory (or resource path); numbers must run 1, 2, 3, ….
    static Result<Migrator> fromDirectory(const QString& directory);

    int latestVersion() const;
    static Result<int> currentVersion(const QSqlDatabase& db);
    /// NewerSchema if the database is ahead of latestVersion().
    Status checkNotNewer(const QSqlDatabase& db) const;
    /// Applies what is pending. MigrationFailed (nothing changed) or NewerSchema.
    Status migrate(QSqlDatabase& db) const;

private:
    QList<Migration> m_migrations;
};

} // namespace madoguchi::store
