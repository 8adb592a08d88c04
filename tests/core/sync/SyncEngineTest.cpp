// SPDX-License-Identifier: GPL-3.0-or-later
// The background sync engine against the throwaway PostgreSQL cluster (label pg).
#include "sync/SyncEngine.h"
#include "../workspace/WorkspaceFixture.h"
#include "ConflictTestSupport.h"
#include "PgTestSupport.h"
#include "ledger/RecipientNumbers.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace madoguchi;

namespace {

void enroll(test::Office& office, const test::ScratchCentral& central)
{
    sync::SyncClient client(office.admin->database(), office.admin->audit(),
                            office.admin->authorizer(), office.admin->clock());
    auto enrolled = client.enroll(office.admin->session(), central.adminUrl(),
                                  QStringLiteral("窓口1"), sync::DeviceKind::Counter);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
}

void makeNotes(Workspace& workspace, int count)
{
    QSqlDatabase db = workspace.database().connection();
    test::createConflictNotes(db);
    store::Transaction transaction(db);
    store::Repository notes(db, QStringLiteral("note_test"),
                            {QStringLiteral("body"), QStringLiteral("amount")}, workspace.clock());
    for (int i = 0; i < count; ++i)
        REQUIRE(notes
                    .insert({{QStringLiteral("body"), QStringLiteral("note %1").arg(i)},
                             {QStringLiteral("amount"), i}})
                    .ok());
    REQUIRE(transaction.commit());
}

template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 60000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

TEST_CASE("The engine syncs on a thread of its own and reports progress", "[sync][engine][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central);
    makeNotes(*office.admin, 3000);

    sync::SyncEngine engine(office.admin->database(), office.admin->session(), office.clock);
    engine.setInterval(std::chrono::milliseconds(0)); // on demand only
    QList<std::tuple<qint64, qint64, bool>> progress;
    QObject::connect(&engine, &sync::SyncEngine::progress,
                     [&](qint64 sent, qint64 total, bool receiving) {
                         progress.append({sent, total, receiving});
                     });
    std::optional<QString> finished;
    sync::SyncSummary summary;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished,
                     [&](const sync::SyncSummary& result, const QString& error) {
                         summary = result;
                         finished = error;
                     });
    engine.start();
    REQUIRE(waitFor([&] { return engine.status().known; }));
    CHECK(engine.status().enrolled);
    CHECK(engine.status().waitingChanges >= 3000);
    CHECK_FALSE(engine.status().lastSync.isValid());

    // The GUI thread stays free while the sync runs: this loop keeps turning.
    REQUIRE(engine.syncNow());
    CHECK_FALSE(engine.syncNow()); // one at a time
    int turns = 0;
    REQUIRE(waitFor([&] {
        ++turns;
        return finished.has_value();
    }));
    INFO(finished->toStdString());
    CHECK(finished->isEmpty());
    CHECK(summary.pushed >= 3000);
    CHECK(turns > 1);
    CHECK_FALSE(progress.isEmpty());
    CHECK(std::get<1>(progress.first()) >= 3000);
    CHECK(std::get<0>(progress.first()) == 0);
    CHECK(std::get<2>(progress.last())); // sending done, receiving
    for (int i = 1; i < progress.size(); ++i)
        CHECK(std::get<0>(progress.at(i)) >= std::get<0>(progress.at(i - 1)));

    REQUIRE(waitFor([&] { return engine.status().waitingChanges == 0; }));
    CHECK(engine.status().online == std::optional<bool>(true));
    CHECK(engine.status().lastSync.isValid());
    CHECK(engine.status().error.isEmpty());
    // The worker's audit record reached the same log.
    CHECK(test::sqlScalar(office.admin->database().connection(),
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                         "'sync.run' AND outcome = 'success'"))
              .toInt() == 1);
    engine.stop();
    CHECK_FALSE(engine.isStarted());
}

TEST_CASE("An unreachable server shows offline, in plain words without the password",
          "[sync][engine][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central);
    sync::SyncEngine engine(office.admin->database(), office.admin->session(), office.clock);
    engine.setInterval(std::chrono::milliseconds(0));
    auto url = sync::CentralUrl::parse(
        QStringLiteral("postgresql://nobody:s3cret-pw@127.0.0.1:1/madoguchi?connect_timeout=2"));
    REQUIRE(url.ok());
    engine.setServer(url.value());
    std::optional<QString> finished;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished,
                     [&](const sync::SyncSummary&, const QString& error) { finished = error; });
    engine.start();
    REQUIRE(waitFor([&] { return engine.status().known; }));
    REQUIRE(engine.syncNow());
    REQUIRE(waitFor([&] { return finished.has_value(); }));
    CHECK_FALSE(finished->isEmpty());
    CHECK_FALSE(finished->contains(u"s3cret-pw"));
    CHECK(engine.status().online == std::optional<bool>(false));
    CHECK(engine.status().error == *finished);
    CHECK_FALSE(engine.status().running);
    // Stopping right after starting another run waits for it and closes cleanly.
    REQUIRE(engine.syncNow());
    engine.stop();
    CHECK_FALSE(engine.isStarted());
    CHECK_FALSE(engine.isSyncing());
}

TEST_CASE("The engine counts what it receives and reports numbers running out",
          "[sync][engine][pg]")
{
    test::ScratchCentral central;
    // Another device's 40 changes wait centrally.
    test::Office other;
    {
        sync::SyncClient client(other.admin->database(), other.admin->audit(),
                                other.admin->authorizer(), other.admin->clock());
        REQUIRE(client
                    .enroll(other.admin->session(), central.adminUrl(), QStringLiteral("窓口2"),
                            sync::DeviceKind::Counter)
                    .ok());
        makeNotes(*other.admin, 40);
        REQUIRE(client.push(other.admin->session()).ok());
    }
    // The welfare 受給者番号 series has no numbers left centrally.
    const QString exhausted = ledger::RecipientNumbers::blockKind(
        ledger::RecipientNumberKind::RecipientNumber, security::Scope::WelfareService);
    REQUIRE(central
                .scalar(QStringLiteral("INSERT INTO madoguchi.number_series (series, "
                                       "next_value) VALUES ('%1', 1000000) ON CONFLICT "
                                       "(series) DO UPDATE SET next_value = 1000000 "
                                       "RETURNING next_value")
                            .arg(exhausted))
                .toLongLong() == 1000000);

    test::Office office;
    enroll(office, central);
    test::createConflictNotes(office.admin->database().connection());
    sync::SyncEngine engine(office.admin->database(), office.admin->session(), office.clock);
    engine.setInterval(std::chrono::milliseconds(0));
    QList<qint64> received;
    QObject::connect(&engine, &sync::SyncEngine::receivedChanged,
                     [&](qint64 count) { received.append(count); });
    std::optional<QString> finished;
    sync::SyncSummary summary;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished,
                     [&](const sync::SyncSummary& result, const QString& error) {
                         summary = result;
                         finished = error;
                     });
    engine.start();
    REQUIRE(waitFor([&] { return engine.status().known; }));
    REQUIRE(engine.syncNow());
    REQUIRE(waitFor([&] { return finished.has_value(); }));
    INFO(finished->toStdString());
    CHECK(finished->isEmpty());
    CHECK(summary.pulled >= 40);
    REQUIRE_FALSE(received.isEmpty());
    CHECK(received.last() == summary.pulled);
    for (int i = 1; i < received.size(); ++i)
        CHECK(received.at(i) > received.at(i - 1));
    // The sync worked; the exhausted series is a warning of its own, not an error.
    CHECK(engine.status().error.isEmpty());
    REQUIRE(engine.status().warnings.size() == 1);
    CHECK(engine.status().warnings.first().contains(QStringLiteral("受給者番号")));
    engine.stop();
}
