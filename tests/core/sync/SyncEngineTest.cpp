// SPDX-License-Identifier: GPL-3.0-or-later
// The background sync engine against the throwaway PostgreSQL cluster (label pg).
#include "sync/SyncEngine.h"
#include "../workspace/WorkspaceFixture.h"
#include "ConflictTestSupport.h"
#include "PgTestSupport.h"
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
