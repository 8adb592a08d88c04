// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockBench.h"

#include "BenchSupport.h"
#include "security/KeySlotFile.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace madoguchi::bench {

namespace {

bool firstQuery(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next() &&
        query.value(0).toInt() > 0)
        return true;
    *error = QStringLiteral("first query: ") + query.lastError().text();
    return false;
}

} // namespace

UnlockResult runUnlockBench(const QString& directory, int runs)
{
    const QString path = directory + QStringLiteral("/unlock.db");
    const QString login = QStringLiteral("admin");
    const security::SecureBuffer password =
        security::SecureBuffer::fromUtf8(u"bench-password-not-secret");
    const security::KdfParams kdf = security::KdfParams::moderate();

    UnlockResult result;
    result.kdfDescription = QStringLiteral("Argon2id moderate: opslimit %1, memlimit %2 MiB")
                                .arg(kdf.opsLimit)
                                .arg(kdf.memLimitBytes / (1024 * 1024));

    QElapsedTimer timer;
    timer.start();
    {
        auto created = store::Database::create(path, login, password, kdf);
        if (!created) {
            result.error = QStringLiteral("create: ") + created.message();
            return result;
        }
        created->database->close();
    }
    result.createMs = elapsedMs(timer);

    for (int i = 0; i < runs; ++i) {
        UnlockRun run;
        timer.restart();
        {
            auto opened = store::Database::open(path, login, password);
            if (!opened) {
                result.error = QStringLiteral("open: ") + opened.message();
                return result;
            }
            if (!firstQuery(opened.value()->connection(), &result.error))
                return result;
            run.openMs = elapsedMs(timer);
            opened.value()->close();
        }

        timer.restart();
        auto unlocked = store::Database::unlock(path, login, password);
        if (!unlocked) {
            result.error = QStringLiteral("unlock: ") + unlocked.message();
            return result;
        }
        run.unlockMs = elapsedMs(timer);

        timer.restart();
        {
            auto opened = store::Database::open(std::move(unlocked).value());
            if (!opened) {
                result.error = QStringLiteral("open unlocked: ") + opened.message();
                return result;
            }
            if (!firstQuery(opened.value()->connection(), &result.error))
                return result;
            run.stepTwoMs = elapsedMs(timer);
            opened.value()->close();
        }
        result.runs << run;
    }
    result.ok = true;
    return result;
}

} // namespace madoguchi::bench
