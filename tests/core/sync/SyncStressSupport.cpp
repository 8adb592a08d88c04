// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStressSupport.h"

#include "store/Repository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <random>

#include <catch2/catch.hpp>

namespace madoguchi::test {

namespace {

const QString kTable = QString::fromLatin1(kStressTable);

QString field(int device)
{
    return QStringLiteral("f%1").arg(device);
}

QString cell(const QVariant& value)
{
    return value.isNull() ? QStringLiteral("∅") : value.toString();
}

QString rowText(const QSqlQuery& query)
{
    QStringList cells;
    for (int i = 0; i < 8; ++i)
        cells << cell(query.value(i));
    return cells.join(u'|');
}

} // namespace

DeviceThread::DeviceThread()
    : m_thread([this] {
          for (;;) {
              std::packaged_task<void()> task;
              {
                  std::unique_lock lock(m_mutex);
                  m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
                  if (m_tasks.empty())
                      return;
                  task = std::move(m_tasks.front());
                  m_tasks.pop_front();
              }
              task();
          }
      })
{}

DeviceThread::~DeviceThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::future<void> DeviceThread::post(std::function<void()> task)
{
    std::packaged_task<void()> packaged(std::move(task));
    auto future = packaged.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(packaged));
    }
    m_wake.notify_all();
    return future;
}

QStringList stressColumns()
{
    return {QStringLiteral("f0"), QStringLiteral("f1"), QStringLiteral("f2"),
            QStringLiteral("f3"), QStringLiteral("f4"), QStringLiteral("tag")};
}

void createStressTable(QSqlDatabase db)
{
    QSqlQuery query(db);
    const bool ok = query.exec(
        QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL, "
                       "f0 TEXT, f1 TEXT, f2 TEXT, f3 TEXT, f4 TEXT, tag TEXT)")
            .arg(kTable));
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

StressDevice::StressDevice() = default;

StressDevice::~StressDevice()
{
    m_thread.call([this] { m_office.reset(); });
}

void StressDevice::setUp(const ScratchCentral& central, const QString& name, sync::DeviceKind kind)
{
    // Catch is not thread-safe: the caller waits, so only one thread uses it at a time.
    m_thread.call([&] {
        m_office = std::make_unique<Office>();
        sync::SyncClient client(m_office->admin->database(), m_office->admin->audit(),
                                m_office->admin->authorizer(), m_office->clock);
        auto enrolled = client.enroll(m_office->admin->session(), central.adminUrl(), name, kind);
        INFO(enrolled.message().toStdString());
        REQUIRE(enrolled.ok());
        createStressTable(m_office->admin->database().connection());
    });
}

QString StressDevice::sync(sync::SyncSummary* summary)
{
    Workspace& workspace = *m_office->admin;
    sync::SyncClient client(workspace.database(), workspace.audit(), workspace.authorizer(),
                            m_office->clock);
    sync::SyncOptions options;
    options.pushBatch = 200;
    options.pullBatch = 500;
    auto result = client.run(workspace.session(), std::nullopt, options);
    if (!result)
        return result.message();
    *summary = result.value();
    return {};
}

QString StressDevice::digest()
{
    QSqlQuery query(m_office->admin->database().connection());
    if (!query.exec(QStringLiteral("SELECT id, version, f0, f1, f2, f3, f4, tag FROM %1 ORDER BY "
                                   "id")
                        .arg(kTable)))
        return QStringLiteral("error: ") + query.lastError().text();
    QStringList rows;
    while (query.next())
        rows << rowText(query);
    return rows.join(u'\n');
}

QString centralDigest(const ScratchCentral& central)
{
    auto connection = central.admin();
    QSqlQuery query(connection->db());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT entity_id, version, row_data->>'f0', row_data->>'f1', row_data->>'f2', "
        "row_data->>'f3', row_data->>'f4', row_data->>'tag' FROM madoguchi.entity_rows WHERE "
        "entity = 'stress_row' AND NOT deleted ORDER BY entity_id COLLATE \"C\"")));
    QStringList rows;
    while (query.next())
        rows << rowText(query);
    return rows.join(u'\n');
}

QStringList seedStressRows(QList<StressDevice*> devices, const StressPlan& plan)
{
    QStringList ids;
    devices.first()->thread().call([&] {
        Office& office = devices.first()->office();
        store::Repository rows(office.admin->database().connection(), kTable, stressColumns(),
                               office.clock);
        for (int i = 0; i < plan.shared + plan.contested; ++i) {
            QVariantMap values{{QStringLiteral("tag"), QStringLiteral("seed")}};
            for (int f = 0; f < 5; ++f)
                values.insert(field(f), QStringLiteral("init%1").arg(i));
            auto id = rows.insert(values);
            REQUIRE(id.ok());
            ids << id.value();
        }
    });
    for (StressDevice* device : devices) {
        device->thread().call([&] {
            sync::SyncSummary summary;
            const QString error = device->sync(&summary);
            INFO(error.toStdString());
            REQUIRE(error.isEmpty());
        });
    }
    return ids;
}

StressLog runStressWorkload(StressDevice& device, int index, const StressPlan& plan,
                            const QStringList& sharedIds, const QStringList& contestedIds)
{
    StressLog log;
    device.thread().call([&] {
        Office& office = device.office();
        QSqlDatabase db = office.admin->database().connection();
        log.deviceId = office.admin->audit().deviceId();
        store::Repository rows(db, kTable, stressColumns(), office.clock);
        std::mt19937 random(plan.seed * 7919u + unsigned(index));
        QHash<QString, qint64> versions;
        for (const QString& id : sharedIds + contestedIds)
            versions.insert(id, 1);
        QStringList own;
        auto fail = [&](const QString& what, const QString& message) {
            if (log.error.isEmpty())
                log.error = what + QStringLiteral(": ") + message;
        };
        // Every device edits every contested row's tag once, from version 1.
        for (const QString& id : contestedIds) {
            if (log.changes >= plan.changes)
                break;
            auto updated =
                rows.update(id, 1, {{QStringLiteral("tag"), QStringLiteral("d%1").arg(index)}});
            if (!updated)
                fail(QStringLiteral("contested update"), updated.message());
            ++log.changes;
        }
        while (log.changes < plan.changes && log.error.isEmpty()) {
            const unsigned dice = random() % 100;
            const int count = log.changes;
            if (dice < 30 || own.isEmpty()) {
                QVariantMap values{{QStringLiteral("tag"), QStringLiteral("own%1").arg(index)}};
                for (int f = 0; f < 5; ++f)
                    values.insert(field(f),
                                  QStringLiteral("v%1-%2-%3").arg(index).arg(count).arg(f));
                auto id = rows.insert(values);
                if (!id)
                    fail(QStringLiteral("insert"), id.message());
                else {
                    own << id.value();
                    versions.insert(id.value(), 1);
                }
            } else if (dice < 65) {
                const QString id = own.at(int(random() % unsigned(own.size())));
                const QString column = field(int(random() % 5));
                auto updated =
                    rows.update(id, versions.value(id),
                                {{column, QStringLiteral("u%1-%2").arg(index).arg(count)}});
                if (!updated)
                    fail(QStringLiteral("update"), updated.message());
                else
                    versions.insert(id, updated.value());
            } else if (dice < 95 && !sharedIds.isEmpty()) {
                const QString id = sharedIds.at(int(random() % unsigned(sharedIds.size())));
                const QString value = QStringLiteral("s%1-%2").arg(index).arg(count);
                auto updated = rows.update(id, versions.value(id), {{field(index), value}});
                if (!updated)
                    fail(QStringLiteral("shared update"), updated.message());
                else {
                    versions.insert(id, updated.value());
                    log.sharedLast.insert(id, value);
                }
            } else {
                const QString id = own.takeAt(int(random() % unsigned(own.size())));
                if (Status removed = rows.remove(id, versions.value(id)); !removed)
                    fail(QStringLiteral("delete"), removed.message());
                log.ownDeleted << id;
            }
            ++log.changes;
        }
        for (const QString& id : std::as_const(own)) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id, version, f0, f1, f2, f3, f4, tag FROM %1 "
                                         "WHERE id = ?")
                              .arg(kTable));
            query.addBindValue(id);
            if (!query.exec() || !query.next())
                fail(QStringLiteral("read back"), id);
            else
                log.ownFinal.insert(id, rowText(query));
        }
    });
    return log;
}

int syncUntilQuiet(QList<StressDevice*> devices, unsigned seed, int maxRounds, int* failures,
                   QStringList* errors)
{
    std::mt19937 random(seed);
    for (int round = 1; round <= maxRounds; ++round) {
        QList<StressDevice*> order = devices;
        std::shuffle(order.begin(), order.end(), random);
        QList<sync::SyncSummary> summaries(order.size());
        QStringList roundErrors;
        for (int i = 0; i < order.size(); ++i)
            roundErrors << QString();
        std::vector<std::future<void>> running;
        for (int i = 0; i < order.size(); ++i) {
            const int delayMs = int(random() % 30);
            running.push_back(order[i]->thread().post([&, i, delayMs] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                roundErrors[i] = order[i]->sync(&summaries[i]);
            }));
        }
        for (auto& future : running)
            future.get();
        bool quiet = true;
        for (int i = 0; i < order.size(); ++i) {
            if (!roundErrors[i].isEmpty()) {
                ++*failures;
                *errors << roundErrors[i];
                quiet = false;
            } else if (summaries[i].pushed != 0 || summaries[i].pulled != 0) {
                quiet = false;
            }
        }
        if (quiet)
            return round;
    }
    return -1;
}

void checkConverged(QList<StressDevice*> devices, const ScratchCentral& central,
                    const StressPlan& plan, const QList<StressLog>& logs,
                    const QStringList& sharedIds, const QStringList& contestedIds)
{
    const QString centre = centralDigest(central);
    REQUIRE_FALSE(centre.isEmpty());
    // Identical data everywhere.
    for (StressDevice* device : devices) {
        QString digest;
        device->thread().call([&] { digest = device->digest(); });
        const QStringList mine = digest.split(u'\n');
        const QStringList theirs = centre.split(u'\n');
        QString firstDifference;
        for (int i = 0; i < std::max(mine.size(), theirs.size()) && firstDifference.isEmpty(); ++i)
            if (mine.value(i) != theirs.value(i))
                firstDifference = mine.value(i) + QStringLiteral(" ≠ centre ") + theirs.value(i);
        INFO("rows " << mine.size() << " / " << theirs.size()
                     << "; first difference: " << firstDifference.toStdString());
        CHECK(digest == centre);
    }
    // Only the stress table was synced (the digest covers every synced table).
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.entity_rows WHERE entity "
                                     "<> 'stress_row'"))
              .toInt() == 0);

    QHash<QString, QString> centralRows;
    for (const QString& line : centre.split(u'\n'))
        centralRows.insert(line.section(u'|', 0, 0), line);

    // Nothing lost: every change reached the centre once, every own row has its last values,
    // every shared row every device's last value of its own field.
    qint64 total = 0;
    for (int d = 0; d < logs.size(); ++d) {
        const StressLog& log = logs[d];
        INFO("device " << d << " " << log.error.toStdString());
        CHECK(log.error.isEmpty());
        CHECK(log.changes == plan.changes);
        total += log.changes;
        CHECK(central
                  .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE "
                                         "device_id = '%1' AND entity = 'stress_row'")
                              .arg(log.deviceId))
                  .toLongLong() >= log.changes);
        for (auto it = log.ownFinal.constBegin(); it != log.ownFinal.constEnd(); ++it)
            CHECK(centralRows.value(it.key()) == it.value());
        for (const QString& id : log.ownDeleted)
            CHECK_FALSE(centralRows.contains(id));
        for (auto it = log.sharedLast.constBegin(); it != log.sharedLast.constEnd(); ++it)
            CHECK(centralRows.value(it.key()).section(u'|', 2 + d, 2 + d) == it.value());
    }
    // The seed rows (device 0's inserts) are stress_row changes too.
    const qint64 seeded = plan.shared + plan.contested;
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE entity = "
                                     "'stress_row'"))
              .toLongLong() == total + seeded);
    // Nothing applied twice: one log row per (device, sequence), and each row's version is one
    // more than its inserts and the changes that changed it (applied, merged, lost with a new
    // version: see 0002_conflicts.sql).
    CHECK(central
              .scalar(QStringLiteral("SELECT count(DISTINCT (device_id, device_seq)) FROM "
                                     "madoguchi.change_log WHERE entity = 'stress_row'"))
              .toLongLong() == total + seeded);
    CHECK(central
              .scalar(QStringLiteral(
                  "SELECT count(*) FROM madoguchi.entity_rows r WHERE r.entity = 'stress_row' AND "
                  "r.version < (SELECT count(*) FROM madoguchi.change_log c WHERE c.entity = "
                  "r.entity AND c.entity_id = r.entity_id AND c.outcome IN ('applied', 'merged'))"))
              .toInt() == 0);
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE outcome = "
                                     "'rejected'"))
              .toInt() == 0);

    // The expected conflicts: on each contested row, every device but the winner (whose tag
    // the row has) holds exactly one lost edit; the shared rows merged without any.
    int expectedConflicts = 0;
    for (const QString& id : contestedIds) {
        const QString tag = centralRows.value(id).section(u'|', 7, 7);
        REQUIRE(tag.startsWith(u'd'));
        const int winner = tag.mid(1).toInt();
        for (int d = 0; d < devices.size(); ++d) {
            int queued = 0;
            devices[d]->thread().call([&] {
                QSqlQuery query(devices[d]->office().admin->database().connection());
                query.prepare(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE entity_id = "
                                             "? AND reason = 'version' AND device_id = ?"));
                query.addBindValue(id);
                query.addBindValue(logs[d].deviceId);
                if (query.exec() && query.next())
                    queued = query.value(0).toInt();
            });
            INFO("contested row, device " << d << ", winner " << winner);
            CHECK(queued == (d == winner ? 0 : 1));
            expectedConflicts += d == winner ? 0 : 1;
        }
    }
    int allQueued = 0;
    for (StressDevice* device : devices) {
        device->thread().call([&] {
            QSqlQuery query(device->office().admin->database().connection());
            if (query.exec(QStringLiteral("SELECT count(*) FROM sync_conflict")) && query.next())
                allQueued += query.value(0).toInt();
        });
    }
    CHECK(allQueued == expectedConflicts);
    CHECK(expectedConflicts == (devices.size() - 1) * int(contestedIds.size()));
    (void)sharedIds;
}

void runConvergence(const StressPlan& plan)
{
    REQUIRE(plan.devices >= 2);
    REQUIRE(plan.devices <= 5);
    ScratchCentral central;
    std::vector<std::unique_ptr<StressDevice>> owned;
    QList<StressDevice*> devices;
    for (int d = 0; d < plan.devices; ++d) {
        owned.push_back(std::make_unique<StressDevice>());
        devices << owned.back().get();
        devices.back()->setUp(central, QStringLiteral("device %1").arg(d));
    }
    const QStringList seeded = seedStressRows(devices, plan);
    const QStringList sharedIds = seeded.mid(0, plan.shared);
    const QStringList contestedIds = seeded.mid(plan.shared);

    // Offline, all at once (each on its own thread and database).
    std::vector<std::future<StressLog>> working;
    for (int d = 0; d < plan.devices; ++d)
        working.push_back(std::async(std::launch::async, [&, d] {
            return runStressWorkload(*devices[d], d, plan, sharedIds, contestedIds);
        }));
    QList<StressLog> logs;
    for (auto& future : working)
        logs << future.get();

    int failures = 0;
    QStringList errors;
    const int rounds = syncUntilQuiet(devices, plan.seed, 12, &failures, &errors);
    INFO("rounds " << rounds << ", failed calls " << failures << ": "
                   << errors.join(QStringLiteral(" / ")).left(2000).toStdString());
    REQUIRE(rounds > 0);
    checkConverged(devices, central, plan, logs, sharedIds, contestedIds);
    owned.clear();
}

} // namespace madoguchi::test
