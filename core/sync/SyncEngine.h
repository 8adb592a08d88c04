// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "security/Session.h"
#include "sync/CentralConnection.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QThread;
class QTimer;

namespace madoguchi::store {
class Database;
}

namespace madoguchi::sync {

/// What the status line of the main window shows.
struct SyncEngineStatus
{
    bool known = false;    // read at least once from the database
    bool enrolled = false; // this device is enrolled with the central store
    /// Whether the last contact with the central server worked; nullopt before the first one.
    std::optional<bool> online;
    bool running = false;
    QDateTime lastSync;        // UTC, the last complete sync (push and pull); invalid if never
    qint64 waitingChanges = 0; // local changes not sent yet
    qint64 openConflicts = 0;  // conflicts waiting for a person
    QString error;             // the last sync's error, translated and plain; empty if it worked
    /// Problems of the last sync that did not stop it (a number series that could not be topped
    /// up: SyncSummary::blockProblems), translated; empty when there were none.
    QStringList warnings;
};

/// Synchronizes in the background (issue #7 item 7): runs SyncClient::run on a worker thread of
/// its own, with its own connection to the encrypted database (Database::openForThisThread), its
/// own audit writer and authorizer, so the GUI thread never waits for the network or the
/// central server. Syncs on start when enrolled, then every interval() and on syncNow(); a second
/// thread with a read connection follows the sending during a run (progress()).
///
/// Lives on the GUI thread; its signals arrive there. stop() (also in the destructor) lets a
/// running sync finish its batch transaction and closes both threads' connections: call it
/// before the database is closed (sign-out, quit).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval = std::chrono::minutes(5);
    /// The first automatic sync waits this long after start(), so signing in stays quick.
    static constexpr std::chrono::milliseconds kFirstSyncDelay = std::chrono::seconds(3);

    /// database must stay open until stop(); session is the signed-in person (sync.run).
    SyncEngine(store::Database& database, security::Session session,
               const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Where the central store is, instead of the enrolled address (its user and password are
    /// ignored by SyncClient). For tests and the CLI's --url.
    void setServer(std::optional<CentralUrl> server);
    std::chrono::milliseconds interval() const { return m_interval; }
    /// The automatic sync's interval; zero: only on demand.
    void setInterval(std::chrono::milliseconds interval);

    /// Opens the worker and reads the status; when enrolled, schedules automatic syncs.
    void start();
    /// Stops the timers, waits for a running sync to end, and closes the worker's connections.
    void stop();
    bool isStarted() const { return m_worker != nullptr; }
    bool isSyncing() const { return m_status.running; }
    const SyncEngineStatus& status() const { return m_status; }

public slots:
    /// Starts a sync now; false if one is running already, the engine is not started or the
    /// device is not enrolled.
    bool syncNow();
    /// Reads the counts again (after a conflict was resolved, or an edit).
    void refreshStatus();

signals:
    void statusChanged(const madoguchi::sync::SyncEngineStatus& status);
    /// A sync began; toSend local changes are waiting to be sent.
    void syncStarted(qint64 toSend);
    /// During a sync: sent of toSend changes are sent; receiving once sending is done.
    void progress(qint64 sent, qint64 toSend, bool receiving);
    /// While receiving: received changes of other devices applied so far in this sync.
    void receivedChanged(qint64 received);
    /// A sync ended; error is empty when it worked.
    void syncFinished(const madoguchi::sync::SyncSummary& summary, const QString& error);

private:
    struct Snapshot;
    class Worker;
    class Probe;
    void applySnapshot(const Snapshot& snapshot);
    void scheduleNext();
    void finishRun(const Result<SyncSummary>& result, bool offline);
    QString plainError(const Error& error) const;

    store::Database& m_database;
    security::Session m_session;
    const Clock& m_clock;
    std::optional<CentralUrl> m_server;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    SyncEngineStatus m_status;
    qint64 m_toSend = 0;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    QThread* m_probeThread = nullptr;
    Probe* m_probe = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace madoguchi::sync

Q_DECLARE_METATYPE(madoguchi::sync::SyncEngineStatus)
Q_DECLARE_METATYPE(madoguchi::sync::SyncSummary)
