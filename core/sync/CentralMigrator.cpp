// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralMigrator.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcCentralMigrator, "madoguchi.sync.migrator")

// Any constant: the key of the advisory lock that serializes central migrations.
constexpr qint64 kMigrationLock = 0x6d61646f6775; // "madogu"

} // namespace

Result<CentralMigrator> CentralMigrator::builtIn()
{
    return fromDirectory(QStringLiteral(":/migrations/central"));
}

Result<CentralMigrator> CentralMigrator::fromDirectory(const QString& directory)
{
    // The same file naming and numbering rules as the local store's migrations.
    auto local = store::Migrator::fromDirectory(directory);
    if (!local)
        return local.error();
    QList<store::Migration> migrations;
    QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, tr("The migration %1 could not be read.").arg(name)};
        migrations.append({name.left(4).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    if (migrations.isEmpty())
        return Error{ErrorCode::Internal, tr("No central schema migrations were found.")};
    return CentralMigrator(std::move(migrations));
}

int CentralMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().number;
}

Result<int> CentralMigrator::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('madoguchi.schema_version') IS NOT NULL")) ||
        !query.next())
        return Error{ErrorCode::Sql, tr("The schema version of the central store could not be "
                                        "read.")};
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM madoguchi.schema_version")))
        return Error{ErrorCode::Sql, tr("The schema version of the central store could not be "
                                        "read.")};
    return query.next() ? query.value(0).toInt() : 0;
}

Status CentralMigrator::checkNotNewer(const QSqlDatabase& db) const
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (version.value() > latestVersion())
        return Error{ErrorCode::NewerSchema,
                     tr("The central store was set up by a newer version of Madoguchi (schema "
                        "%1; this version knows up to %2). Install the newer version.")
                         .arg(version.value())
                         .arg(latestVersion())};
    return {};
}

Result<int> CentralMigrator::migrate(QSqlDatabase& db) const
{
    if (!db.transaction())
        return Error{ErrorCode::MigrationFailed, tr("The central schema update could not start.")};
    auto fail = [&](const Error& error) -> Result<int> {
        db.rollback();
        return error;
    };
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return fail({ErrorCode::MigrationFailed, tr("The central schema update could not start.")});
    // Read the version under the lock: another administrator may just have migrated.
    if (Status newer = checkNotNewer(db); !newer)
        return fail(newer.error());
    const int from = currentVersion(db).value();
    for (const store::Migration& migration : m_migrations) {
        if (migration.number <= from)
            continue;
        // One file, one simple-query call: PostgreSQL runs its statements in order (dollar-quoted
        // function bodies included) and stops at the first error.
        QSqlQuery query(db);
        if (!query.exec(migration.sql)) {
            qCWarning(lcCentralMigrator) << "central migration failed:" << migration.name
                                         << query.lastError().databaseText();
            return fail({ErrorCode::MigrationFailed,
                         tr("Central schema update %1 (%2) failed, so the central store was left "
                            "unchanged: %3")
                             .arg(migration.number, 4, 10, QLatin1Char('0'))
                             .arg(migration.name, query.lastError().databaseText())});
        }
        QSqlQuery version(db);
        version.prepare(QStringLiteral(
            "INSERT INTO madoguchi.schema_version (singleton, version) VALUES (true, ?) "
            "ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, applied_at = "
            "now()"));
        version.addBindValue(migration.number);
        if (!version.exec())
            return fail({ErrorCode::MigrationFailed,
                         tr("Central schema update %1 (%2) failed, so the central store was left "
                            "unchanged: %3")
                             .arg(migration.number, 4, 10, QLatin1Char('0'))
                             .arg(migration.name, version.lastError().databaseText())});
    }
    if (!db.commit()) {
        const QString detail = db.lastError().databaseText();
        db.rollback();
        return Error{ErrorCode::MigrationFailed,
                     tr("The central schema update could not be saved, so the central store was "
                        "left unchanged: %1")
                         .arg(detail)};
    }
    return latestVersion() > from ? latestVersion() : from;
}

} // namespace madoguchi::sync
