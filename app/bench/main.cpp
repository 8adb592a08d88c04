// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-bench: what SQLCipher costs on our workload, and how long unlocking takes.
// Exit code: 0 when keyed/plain is within the target, 1 when it is not, 2 when the bench failed.
#include "BenchSupport.h"
#include "DocumentBench.h"
#include "SearchBench.h"
#include "SyncBench.h"
#include "UnlockBench.h"
#include "WorkloadBench.h"
#include "security/SecureBuffer.h"
#include "store/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::bench;

namespace {

constexpr double kRatioTarget = 1.3;

QString phaseLine(const QString& label, const PhaseTimes& times)
{
    return label + QStringLiteral("  insert ") + ms(times.insertMs) +
           QStringLiteral(" ms  lookup ") + ms(times.lookupMs) + QStringLiteral(" ms  scan ") +
           ms(times.scanMs) + QStringLiteral(" ms  total ") + ms(times.totalMs()) +
           QStringLiteral(" ms  (cpu ") + ms(times.cpuMs, 0) + QStringLiteral(" ms)");
}

PhaseTimes medianTimes(const QList<PhaseTimes>& runs)
{
    QList<double> insert, lookup, scan, cpu;
    for (const PhaseTimes& run : runs) {
        insert << run.insertMs;
        lookup << run.lookupMs;
        scan << run.scanMs;
        cpu << run.cpuMs;
    }
    return {median(insert), median(lookup), median(scan), median(cpu)};
}

QString unlockLine(const QString& label, const UnlockRun& run)
{
    return label + QStringLiteral("Database::open(path, login, password) + query ") +
           ms(run.openMs) + QStringLiteral(" ms | Database::unlock (Argon2id) ") +
           ms(run.unlockMs) + QStringLiteral(" ms | Database::open(UnlockedKey) + query ") +
           ms(run.stepTwoMs) + QStringLiteral(" ms");
}

double medianTotal(const QList<PhaseTimes>& runs)
{
    QList<double> totals;
    for (const PhaseTimes& run : runs)
        totals << run.totalMs();
    return median(totals);
}

// (e) Sync (issue #7): push and pull rates against COPY of the same rows.
int runSyncBenchAndPrint(const QString& directory)
{
    const SyncBenchResult sync =
        runSyncBench(directory, QStringLiteral(MADOGUCHI_PG_CLUSTER_SCRIPT));
    if (!sync.ok) {
        printError(QStringLiteral("sync bench failed: ") + sync.error);
        return 2;
    }
    const auto line = [](const char* what, int count, double seconds, double copySeconds) {
        const double rate = count / seconds;
        const double copyRate = count / copySeconds;
        return QStringLiteral("sync: %1 %2 changes in %3 s = %4 changes/s | COPY %5 s = %6 rows/s "
                              "| ratio %7× COPY's time")
            .arg(QString::fromLatin1(what))
            .arg(count)
            .arg(seconds, 0, 'f', 2)
            .arg(rate, 0, 'f', 0)
            .arg(copySeconds, 0, 'f', 2)
            .arg(copyRate, 0, 'f', 0)
            .arg(seconds / copySeconds, 0, 'f', 1);
    };
    printLine(line("push", sync.pushed, sync.pushSeconds, sync.pushCopySeconds));
    printLine(line("pull", sync.pulled, sync.pullSeconds, sync.pullCopySeconds));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication for the document bench (fonts, QPdfWriter); no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the QSQLCIPHER driver keyed against unkeyed on one workload, and database unlock."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Smoke run: 10,000 rows, 2,000 lookups, 1 run."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per mode; the median is reported."),
                                        QStringLiteral("n"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Rows per transaction (default 10000)."),
                                         QStringLiteral("rows"));
    const QCommandLineOption documentsOption(
        QStringLiteral("documents-only"),
        QStringLiteral("Only the document bench: 1,000 certificates to one PDF."));
    parser.addOption(quickOption);
    parser.addOption(documentsOption);
    const QCommandLineOption syncOption(
        QStringLiteral("sync"),
        QStringLiteral("Only the sync bench: push 10,000 and pull 100,000 changes against a "
                       "throwaway PostgreSQL 15 cluster, with COPY as the baseline."));
    parser.addOption(syncOption);
    parser.addOption(batchOption);
    parser.addOption(runsOption);
    parser.process(app);

    WorkloadConfig config;
    int runs = 3;
    if (parser.isSet(quickOption)) {
        config.rows = 10000;
        config.lookups = 2000;
        runs = 1;
    }
    if (parser.isSet(runsOption)) {
        bool ok = false;
        runs = parser.value(runsOption).toInt(&ok);
        if (!ok || runs < 1 || runs > 99) {
            printError(QStringLiteral("--runs takes a number from 1 to 99"));
            return 2;
        }
    }

    if (parser.isSet(batchOption)) {
        bool ok = false;
        config.batchSize = parser.value(batchOption).toInt(&ok);
        if (!ok || config.batchSize < 1) {
            printError(QStringLiteral("--batch takes a positive number of rows"));
            return 2;
        }
    }

    if (!security::initializeSodium()) {
        printError(QStringLiteral("libsodium could not be initialized"));
        return 2;
    }
    store::registerSqlCipherDriver();

    QTemporaryDir workDir;
    if (!workDir.isValid()) {
        printError(QStringLiteral("no temporary directory: ") + workDir.errorString());
        return 2;
    }

    printLine(QStringLiteral("madoguchi-bench %1: rows %2, batch %3, lookups %4, runs %5")
                  .arg(QCoreApplication::applicationVersion())
                  .arg(config.rows)
                  .arg(config.batchSize)
                  .arg(config.lookups)
                  .arg(runs));
    printLine(
        QStringLiteral("pragmas: page size 4096 (keyed: cipher_page_size), cache_size -65536, "
                       "journal_mode WAL, synchronous NORMAL; files in ") +
        QDir::toNativeSeparators(workDir.path()));

    // (d) Documents: 1,000 certificates to one PDF (issue 6's target: under 20 s).
    auto documentBench = [&]() -> int {
        const DocumentBenchResult documents = runDocumentBench(workDir.path(), 1000);
        if (!documents.ok) {
            printError(QStringLiteral("document bench failed: ") + documents.error);
            return 2;
        }
        const bool pass = documents.seconds < kDocumentTargetSeconds;
        printLine(
            QStringLiteral("documents: %1 real certificates to one PDF in %2 s (target < %3 s) %4; "
                           "file %5 MiB (setup, not timed: %6 s)")
                .arg(documents.documents)
                .arg(documents.seconds, 0, 'f', 2)
                .arg(kDocumentTargetSeconds, 0, 'f', 0)
                .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
                .arg(double(documents.fileBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(documents.setupSeconds, 0, 'f', 1));
        return pass ? 0 : 1;
    };
    if (parser.isSet(documentsOption))
        return documentBench();
    if (parser.isSet(syncOption))
        return runSyncBenchAndPrint(workDir.path());

    // (a) The same workload keyed and plain, modes interleaved so drift hits both alike.
    const WorkloadData data = WorkloadData::generate(config);
    QList<PhaseTimes> plainRuns, keyedRuns;
    QString engine;
    for (int run = 1; run <= runs; ++run) {
        for (const CipherMode mode : {CipherMode::Plain, CipherMode::Keyed}) {
            const QString runDir = workDir.filePath(QStringLiteral("run%1").arg(run));
            QDir().mkpath(runDir);
            const WorkloadRun result = runWorkload(runDir, mode, data, config);
            const QString name = cipherModeName(mode);
            if (!result.ok) {
                printError(QStringLiteral("workload %1 failed: %2").arg(name, result.error));
                return 2;
            }
            // A keyed file that starts with the SQLite header was written in clear text.
            if (result.fileHasPlainHeader != (mode == CipherMode::Plain)) {
                printError(QStringLiteral("workload %1: file header is %2, expected the opposite")
                               .arg(name, result.fileHasPlainHeader ? QStringLiteral("plain")
                                                                    : QStringLiteral("not plain")));
                return 2;
            }
            if (result.cipherVersion.isEmpty()) {
                printError(QStringLiteral("PRAGMA cipher_version returned nothing: not SQLCipher"));
                return 2;
            }
            engine = QStringLiteral("SQLCipher %1 on SQLite %2")
                         .arg(result.cipherVersion, result.sqliteVersion);
            (mode == CipherMode::Plain ? plainRuns : keyedRuns) << result.times;
            printLine(
                phaseLine(QStringLiteral("workload run %1 %2 ").arg(run).arg(name), result.times) +
                QStringLiteral("  file %1 MiB")
                    .arg(double(result.fileBytes) / (1024.0 * 1024.0), 0, 'f', 1));
            QDir(runDir).removeRecursively();
        }
    }
    printLine(QStringLiteral("engine: ") + engine + QStringLiteral(" (QSQLCIPHER driver)"));
    printLine(phaseLine(QStringLiteral("workload median plain"), medianTimes(plainRuns)));
    printLine(phaseLine(QStringLiteral("workload median keyed"), medianTimes(keyedRuns)));
    const double plainTotal = medianTotal(plainRuns);
    const double keyedTotal = medianTotal(keyedRuns);
    const double cpuRatio = medianTimes(plainRuns).cpuMs > 0
                                ? medianTimes(keyedRuns).cpuMs / medianTimes(plainRuns).cpuMs
                                : 0.0;
    const double ratio = plainTotal > 0 ? keyedTotal / plainTotal : 0.0;
    const bool ratioPass = ratio > 0 && ratio <= kRatioTarget;
    const QString ratioText = QStringLiteral("%1 (target ≤ %2) %3")
                                  .arg(ratio, 0, 'f', 2)
                                  .arg(kRatioTarget, 0, 'f', 1)
                                  .arg(ratioPass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    printLine(QStringLiteral("workload median total: plain ") + ms(plainTotal, 0) +
              QStringLiteral(" ms, keyed ") + ms(keyedTotal, 0) +
              QStringLiteral(" ms; ratio keyed/plain ") + ratioText);
    printLine(QStringLiteral("workload cpu-time ratio keyed/plain (information) %1")
                  .arg(cpuRatio, 0, 'f', 2));

    // (b) Unlock with the production KDF cost.
    const UnlockResult unlock = runUnlockBench(workDir.path(), runs);
    if (!unlock.ok) {
        printError(QStringLiteral("unlock bench failed: ") + unlock.error);
        return 2;
    }
    printLine(QStringLiteral("unlock: ") + unlock.kdfDescription);
    printLine(QStringLiteral("unlock create (2x Argon2id + create + migrate) ") +
              ms(unlock.createMs, 0) + QStringLiteral(" ms"));
    QList<double> openTimes, unlockTimes, stepTwoTimes;
    for (qsizetype i = 0; i < unlock.runs.size(); ++i) {
        const UnlockRun& run = unlock.runs.at(i);
        openTimes << run.openMs;
        unlockTimes << run.unlockMs;
        stepTwoTimes << run.stepTwoMs;
        printLine(unlockLine(QStringLiteral("unlock run %1  ").arg(i + 1), run));
    }
    const UnlockRun medians{median(openTimes), median(unlockTimes), median(stepTwoTimes)};
    printLine(unlockLine(QStringLiteral("unlock median "), medians));

    // (c) Person search over 300,000 persons (issue 4's target: p95 under 20 ms).
    SearchBenchConfig searchConfig;
    if (parser.isSet(quickOption))
        searchConfig.persons = 20000;
    const SearchBenchResult search = runSearchBench(workDir.path(), searchConfig);
    if (!search.ok) {
        printError(QStringLiteral("search bench failed: ") + search.error);
        return 2;
    }
    printLine(QStringLiteral("search: %1 persons generated in %2 ms, file %3 MiB")
                  .arg(searchConfig.persons)
                  .arg(ms(search.generateMs, 0))
                  .arg(double(search.fileBytes) / (1024.0 * 1024.0), 0, 'f', 1));
    auto searchLine = [&](const SearchKindTimes& times) {
        return QStringLiteral("search %1 queries %2  p50 %3  p95 %4  max %5 ms  rows %6")
            .arg(times.kind, -12)
            .arg(times.queries)
            .arg(ms(times.p50))
            .arg(ms(times.p95))
            .arg(ms(times.max))
            .arg(times.meanRows, 0, 'f', 1);
    };
    for (const SearchKindTimes& kind : search.kinds)
        printLine(searchLine(kind));
    printLine(searchLine(search.all));
    const bool searchPass = search.all.p95 < kSearchP95TargetMs;
    printLine(QStringLiteral("search p95 %1 ms (target < %2 ms) %3; cpu %4 ms per search")
                  .arg(ms(search.all.p95))
                  .arg(kSearchP95TargetMs, 0, 'f', 0)
                  .arg(searchPass ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
                  .arg(search.cpuMsPerQuery, 0, 'f', 2));

    const int documentsExit = documentBench();
    if (documentsExit == 2)
        return 2;

    // The process must never have loaded Qt's QSQLITE plugin or the system libsqlite3.
    const bool foreignSqlite = isLibraryMapped(u"libqsqlite") || isLibraryMapped(u"libsqlite3.so");
    printLine(QStringLiteral("summary: keyed/plain ") + ratioText + QStringLiteral("; unlock ") +
              ms(medians.openMs, 0) + QStringLiteral(" ms (Argon2id ") + ms(medians.unlockMs, 0) +
              QStringLiteral(" ms); QSQLITE/libsqlite3 loaded: ") +
              (foreignSqlite ? QStringLiteral("YES") : QStringLiteral("no")));
    if (foreignSqlite)
        return 2;
    return ratioPass && searchPass && documentsExit == 0 ? 0 : 1;
}
