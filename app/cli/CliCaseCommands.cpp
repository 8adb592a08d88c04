// SPDX-License-Identifier: GPL-3.0-or-later
// Outreach data minimization: which cases (persons) an outreach device holds (the owner's URL,
// an administrator's action at the office).
#include "CliCommands.h"
#include "CliSupport.h"
#include "security/Authorizer.h"
#include "sync/CaseAssignments.h"
#include "sync/CentralConnection.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace madoguchi::cli {

namespace {

/// --url as in CliSyncCommands.cpp: the password from MADOGUCHI_CENTRAL_PASSWORD when the URL
/// has none. The message never quotes the URL.
Result<sync::CentralUrl> adminUrl(const CliContext& context, const char* command)
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

int usage(const char* command, bool withPerson)
{
    return fail(
        ExitUsage,
        withPerson
            ? CliCommands::tr("%1 needs --url URL --device ID --person ID.")
                  .arg(QString::fromLatin1(command))
            : CliCommands::tr("%1 needs --url URL --device ID.").arg(QString::fromLatin1(command)));
}

int failCase(const Error& error)
{
    return fail(error.code == ErrorCode::NotFound ? ExitUsage : exitCodeFor(error.code),
                error.message);
}

} // namespace

int CliCommands::deviceAssign(const CliContext& context)
{
    if (context.device.isEmpty() || context.person.isEmpty())
        return usage("device assign", true);
    auto url = adminUrl(context, "device assign");
    if (!url)
        return fail(url.error());
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    sync::CaseAssignments cases(workspace->audit(), workspace->authorizer());
    auto queued = cases.assign(workspace.session(), url.value(), context.device, context.person);
    if (!queued)
        return failCase(queued.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("device_id"), context.device},
                              {QStringLiteral("person_id"), context.person},
                              {QStringLiteral("rows_queued"), queued.value()}});
    } else if (queued.value() == 0) {
        out() << tr("The case %1 was assigned to the device %2 already.")
                     .arg(context.person, context.device)
              << '\n';
    } else {
        out() << tr("Assigned the case %1 to the device %2: %n record(s) reach it at its next "
                    "sync.",
                    nullptr, queued.value())
                     .arg(context.person, context.device)
              << '\n';
    }
    out().flush();
    return ExitOk;
}

int CliCommands::deviceUnassign(const CliContext& context)
{
    if (context.device.isEmpty() || context.person.isEmpty())
        return usage("device unassign", true);
    auto url = adminUrl(context, "device unassign");
    if (!url)
        return fail(url.error());
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    sync::CaseAssignments cases(workspace->audit(), workspace->authorizer());
    auto taken = cases.unassign(workspace.session(), url.value(), context.device, context.person);
    if (!taken)
        return failCase(taken.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("device_id"), context.device},
                              {QStringLiteral("person_id"), context.person},
                              {QStringLiteral("unassigned"), taken.value()}});
    } else if (!taken.value()) {
        out() << tr("The case %1 was not assigned to the device %2.")
                     .arg(context.person, context.device)
              << '\n';
    } else {
        out() << tr("Took the case %1 back from the device %2: the device removes its records "
                    "at its next sync.")
                     .arg(context.person, context.device)
              << '\n';
    }
    out().flush();
    return taken.value() ? ExitOk : ExitNegative;
}

int CliCommands::deviceCases(const CliContext& context)
{
    if (context.device.isEmpty())
        return usage("device cases", false);
    auto url = adminUrl(context, "device cases");
    if (!url)
        return fail(url.error());
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    sync::CaseAssignments cases(workspace->audit(), workspace->authorizer());
    auto listed = cases.list(workspace.session(), url.value(), context.device);
    if (!listed)
        return failCase(listed.error());
    if (context.json) {
        QJsonArray rows;
        for (const sync::CaseAssignment& assignment : listed.value())
            rows.append(QJsonObject{{QStringLiteral("person_id"), assignment.personId},
                                    {QStringLiteral("assigned_at"), assignment.assignedAt},
                                    {QStringLiteral("assigned_by"), assignment.assignedBy},
                                    {QStringLiteral("automatic"), assignment.automatic}});
        printJson(QJsonObject{{QStringLiteral("device_id"), context.device},
                              {QStringLiteral("cases"), rows}});
    } else if (listed->isEmpty()) {
        out() << tr("The device %1 holds no assigned cases.").arg(context.device) << '\n';
    } else {
        QList<QStringList> rows{{tr("Person"), tr("Assigned at"), tr("How")}};
        for (const sync::CaseAssignment& assignment : listed.value())
            rows.append({assignment.personId, assignment.assignedAt,
                         assignment.automatic ? tr("registered on the device")
                                              : tr("assigned by %1").arg(assignment.assignedBy)});
        printTable(rows);
    }
    out().flush();
    return ExitOk;
}

} // namespace madoguchi::cli
