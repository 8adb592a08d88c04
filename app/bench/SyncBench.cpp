// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncBench.h"

#include "BenchSupport.h"
#include "store/Uuid7.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralConnection.h"
#include "sync/CentralMigrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <sodium.h>

namespace madoguchi::bench {

namespace {

constexpr int kPushBatch = 500;
constexpr int kPullBatch = 5000;
const QString kPsql = QStringLiteral("/usr/lib/postgresql/15/bin/psql");

// Starts the cluster in its constructor, stops it in its destructor.
class Cluster
{
public:
    Cluster(QString script, QString state) : m_script(std::move(script)), m_state(std::move(state))
    {
        QProcess start;
        start.start(QStringLiteral("sh"), {m_script, QStringLiteral("start"), m_state});
        if (!start.waitForFinished(180000) || start.exitCode() != 0) {
            m_error = QStringLiteral("the PostgreSQL cluster did not start: ") +
                      QString::fromLocal8Bit(start.readAllStandardError()).trimmed();
            return;
        }
        m_started = true;
        QFile file(QDir(m_state).filePath(QStringLiteral("url")));
        if (file.open(QIODevice::ReadOnly))
            m_url = QString::fromUtf8(file.readAll()).trimmed();
        if (m_url.isEmpty())
            m_error = QStringLiteral("the cluster wrote no URL");
    }
    ~Cluster()
    {
        if (m_started)
            QProcess::execute(QStringLiteral("sh"), {m_script, QStringLiteral("stop"), m_state});
    }
    const QString& error() const { return m_error; }
    const QString& url() const { return m_url; }

private:
    QString m_script;
    QString m_state;
    QString m_url;
    QString m_error;
    bool m_started = false;
};

QString sqlError(const QSqlQuery& query, const QString& what)
{
    return what + QStringLiteral(": ") + query.lastError().text();
}

QJsonObject changeJson(int seq, const QString& entityId)
{
    return QJsonObject{
        {QStringLiteral("device_seq"), seq},
        {QStringLiteral("change_id"), store::newUuid7()},
        {QStringLiteral("entity"), QStringLiteral("bench_row")},
        {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("operation"), QStringLiteral("insert")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("base_version"), 0},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("山田 太郎 %1").arg(seq)},
                     {QStringLiteral("kana"), QStringLiteral("ヤマダ タロウ")},
                     {QStringLiteral("address"), QStringLiteral("東京都千代田区1-%1").arg(seq)},
                     {QStringLiteral("amount"), seq % 37200}}},
        {QStringLiteral("changed_at"), QStringLiteral("2025-07-18T09:00:00.000Z")}};
}

// Pushes changes first…first+count-1 in batches; false with *error on failure.
bool pushRange(QSqlDatabase& db, int first, int count, QString* error)
{
    for (int done = 0; done < count; done += kPushBatch) {
        QJsonArray batch;
        for (int i = done; i < std::min(count, done + kPushBatch); ++i)
            batch.append(changeJson(first + i, store::newUuid7()));
        QSqlQuery push(db);
        push.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
        push.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
        if (!push.exec() || !push.next()) {
            *error = sqlError(push, QStringLiteral("push"));
            return false;
        }
    }
    return true;
}

// Runs psql with one command on url; false with *error on failure.
bool psql(const QString& url, const QString& command, QString* error)
{
    QProcess process;
    process.start(kPsql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                          QStringLiteral("ON_ERROR_STOP=1"), url, QStringLiteral("-c"), command});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QStringLiteral("psql: ") +
                 QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

} // namespace

SyncBenchResult runSyncBench(const QString& directory, const QString& clusterScript, int pushCount,
                             int pullCount)
{
    SyncBenchResult result;
    if (!QFile::exists(kPsql)) {
        result.error = QStringLiteral("PostgreSQL 15 is not installed (no %1)").arg(kPsql);
        return result;
    }
    Cluster cluster(clusterScript, QDir(directory).filePath(QStringLiteral("pg")));
    if (!cluster.error().isEmpty()) {
        result.error = cluster.error();
        return result;
    }
    auto adminUrl = sync::CentralUrl::parse(cluster.url());
    if (!adminUrl) {
        result.error = adminUrl.message();
        return result;
    }
    auto migrator = sync::CentralMigrator::builtIn();
    if (!migrator) {
        result.error = migrator.message();
        return result;
    }
    sync::DeviceCredentials pusher;
    sync::DeviceCredentials puller;
    {
        auto admin = sync::CentralConnection::open(adminUrl.value());
        if (!admin) {
            result.error = admin.message();
            return result;
        }
        if (auto migrated = migrator->migrate(admin.value()->db()); !migrated) {
            result.error = migrated.message();
            return result;
        }
        for (auto* device : {&pusher, &puller}) {
            QByteArray key(32, Qt::Uninitialized);
            randombytes_buf(key.data(), 32);
            auto enrolled = sync::CentralAdmin::enrollDevice(admin.value()->db(), store::newUuid7(),
                                                             QStringLiteral("bench"),
                                                             sync::DeviceKind::Counter, key);
            if (!enrolled) {
                result.error = enrolled.message();
                return result;
            }
            *device = std::move(enrolled).value();
        }
        QSqlQuery table(admin.value()->db());
        if (!table.exec(QStringLiteral(
                "CREATE TABLE bench_copy (device_seq bigint, change_id text, entity text, "
                "entity_id text, operation text, version bigint, base_version bigint, payload "
                "jsonb, changed_at text)"))) {
            result.error = sqlError(table, QStringLiteral("baseline table"));
            return result;
        }
    }
    auto deviceUrl = [&](const sync::DeviceCredentials& device) {
        sync::CentralUrl url = adminUrl.value();
        url.user = device.roleName;
        url.password = QString::fromLatin1(reinterpret_cast<const char*>(device.password.data()),
                                           qsizetype(device.password.size()));
        return url;
    };

    // Push: pushCount changes, timed.
    {
        auto connection = sync::CentralConnection::open(deviceUrl(pusher));
        if (!connection) {
            result.error = connection.message();
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        if (!pushRange(connection.value()->db(), 1, pushCount, &result.error))
            return result;
        result.pushSeconds = elapsedMs(timer) / 1000.0;
        result.pushed = pushCount;
        // The rest of the log for the pull, untimed.
        if (pullCount > pushCount && !pushRange(connection.value()->db(), pushCount + 1,
                                                pullCount - pushCount, &result.error))
            return result;
    }

    // The push baseline: the same kind of rows, COPY from a file into a plain table.
    const QString csvPath = QDir(directory).filePath(QStringLiteral("push.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            result.error = QStringLiteral("cannot write ") + csvPath;
            return result;
        }
        QTextStream out(&csv);
        for (int i = 1; i <= pushCount; ++i) {
            const QJsonObject change = changeJson(i, store::newUuid7());
            QString payload =
                QString::fromUtf8(QJsonDocument(change.value(QStringLiteral("payload")).toObject())
                                      .toJson(QJsonDocument::Compact));
            payload.replace(u'"', QStringLiteral("\"\""));
            out << i << ',' << change.value(QStringLiteral("change_id")).toString() << ",bench_row,"
                << change.value(QStringLiteral("entity_id")).toString() << ",insert,1,0,\""
                << payload << "\",2025-07-18T09:00:00.000Z\n";
        }
    }
    const QString adminText = cluster.url();
    QElapsedTimer copyIn;
    copyIn.start();
    if (!psql(adminText,
              QStringLiteral("\\copy bench_copy FROM '%1' WITH (FORMAT csv)").arg(csvPath),
              &result.error))
        return result;
    result.pushCopySeconds = elapsedMs(copyIn) / 1000.0;

    // Pull: everything, timed, as the second device.
    {
        auto connection = sync::CentralConnection::open(deviceUrl(puller));
        if (!connection) {
            result.error = connection.message();
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 xid = 0;
        qint64 seq = 0;
        int pulled = 0;
        for (;;) {
            QSqlQuery pull(connection.value()->db());
            pull.setForwardOnly(true);
            pull.prepare(QStringLiteral(
                "SELECT commit_xid, central_seq, device_id, change_id, entity, entity_id, "
                "operation, version, base_version, payload::text, outcome, result_version, "
                "result_deleted, result_row::text FROM madoguchi.pull_changes(?, ?, ?)"));
            pull.addBindValue(xid);
            pull.addBindValue(seq);
            pull.addBindValue(kPullBatch);
            if (!pull.exec()) {
                result.error = sqlError(pull, QStringLiteral("pull"));
                return result;
            }
            int rows = 0;
            qint64 bytes = 0;
            while (pull.next()) {
                xid = pull.value(0).toLongLong();
                seq = pull.value(1).toLongLong();
                bytes += pull.value(13).toString().size(); // read every row's image
                ++rows;
            }
            pulled += rows;
            if (rows < kPullBatch)
                break;
        }
        result.pullSeconds = elapsedMs(timer) / 1000.0;
        result.pulled = pulled;
    }

    // The pull baseline: the same rows, COPY … TO a file.
    QElapsedTimer copyOut;
    copyOut.start();
    if (!psql(adminText,
              QStringLiteral("\\copy (SELECT commit_xid, central_seq, device_id, change_id, "
                             "entity, entity_id, operation, version, base_version, payload, "
                             "outcome, result_version, result_deleted, result_row FROM "
                             "madoguchi.change_log ORDER BY commit_xid, central_seq) TO '%1' "
                             "WITH (FORMAT csv)")
                  .arg(QDir(directory).filePath(QStringLiteral("pull.csv"))),
              &result.error))
        return result;
    result.pullCopySeconds = elapsedMs(copyOut) / 1000.0;
    result.ok = true;
    return result;
}

} // namespace madoguchi::bench
