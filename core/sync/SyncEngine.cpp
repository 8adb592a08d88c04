// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncEngine.h"

#include "sync/CentralStaffSync.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "security/Authorizer.h"
#include "store/Database.h"
#include "sync/ConflictQueue.h"
#include "sync/ThreadServices.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcEngine, "madoguchi.sync.engine")

constexpr std::chrono::milliseconds kOfflineRetry = std::chrono::minutes(1);
constexpr std::chrono::milliseconds kProbeEvery = std::chrono::milliseconds(200);

qint64 countWaiting(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

/// What the worker read from the database.
struct SyncEngine::Snapshot
{
    QString error; // translated; empty when read
    bool enrolled = false;
    qint64 waitingChanges = 0;
    qint64 openConflicts = 0;
    QDateTime lastSync;
};

/// Everything on the sync thread: its own Database, audit writer, authorizer and SyncClient.
class SyncEngine::Worker : public QObject
{
public:
    Worker(const store::Database& database, security::Session session, const Clock& clock)
        : m_source(database), m_session(std::move(session)), m_clock(clock)
    {}

    Status open()
    {
        auto services = ThreadServices::open(m_source, m_clock);
        if (!services)
            return services.error();
        m_services = std::move(services).value();
        m_client = std::make_unique<SyncClient>(*m_services->database, *m_services->audit,
                                                *m_services->authorizer, m_clock);
        return {};
    }

    Snapshot read() const
    {
        Snapshot snapshot;
        if (!m_client) {
            snapshot.error = SyncEngine::tr("The sync status could not be read.");
            return snapshot;
        }
        auto status = m_client->status();
        if (!status) {
            snapshot.error = status.message();
            return snapshot;
        }
        snapshot.enrolled = status->enrolled;
        snapshot.waitingChanges = status->waitingChanges;
        auto conflicts = ConflictQueue::openCount(m_services->database->connection());
        snapshot.openConflicts = conflicts ? conflicts.value() : status->openConflicts;
        // The last complete sync is the last successful sync.run in the audit log (push and pull
        // times move only when something travelled).
        QSqlQuery last(m_services->database->connection());
        if (last.exec(QStringLiteral("SELECT recorded_at FROM audit_log WHERE event = 'sync.run' "
                                     "AND outcome = 'success' ORDER BY seq DESC LIMIT 1")) &&
            last.next())
            snapshot.lastSync = QDateTime::fromString(last.value(0).toString(), Qt::ISODateWithMs);
        return snapshot;
    }

    Result<SyncSummary> run(const std::optional<CentralUrl>& server, const SyncOptions& options)
    {
        if (!m_client)
            return Error{ErrorCode::Internal, SyncEngine::tr("The sync is not ready.")};
        return m_client->run(m_session, server, options);
    }

    void close()
    {
        m_client.reset();
        m_services.reset(); // removes this thread's connection and wipes the key copy
    }

private:
    const store::Database& m_source;
    security::Session m_session;
    const Clock& m_clock;
    std::unique_ptr<ThreadServices> m_services;
    std::unique_ptr<SyncClient> m_client;
};

/// On a second thread, while a sync runs: counts the changes still waiting to be sent (the sync
/// marks each batch as sent when the central store confirmed it).
class SyncEngine::Probe : public QObject
{
public:
    explicit Probe(const store::Database& database) : m_source(database) {}

    void open(std::function<void(qint64)> report)
    {
        m_report = std::move(report);
        m_name = QStringLiteral("madoguchi-sync-probe-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto connection = m_source.openWorkerConnection(m_name);
        if (!connection) {
            qCWarning(lcEngine) << "the sync progress connection could not be opened";
            m_name.clear();
            return;
        }
        m_timer = new QTimer(this);
        m_timer->setInterval(kProbeEvery);
        connect(m_timer, &QTimer::timeout, this, [this] {
            const qint64 waiting = countWaiting(QSqlDatabase::database(m_name, false));
            if (waiting >= 0)
                m_report(waiting);
        });
    }
    void setActive(bool active)
    {
        if (!m_timer)
            return;
        if (active)
            m_timer->start();
        else
            m_timer->stop();
    }
    void close()
    {
        delete m_timer;
        m_timer = nullptr;
        if (!m_name.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
            m_name.clear();
        }
    }

private:
    const store::Database& m_source;
    QString m_name;
    QTimer* m_timer = nullptr;
    std::function<void(qint64)> m_report;
};

SyncEngine::SyncEngine(store::Database& database, security::Session session, const Clock& clock,
                       QObject* parent)
    : QObject(parent), m_database(database), m_session(std::move(session)), m_clock(clock)
{
    qRegisterMetaType<SyncEngineStatus>();
    qRegisterMetaType<SyncSummary>();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::setServer(std::optional<CentralUrl> server)
{
    m_server = std::move(server);
}

void SyncEngine::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    if (m_timer->isActive() && !m_status.running) {
        m_timer->stop();
        scheduleNext();
    }
}

void SyncEngine::start()
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("madoguchi-sync"));
    m_worker = new Worker(m_database, m_session, m_clock);
    m_worker->moveToThread(m_thread);
    m_probeThread = new QThread(this);
    m_probeThread->setObjectName(QStringLiteral("madoguchi-sync-progress"));
    m_probe = new Probe(m_database);
    m_probe->moveToThread(m_probeThread);
    m_thread->start();
    m_probeThread->start();

    Probe* probe = m_probe;
    QMetaObject::invokeMethod(probe, [this, probe] {
        probe->open([this](qint64 waiting) {
            QMetaObject::invokeMethod(
                this,
                [this, waiting] {
                    if (!m_status.running)
                        return;
                    const qint64 sent = std::clamp(m_toSend - waiting, qint64(0), m_toSend);
                    emit progress(sent, m_toSend, sent >= m_toSend);
                },
                Qt::QueuedConnection);
        });
    });
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker] {
        const Status opened = worker->open();
        Snapshot snapshot;
        if (opened)
            snapshot = worker->read();
        else
            snapshot.error = opened.message();
        QMetaObject::invokeMethod(
            this,
            [this, snapshot] {
                if (!m_worker)
                    return;
                applySnapshot(snapshot);
                if (m_status.enrolled && m_interval.count() > 0)
                    m_timer->start(kFirstSyncDelay);
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::stop()
{
    if (!m_worker)
        return;
    m_timer->stop();
    // Queued after whatever the worker is doing: a running sync ends (its batch transaction
    // commits or rolls back) before the connections close.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;

    Probe* probe = m_probe;
    QMetaObject::invokeMethod(
        probe, [probe] { probe->close(); }, Qt::BlockingQueuedConnection);
    m_probeThread->quit();
    m_probeThread->wait();
    delete m_probe;
    m_probe = nullptr;
    delete m_probeThread;
    m_probeThread = nullptr;
    if (m_status.running) {
        m_status.running = false;
        emit statusChanged(m_status);
    }
}

bool SyncEngine::syncNow()
{
    if (!m_worker || m_status.running || !m_status.enrolled)
        return false;
    m_timer->stop();
    m_status.running = true;
    emit statusChanged(m_status);
    Worker* worker = m_worker;
    Probe* probe = m_probe;
    const std::optional<CentralUrl> server = m_server;
    QMetaObject::invokeMethod(worker, [this, worker, probe, server] {
        const qint64 toSend = worker->read().waitingChanges;
        QMetaObject::invokeMethod(
            this,
            [this, toSend, probe] {
                if (!m_worker)
                    return;
                m_toSend = toSend;
                emit syncStarted(toSend);
                emit progress(0, toSend, toSend == 0);
                QMetaObject::invokeMethod(probe, [probe] { probe->setActive(true); });
            },
            Qt::QueuedConnection);
        SyncOptions options;
        // Each committed pull batch: the count goes to the GUI thread (queued; the worker does
        // not wait for it).
        options.onPulled = [this](qint64 received) {
            QMetaObject::invokeMethod(
                this,
                [this, received] {
                    if (m_worker && m_status.running)
                        emit receivedChanged(received);
                },
                Qt::QueuedConnection);
        };
        const Result<SyncSummary> result = worker->run(server, options);
        const Snapshot after = worker->read();
        QMetaObject::invokeMethod(
            this,
            [this, result, after, probe] {
                QMetaObject::invokeMethod(probe, [probe] { probe->setActive(false); });
                if (!m_worker)
                    return;
                finishRun(result, !result && result.code() == ErrorCode::Io);
                applySnapshot(after);
                scheduleNext();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SyncEngine::refreshStatus()
{
    if (!m_worker)
        return;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker] {
        const Snapshot snapshot = worker->read();
        QMetaObject::invokeMethod(
            this,
            [this, snapshot] {
                if (m_worker)
                    applySnapshot(snapshot);
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::finishRun(const Result<SyncSummary>& result, bool offline)
{
    m_status.running = false;
    if (result) {
        // Key slots of accounts disabled or reset centrally go at once: the worker's copy of
        // the database has no key slots (CentralStaffSync).
        if (auto removed = CentralStaffSync::removeRevokedSlots(m_database); !removed)
            qCWarning(lcEngine) << "key slots of revoked accounts could not be removed";
        m_status.online = true;
        m_status.error.clear();
        m_status.warnings = result.value().blockProblems;
        if (m_toSend > 0)
            emit progress(m_toSend, m_toSend, true);
        emit syncFinished(result.value(), QString());
    } else {
        m_status.online = !offline;
        m_status.error = plainError(result.error());
        emit syncFinished(SyncSummary{}, m_status.error);
    }
}

void SyncEngine::applySnapshot(const Snapshot& snapshot)
{
    if (!snapshot.error.isEmpty()) {
        m_status.error = snapshot.error;
    } else {
        m_status.known = true;
        m_status.enrolled = snapshot.enrolled;
        m_status.waitingChanges = snapshot.waitingChanges;
        m_status.openConflicts = snapshot.openConflicts;
        if (snapshot.lastSync.isValid())
            m_status.lastSync = snapshot.lastSync;
    }
    emit statusChanged(m_status);
}

void SyncEngine::scheduleNext()
{
    if (!m_worker || !m_status.enrolled || m_interval.count() <= 0)
        return;
    const bool offline = m_status.online.has_value() && !*m_status.online;
    m_timer->start(offline ? std::min(m_interval, kOfflineRetry) : m_interval);
}

QString SyncEngine::plainError(const Error& error) const
{
    QString message = error.message;
    // The messages of core never carry a password; a server given by hand is scrubbed anyway.
    if (m_server && !m_server->password.isEmpty())
        message.replace(m_server->password, QStringLiteral("***"));
    if (error.code == ErrorCode::Io)
        return tr("The central server cannot be reached; changes stay on this computer and are "
                  "sent at the next sync. (%1)")
            .arg(message);
    return tr("The last sync did not finish: %1").arg(message);
}

} // namespace madoguchi::sync
