// SPDX-License-Identifier: GPL-3.0-or-later
// Sync by file: a package written on a device without network, read at the office (the owner's
// URL), and the office's reply read back on the device (core/sync/SyncPackage*).
#include "CliCommands.h"
#include "CliSupport.h"
#include "sync/SyncPackage.h"
#include "sync/SyncPackageOffice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace madoguchi::cli {

namespace {

sync::SyncPackage packagesOf(SignedIn& workspace)
{
    return sync::SyncPackage(workspace->database(), workspace->audit(), workspace->authorizer(),
                             workspace->clock());
}

} // namespace

int CliCommands::syncExportPackage(const CliContext& context)
{
    if (context.outPath.isEmpty())
        return fail(ExitUsage, tr("sync export-package needs --out FILE, the package to write."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto written = packagesOf(workspace).writePackage(workspace.session(), context.outPath);
    if (!written)
        return fail(written.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("package_seq"), written->packageSeq},
                              {QStringLiteral("changes"), written->changes},
                              {QStringLiteral("file"), context.outPath}});
    } else {
        out() << tr("Wrote sync package %1 with %n change(s) to %2. Take it to the office; the "
                    "changes stay marked as not sent until the reply is read.",
                    nullptr, written->changes)
                     .arg(written->packageSeq)
                     .arg(context.outPath)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::syncImportPackage(const CliContext& context)
{
    if (context.url.isEmpty())
        return fail(ExitUsage, tr("sync import-package needs --url postgresql://USER@HOST:PORT/"
                                  "DATABASE, the central store's owner URL."));
    if (context.inPath.isEmpty() || context.outPath.isEmpty())
        return fail(ExitUsage, tr("sync import-package needs --in FILE (the device's package) "
                                  "and --out FILE (the reply to write)."));
    auto url = sync::CentralUrl::parse(context.url);
    if (!url)
        return fail(url.error());
    if (url->password.isEmpty())
        url->password = qEnvironmentVariable("MADOGUCHI_CENTRAL_PASSWORD");
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    sync::SyncPackageOffice office(workspace->audit(), workspace->authorizer(), workspace->clock());
    auto imported =
        office.importPackage(workspace.session(), url.value(), context.inPath, context.outPath);
    if (!imported)
        return fail(imported.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("device_id"), imported->deviceId},
                              {QStringLiteral("package_seq"), imported->packageSeq},
                              {QStringLiteral("received"), imported->received},
                              {QStringLiteral("new"), imported->newChanges},
                              {QStringLiteral("high_water"), imported->highWater},
                              {QStringLiteral("reply_changes"), imported->replyChanges},
                              {QStringLiteral("blocks"), imported->blocks},
                              {QStringLiteral("complete"), imported->complete}});
    } else {
        out() << tr("Read package %1 of device %2: %3 changes, %4 of them new. Wrote the reply "
                    "with %5 changes and %6 number blocks to %7.")
                     .arg(imported->packageSeq)
                     .arg(imported->deviceId)
                     .arg(imported->received)
                     .arg(imported->newChanges)
                     .arg(imported->replyChanges)
                     .arg(imported->blocks)
                     .arg(context.outPath)
              << '\n';
        if (!imported->complete)
            out() << tr("The reply could not hold every change; the device receives the rest "
                        "with its next package or online sync.")
                  << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::syncImportReply(const CliContext& context)
{
    if (context.inPath.isEmpty())
        return fail(ExitUsage, tr("sync import-reply needs --in FILE, the reply from the office."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto read = packagesOf(workspace).readReply(workspace.session(), context.inPath);
    if (!read)
        return fail(read.error());
    if (context.json) {
        printJson(QJsonObject{
            {QStringLiteral("package_seq"), read->packageSeq},
            {QStringLiteral("acknowledged"), read->acknowledged},
            {QStringLiteral("received"), read->changes},
            {QStringLiteral("conflicts"), read->conflicts},
            {QStringLiteral("blocks_leased"), read->blocksLeased},
            {QStringLiteral("block_problems"), QJsonArray::fromStringList(read->blockProblems)}});
    } else {
        out() << tr("Read the reply to package %1: %2 changes confirmed as sent, %3 received, "
                    "%4 conflicts waiting to be resolved.")
                     .arg(read->packageSeq)
                     .arg(read->acknowledged)
                     .arg(read->changes)
                     .arg(read->conflicts)
              << '\n';
        if (read->blocksLeased > 0)
            out() << tr("Recorded %n new block(s) of numbers.", nullptr, read->blocksLeased)
                  << '\n';
        out().flush();
    }
    QTextStream errors(stderr);
    for (const QString& problem : std::as_const(read->blockProblems))
        errors << QStringLiteral("madoguchi-cli: ") << problem << '\n';
    return ExitOk;
}

} // namespace madoguchi::cli
