// SPDX-License-Identifier: GPL-3.0-or-later
// Several devices syncing with one central store at once (issue #7): each device is a
// test::Office made, used and destroyed on a thread of its own (a database connection belongs to
// the thread that opened it), and a workload of offline changes whose outcome is known whatever
// the order in which the devices sync.
#pragma once

#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "sync/SyncClient.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace madoguchi::test {

/// A thread that runs the tasks given to it, in order.
class DeviceThread
{
public:
    DeviceThread();
    ~DeviceThread(); // runs the tasks still queued, then stops
    DeviceThread(const DeviceThread&) = delete;
    DeviceThread& operator=(const DeviceThread&) = delete;

    std::future<void> post(std::function<void()> task);
    /// Runs task there and waits.
    void call(std::function<void()> task) { post(std::move(task)).get(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void()>> m_tasks;
    bool m_stop = false;
    std::thread m_thread;
};

/// The table every stress device has: f0…f4 are written by device 0…4 on the shared rows (so
/// their edits are disjoint and merge), tag by every device on the contested rows (so all but
/// the first to push lose).
inline constexpr char kStressTable[] = "stress_row";
QStringList stressColumns();
void createStressTable(QSqlDatabase db);

struct StressPlan
{
    int devices = 5;   // at most 5
    int changes = 50;  // offline changes per device
    int shared = 10;   // rows every device edits on its own field
    int contested = 5; // rows every device edits on the same field, once
    unsigned seed = 7;
};

/// What one device did offline, for the checks.
struct StressLog
{
    QString deviceId;
    int changes = 0;                  // repository writes (journal rows) made offline
    QHash<QString, QString> ownFinal; // own row id → its fields as digestRow() prints them
    QStringList ownDeleted;
    QHash<QString, QString> sharedLast; // shared row id → the last value this device wrote
    QString error;                      // empty when all went well
};

/// One device: its Office and sync client live on its thread.
class StressDevice
{
public:
    StressDevice();
    ~StressDevice();

    DeviceThread& thread() { return m_thread; }
    Office& office() { return *m_office; }

    /// On the thread: enrols with central (kind as given) and creates the stress table.
    void setUp(const ScratchCentral& central, const QString& name,
               sync::DeviceKind kind = sync::DeviceKind::Counter);
    /// On the thread: a full sync; error text (empty when it worked) and the summary.
    QString sync(sync::SyncSummary* summary);
    /// On the thread: rows of the stress table in id order as text, for comparison.
    QString digest();

private:
    DeviceThread m_thread;
    std::unique_ptr<Office> m_office;
};

/// Device 0 inserts the shared and contested rows; everyone syncs until they have them.
/// Returns their ids (shared first). Uses Catch (call from the test's thread only).
QStringList seedStressRows(QList<StressDevice*> devices, const StressPlan& plan);

/// Makes device index's offline changes (on its thread; no Catch there).
StressLog runStressWorkload(StressDevice& device, int index, const StressPlan& plan,
                            const QStringList& sharedIds, const QStringList& contestedIds);

/// Syncs every device concurrently, in a random order, round after round until a whole round
/// moves nothing; returns the number of rounds (at most maxRounds; -1 when never quiet).
/// *failures counts sync calls that failed (and were retried in the next round).
int syncUntilQuiet(QList<StressDevice*> devices, unsigned seed, int maxRounds, int* failures,
                   QStringList* errors);

/// The same digest as StressDevice::digest, from the central store's current rows.
QString centralDigest(const ScratchCentral& central);

/// Checks (with Catch, on the test's thread) everything issue #7 asks of a finished run:
/// identical data everywhere, nothing lost, nothing applied twice, the expected conflicts.
void checkConverged(QList<StressDevice*> devices, const ScratchCentral& central,
                    const StressPlan& plan, const QList<StressLog>& logs,
                    const QStringList& sharedIds, const QStringList& contestedIds);

} // namespace madoguchi::test

namespace madoguchi::test {
/// The whole convergence scenario for plan: set up, seed, offline changes, concurrent syncs
/// until quiet, checks.
void runConvergence(const StressPlan& plan);
} // namespace madoguchi::test
