// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrator.h"

#include "store/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrator, "madoguchi.store.migrator")

namespace madoguchi::store {

Result<Migrator> Migrator::builtIn()
{
    return fromDirectory(QStringLiteral(":/migrations/local"));
}

Result<Migrator> Migrator::fromDirectory(const QString& directory)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> migrations;
    for (const QString& name : files) {
        const auto match = fileName.match(name);
        if (!match.hasMatch())
            return Error{
                ErrorCode::InvalidInput,
                tr("The migration file name %1 is not of the form 0001_name.sql.").arg(name)};
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, tr("The migration %1 could not be read.").arg(name)};
        migrations.append({match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.number < b.number; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).number != i + 1)
            return Error{ErrorCode::InvalidInput,
                         tr("The migrations are not numbered 1, 2, 3, … without gaps (at %1).")
                             .arg(migrations.at(i).name)};
    }
    return Migrator(std::move(migrations));
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().number;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error{ErrorCode::DatabaseCorrupt,
                     tr("The schema version of the database could not be read.")};
    return query.value(0).toInt();
}

Status Migrator::checkNotNewer(const QSqlDatabase& db) const
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (version.value() > latestVersion())
        return Error{ErrorCode::NewerSchema,
                     tr("The database was written by a newer version of Madoguchi (schema %1; "
                        "this version knows up to %2). Install the newer version.")
                         .arg(version.value())
                         .arg(latestVersion())};
    return {};
}

Status Migrator::migrate(QSqlDatabase& db) const
{
    if (Status newer = checkNotNewer(db); !newer)
        return newer;
    const int from = currentVersion(db).value();
    if (from == latestVersion())
        return {};

    if (!db.transaction())
        return Error{
            ErrorCode::MigrationFailed,
            tr("The schema update could not start: %1").arg(db.lastError().databaseText())};
    auto fail = [&](const Migration& migration, const QString& detail) -> Status {
        db.rollback();
        qCWarning(lcMigrator) << "migration failed:" << migration.name;
        return Error{ErrorCode::MigrationFailed,
                     tr("Schema update %1 (%2) failed, so the database was left unchanged: %3")
                         .arg(migration.number, 4, 10, QLatin1Char('0'))
                         .arg(migration.name, detail)};
    };

    for (const Migration& migration : m_migrations) {
        if (migration.number <= from)
            continue;
        const auto statements = SqlScript::split(migration.sql);
        if (!statements)
            return fail(migration, statements.message());
        for (const QString& statement : statements.value()) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return fail(migration, query.lastError().databaseText());
        }
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.number)))
            return fail(migration, version.lastError().databaseText());
    }
    if (!db.commit()) {
        const QString detail = db.lastError().databaseText();
        db.rollback();
        return Error{ErrorCode::MigrationFailed,
                     tr("The schema update could not be saved, so the database was left "
                        "unchanged: %1")
                         .arg(detail)};
    }
    return {};
}

} // namespace madoguchi::store
