// SPDX-License-Identifier: GPL-3.0-or-later
// The central store: schema migration, device enrolment and revocation, and one sync.
#include "CliCommands.h"
#include "CliSupport.h"
#include "sync/CentralConnection.h"
#include "sync/CentralMigrator.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace madoguchi::cli {

namespace {

/// --url, with the password from MADOGUCHI_CENTRAL_PASSWORD when the URL has none (so it need
/// not stand on the command line). A bad URL is a usage error; the message never quotes it.
Result<sync::CentralUrl> centralUrl(const CliContext& context, const char* command)
{
    if (context.url.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("%1 needs --url postgresql://USER@HOST:PORT/DATABASE.")
                         .arg(QString::fromLatin1(command))};
    auto url = sync::CentralUrl::parse(context.url);
    if (!url)
        return url.error();
    if (url->password.isEmpty())
        url->password = qEnvironmentVariable("MADOGUCHI_CENTRAL_PASSWORD");
    return url;
}

sync::SyncClient clientOf(SignedIn& workspace)
{
    return sync::SyncClient(workspace->database(), workspace->audit(), workspace->authorizer(),
                            workspace->clock());
}

} // namespace

int CliCommands::centralMigrate(const CliContext& context)
{
    auto url = centralUrl(context, "central migrate");
    if (!url)
        return fail(url.error());
    auto migrator = sync::CentralMigrator::builtIn();
    if (!migrator)
        return fail(migrator.error());
    auto connection = sync::CentralConnection::open(url.value());
    if (!connection)
        return fail(connection.error());
    const auto before = sync::CentralMigrator::currentVersion(connection.value()->db());
    if (!before)
        return fail(before.error());
    auto migrated = migrator->migrate(connection.value()->db());
    if (!migrated)
        return fail(migrated.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("from_version"), before.value()},
                              {QStringLiteral("version"), migrated.value()}});
    } else if (migrated.value() == before.value()) {
        out() << tr("The central store %1 is up to date (schema %2).")
                     .arg(url->redacted())
                     .arg(migrated.value())
              << '\n';
    } else {
        out() << tr("Updated the central store %1 from schema %2 to %3.")
                     .arg(url->redacted())
                     .arg(before.value())
                     .arg(migrated.value())
              << '\n';
    }
    out().flush();
    return ExitOk;
}

int CliCommands::deviceEnroll(const CliContext& context)
{
    auto url = centralUrl(context, "device enroll");
    if (!url)
        return fail(url.error());
    sync::DeviceKind kind;
    if (!sync::deviceKindFromCode(context.kind, &kind))
        return fail(ExitUsage, tr("device enroll needs --kind counter or --kind outreach."));
    if (context.displayName.trimmed().isEmpty())
        return fail(ExitUsage, tr("device enroll needs --name NAME, the device's name."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto client = clientOf(workspace);
    auto enrolled = client.enroll(workspace.session(), url.value(), context.displayName, kind);
    if (!enrolled)
        return fail(enrolled.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("device_id"), enrolled->deviceId},
                              {QStringLiteral("name"), enrolled->deviceName},
                              {QStringLiteral("kind"), sync::deviceKindCode(enrolled->kind)},
                              {QStringLiteral("role"), enrolled->roleName},
                              {QStringLiteral("central_url"), enrolled->centralUrl}});
    } else {
        out() << tr("Enrolled this device as %1 (%2, id %3) with the central store %4.")
                     .arg(enrolled->deviceName, sync::deviceKindCode(enrolled->kind),
                          enrolled->deviceId, url->redacted())
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::deviceRevoke(const CliContext& context)
{
    auto url = centralUrl(context, "device revoke");
    if (!url)
        return fail(url.error());
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto client = clientOf(workspace);
    const QString deviceId = context.arguments.value(2);
    if (Status revoked = client.revoke(workspace.session(), url.value(), deviceId); !revoked)
        return fail(revoked.code() == ErrorCode::NotFound ? ExitUsage : exitCodeFor(revoked.code()),
                    revoked.message());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("revoked"), deviceId}});
    } else {
        out() << tr("Revoked the device %1: its next sync is refused.").arg(deviceId) << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::syncRun(const CliContext& context)
{
    std::optional<sync::CentralUrl> server;
    if (!context.url.isEmpty()) {
        auto url = sync::CentralUrl::parse(context.url);
        if (!url)
            return fail(url.error());
        server = url.value();
    }
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto client = clientOf(workspace);
    auto summary = client.run(workspace.session(), server);
    if (!summary)
        return fail(summary.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("pushed"), summary->pushed},
                              {QStringLiteral("pulled"), summary->pulled},
                              {QStringLiteral("conflicts"), summary->conflicts},
                              {QStringLiteral("blocks_leased"), summary->blocksLeased},
                              {QStringLiteral("block_problems"),
                               QJsonArray::fromStringList(summary->blockProblems)}});
    } else {
        out() << tr("Synchronized: %1 changes sent, %2 received, %3 conflicts waiting to be "
                    "resolved.")
                     .arg(summary->pushed)
                     .arg(summary->pulled)
                     .arg(summary->conflicts)
              << '\n';
        if (summary->blocksLeased > 0)
            out() << tr("Leased %n new block(s) of numbers from the central store.", nullptr,
                        summary->blocksLeased)
                  << '\n';
        out().flush();
    }
    // A series the central store can no longer serve is for an administrator to see.
    QTextStream errors(stderr);
    for (const QString& problem : std::as_const(summary->blockProblems))
        errors << QStringLiteral("madoguchi-cli: ") << problem << '\n';
    return ExitOk;
}

} // namespace madoguchi::cli
