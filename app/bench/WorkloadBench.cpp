// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkloadBench.h"

#include "BenchSupport.h"
#include "base/Clock.h"
#include "security/SecureBuffer.h"
#include "store/SqlCipherDriver.h"
#include "store/Uuid7.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>
#include <utility>

namespace madoguchi::bench {

namespace {

constexpr int kPayloadBytes = 200;
constexpr quint32 kSeed = 0x6d61646f; // fixed, so every run writes the same names and dates

// Pins the settings both modes share. The keyed page size must come right after the key, before
// anything reads the file; the plain one before the first table is created.
bool applyPragmas(QSqlDatabase& db, CipherMode mode, QString* error)
{
    QStringList statements;
    if (mode == CipherMode::Keyed)
        statements << QStringLiteral("PRAGMA cipher_page_size = 4096");
    else
        statements << QStringLiteral("PRAGMA page_size = 4096");
    statements << QStringLiteral("PRAGMA cache_size = -65536")
               << QStringLiteral("PRAGMA journal_mode = WAL")
               << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString& sql : std::as_const(statements)) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = sql + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
        if (sql.contains(QStringLiteral("journal_mode")) &&
            (!query.next() || query.value(0).toString() != QStringLiteral("wal"))) {
            *error = QStringLiteral("journal_mode = WAL was not accepted");
            return false;
        }
    }
    return true;
}

QString scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sql.section(QLatin1Char('('), 0, 0) + QStringLiteral(": ") + query.lastError().text();
    return false;
}

bool insertRows(QSqlDatabase& db, const WorkloadData& data, const WorkloadConfig& config,
                QString* error)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO person (id, kana, birth_date, flags, payload) "
                                       "VALUES (?, ?, ?, ?, ?)"))) {
        *error = QStringLiteral("prepare insert: ") + insert.lastError().text();
        return false;
    }
    for (int start = 0; start < config.rows; start += config.batchSize) {
        if (!db.transaction()) {
            *error = QStringLiteral("begin: ") + db.lastError().text();
            return false;
        }
        const int end = std::min(start + config.batchSize, config.rows);
        for (int row = start; row < end; ++row) {
            insert.bindValue(0, data.ids.at(row));
            insert.bindValue(1, data.kana.at(row));
            insert.bindValue(2, data.birthDates.at(row));
            insert.bindValue(3, data.numbers.at(row));
            insert.bindValue(4, data.payloads.at(row));
            if (!insert.exec()) {
                *error = QStringLiteral("insert: ") + insert.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = QStringLiteral("commit: ") + db.lastError().text();
            return false;
        }
    }
    return true;
}

bool lookUpRows(QSqlDatabase& db, const WorkloadData& data, QString* error)
{
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    if (!lookup.prepare(
            QStringLiteral("SELECT kana, birth_date, flags, payload FROM person WHERE id = ?"))) {
        *error = QStringLiteral("prepare lookup: ") + lookup.lastError().text();
        return false;
    }
    qint64 found = 0;
    for (const int row : data.lookupOrder) {
        lookup.bindValue(0, data.ids.at(row));
        if (!lookup.exec() || !lookup.next()) {
            *error = QStringLiteral("lookup: ") + lookup.lastError().text();
            return false;
        }
        // Read every column, as a screen would.
        found += lookup.value(0).toString().size() + lookup.value(1).toString().size() +
                 lookup.value(2).toLongLong() + lookup.value(3).toByteArray().size();
        lookup.finish();
    }
    if (found == 0) {
        *error = QStringLiteral("lookup found nothing");
        return false;
    }
    return true;
}

bool scanTable(QSqlDatabase& db, const WorkloadConfig& config, QString* error)
{
    QSqlQuery scan(db);
    scan.setForwardOnly(true);
    if (!scan.exec(QStringLiteral("SELECT count(*), sum(flags), sum(length(payload)), "
                                  "min(birth_date), max(kana) FROM person NOT INDEXED")) ||
        !scan.next()) {
        *error = QStringLiteral("scan: ") + scan.lastError().text();
        return false;
    }
    if (scan.value(0).toInt() != config.rows ||
        scan.value(2).toLongLong() != qint64(config.rows) * kPayloadBytes) {
        *error = QStringLiteral("scan: unexpected row count or payload size");
        return false;
    }
    return true;
}

WorkloadRun runOnOpenConnection(QSqlDatabase& db, CipherMode mode, const WorkloadData& data,
                                const WorkloadConfig& config)
{
    WorkloadRun run;
    if (!applyPragmas(db, mode, &run.error))
        return run;
    run.cipherVersion = scalar(db, QStringLiteral("PRAGMA cipher_version"));
    run.sqliteVersion = scalar(db, QStringLiteral("SELECT sqlite_version()"));
    if (!exec(db,
              QStringLiteral("CREATE TABLE person (id TEXT PRIMARY KEY NOT NULL, "
                             "kana TEXT NOT NULL, birth_date TEXT NOT NULL, "
                             "flags INTEGER NOT NULL, payload BLOB NOT NULL)"),
              &run.error) ||
        !exec(db, QStringLiteral("CREATE INDEX person_kana ON person (kana, birth_date)"),
              &run.error))
        return run;

    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    if (!insertRows(db, data, config, &run.error))
        return run;
    run.times.insertMs = elapsedMs(timer);

    timer.restart();
    if (!lookUpRows(db, data, &run.error))
        return run;
    run.times.lookupMs = elapsedMs(timer);

    timer.restart();
    if (!scanTable(db, config, &run.error))
        return run;
    run.times.scanMs = elapsedMs(timer);
    run.times.cpuMs = threadCpuMs() - cpuStart;

    run.ok = true;
    return run;
}

} // namespace

WorkloadData WorkloadData::generate(const WorkloadConfig& config)
{
    static const QStringList familyNames = {
        QStringLiteral("ヤマダ"),   QStringLiteral("サトウ"),   QStringLiteral("スズキ"),
        QStringLiteral("タカハシ"), QStringLiteral("タナカ"),   QStringLiteral("ワタナベ"),
        QStringLiteral("イトウ"),   QStringLiteral("ナカムラ"), QStringLiteral("コバヤシ"),
        QStringLiteral("カトウ"),   QStringLiteral("ヨシダ"),   QStringLiteral("ヤマモト"),
    };
    static const QStringList givenNames = {
        QStringLiteral("タロウ"), QStringLiteral("ハナコ"), QStringLiteral("ケンジ"),
        QStringLiteral("ユミ"),   QStringLiteral("ヒロシ"), QStringLiteral("サクラ"),
        QStringLiteral("マコト"), QStringLiteral("アキコ"), QStringLiteral("ショウタ"),
        QStringLiteral("ミユキ"),
    };

    QRandomGenerator random(kSeed);
    FixedClock clock(QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1743465600000), QTimeZone::utc()));
    store::Uuid7Generator ids(clock);
    const QDate earliestBirth(1930, 1, 1);
    const int birthRangeDays = int(earliestBirth.daysTo(QDate(2020, 12, 31)));

    WorkloadData data;
    data.ids.reserve(config.rows);
    data.kana.reserve(config.rows);
    data.birthDates.reserve(config.rows);
    data.numbers.reserve(config.rows);
    data.payloads.reserve(config.rows);
    for (int row = 0; row < config.rows; ++row) {
        if (row % 50 == 0)
            clock.advanceMs(1); // about 50 rows per millisecond: a busy import
        data.ids << ids.next();
        data.kana << familyNames.at(int(random.bounded(quint32(familyNames.size())))) +
                         QLatin1Char(' ') +
                         givenNames.at(int(random.bounded(quint32(givenNames.size()))));
        data.birthDates
            << earliestBirth.addDays(random.bounded(birthRangeDays)).toString(Qt::ISODate);
        data.numbers << qint64(random.bounded(1000000));
        QByteArray payload(kPayloadBytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(payload.data()),
                         kPayloadBytes / int(sizeof(quint32)));
        data.payloads << payload;
    }
    data.lookupOrder.reserve(config.lookups);
    for (int i = 0; i < config.lookups; ++i)
        data.lookupOrder << int(random.bounded(quint32(config.rows)));
    return data;
}

QString cipherModeName(CipherMode mode)
{
    return mode == CipherMode::Keyed ? QStringLiteral("keyed") : QStringLiteral("plain");
}

WorkloadRun runWorkload(const QString& directory, CipherMode mode, const WorkloadData& data,
                        const WorkloadConfig& config)
{
    const QString path =
        directory + QStringLiteral("/workload-") + cipherModeName(mode) + QStringLiteral(".db");
    const QString connectionName = QStringLiteral("madoguchi-bench-workload");
    WorkloadRun run;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            QString::fromLatin1(store::kSqlCipherDriverName), connectionName);
        db.setDatabaseName(path);
        bool ready = true;
        if (mode == CipherMode::Keyed) {
            const security::SecureBuffer key = security::SecureBuffer::random(32);
            ready = key.isValid() && store::setConnectionKey(db, key);
            if (!ready)
                run.error = QStringLiteral("setConnectionKey failed");
        }
        if (ready && !db.open()) {
            ready = false;
            run.error = QStringLiteral("open: ") + db.lastError().text();
        }
        if (ready)
            run = runOnOpenConnection(db, mode, data, config);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);

    // Closing the last connection checkpoints the WAL into the file: its first bytes now show
    // whether the key was really applied.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        run.fileHasPlainHeader = file.read(16) == QByteArray("SQLite format 3\0", 16);
        run.fileBytes = file.size();
    }
    return run;
}

} // namespace madoguchi::bench
