// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/Migrator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace madoguchi::sync {

/// Applies the central store's numbered migrations (resources/migrations/central, embedded as
/// :/migrations/central) to a PostgreSQL database, as its owner (the administrator's URL).
/// Pending migrations run in one transaction under an advisory lock, so two administrators
/// migrating at once do not interleave; the version lives in madoguchi.schema_version.
class CentralMigrator
{
    Q_DECLARE_TR_FUNCTIONS(CentralMigrator)

public:
    explicit CentralMigrator(QList<store::Migration> migrations)
        : m_migrations(std::move(migrations))
    {}

    static Result<CentralMigrator> builtIn();
    /// NNNN_name.sql files of a directory; numbers must run 1, 2, 3, … without gaps.
    static Result<CentralMigrator> fromDirectory(const QString& directory);

    int latestVersion() const;
    /// 0 for a database without the madoguchi schema.
    static Result<int> currentVersion(const QSqlDatabase& db);
    /// NewerSchema (translated) when the central store is ahead of this client.
    Status checkNotNewer(const QSqlDatabase& db) const;
    /// Applies what is pending. Returns the version reached. MigrationFailed (nothing changed)
    /// or NewerSchema.
    Result<int> migrate(QSqlDatabase& db) const;

private:
    QList<store::Migration> m_migrations;
};

} // namespace madoguchi::sync
