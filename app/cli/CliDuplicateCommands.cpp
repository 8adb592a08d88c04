// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate candidates across devices: list them, settle each by a merge or "not the same person".
#include "CliCommands.h"
#include "CliSupport.h"
#include "registry/DuplicateCandidates.h"
#include "security/Authorizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace madoguchi::cli {

namespace {

QJsonObject personJson(const registry::PersonSummary& person)
{
    return QJsonObject{{QStringLiteral("person_id"), person.id},
                       {QStringLiteral("atena_number"), person.atenaNumber},
                       {QStringLiteral("name"), person.fullName()},
                       {QStringLiteral("kana"), person.fullKana()},
                       {QStringLiteral("birth_date"), person.birthDate.toString(Qt::ISODate)}};
}

registry::DuplicateCandidates candidatesOf(SignedIn& workspace)
{
    return registry::DuplicateCandidates(workspace->database().connection(), workspace->audit(),
                                         workspace->authorizer(), workspace->clock());
}

/// The person --keep names: an id, or a 宛名番号 (only ids go into messages).
Result<QString> keptPerson(Workspace& workspace, const QString& text)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM person WHERE id = ? OR atena_number = ?"));
    query.addBindValue(text);
    query.addBindValue(text);
    if (!query.exec())
        return Error{ErrorCode::Sql, CliCommands::tr("The person could not be read.")};
    if (!query.next())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("No person has the id or 宛名番号 given as --keep.")};
    return query.value(0).toString();
}

} // namespace

int CliCommands::personDuplicates(const CliContext& context)
{
    const QStringList& args = context.arguments;
    const QString action = args.value(2);
    if (!(args.size() == 2 || (args.size() == 4 && (action == u"dismiss" || action == u"merge"))))
        return fail(ExitUsage, tr("Usage: person duplicates [--json], person duplicates dismiss "
                                  "ID, person duplicates merge ID --keep PERSON."));
    if (action == u"merge" && context.keep.isEmpty())
        return fail(ExitUsage, tr("person duplicates merge needs --keep PERSON: the id or "
                                  "宛名番号 of the record that remains."));

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    registry::DuplicateCandidates candidates = candidatesOf(workspace);

    if (args.size() == 2) {
        auto pairs = candidates.list(workspace.session());
        if (!pairs)
            return fail(pairs.error());
        if (context.json) {
            QJsonArray array;
            for (const registry::DuplicatePair& pair : std::as_const(pairs.value()))
                array.append(QJsonObject{{QStringLiteral("id"), pair.id},
                                         {QStringLiteral("reason"),
                                          registry::DuplicateCandidates::reasonCode(pair.reason)},
                                         {QStringLiteral("detected_at"), pair.detectedAt},
                                         {QStringLiteral("first"), personJson(pair.first)},
                                         {QStringLiteral("second"), personJson(pair.second)}});
            printJson(array);
            return ExitOk;
        }
        if (pairs->isEmpty()) {
            out() << tr("No duplicate candidates are waiting.") << '\n';
            out().flush();
            return ExitOk;
        }
        QList<QStringList> rows{{tr("Candidate"), tr("Reason"), tr("宛名番号"), tr("Name"),
                                 tr("Date of birth"), tr("宛名番号"), tr("Name"),
                                 tr("Date of birth")}};
        for (const registry::DuplicatePair& pair : std::as_const(pairs.value()))
            rows << QStringList{pair.id,
                                registry::DuplicateCandidates::reasonLabel(pair.reason),
                                pair.first.atenaNumber,
                                pair.first.fullName(),
                                pair.first.birthDate.toString(Qt::ISODate),
                                pair.second.atenaNumber,
                                pair.second.fullName(),
                                pair.second.birthDate.toString(Qt::ISODate)};
        printTable(rows);
        out().flush();
        return ExitOk;
    }

    const QString id = args.at(3);
    if (action == u"dismiss") {
        if (Status done = candidates.dismiss(workspace.session(), id); !done)
            return fail(done.code() == ErrorCode::NotFound ? ExitUsage : exitCodeFor(done.code()),
                        done.message());
        if (context.json)
            printJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("state"), QStringLiteral("dismissed")}});
        else
            out() << tr("Recorded that the two records of candidate %1 are not the same person.")
                         .arg(id)
                  << '\n';
        out().flush();
        return ExitOk;
    }

    if (Status allowed =
            workspace->authorizer().require(workspace.session(), QStringLiteral("person.merge"));
        !allowed)
        return fail(allowed.error());
    auto survivor = keptPerson(workspace.workspace(), context.keep);
    if (!survivor)
        return fail(ExitUsage, survivor.message());
    if (Status done = candidates.merge(workspace.session(), id, survivor.value()); !done)
        return fail(done.code() == ErrorCode::NotFound ? ExitUsage : exitCodeFor(done.code()),
                    done.message());
    if (context.json)
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("state"), QStringLiteral("merged")},
                              {QStringLiteral("survivor_id"), survivor.value()}});
    else
        out() << tr("Merged the records of candidate %1; %2 remains.").arg(id, survivor.value())
              << '\n';
    out().flush();
    return ExitOk;
}

} // namespace madoguchi::cli
