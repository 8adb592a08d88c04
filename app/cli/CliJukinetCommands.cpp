// SPDX-License-Identifier: GPL-3.0-or-later
// Merges of two records of one person, "My Number not provided", and 住基ネット inquiries.
#include "CliCommands.h"
#include "CliSupport.h"
#include "jukinet/JukinetFile.h"
#include "jukinet/JukinetInquiry.h"
#include "jukinet/JukinetService.h"
#include "mynumber/MyNumberService.h"
#include "registry/PersonRegistry.h"
#include "security/Authorizer.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace madoguchi::cli {

namespace {

const QStringList kItems{QStringLiteral("name"), QStringLiteral("address"),
                         QStringLiteral("birth_date"), QStringLiteral("sex")};
const QStringList kStates{QStringLiteral("queued"), QStringLiteral("exported"),
                          QStringLiteral("answered"), QStringLiteral("no_match")};

struct PersonRef
{
    QString id;
    QString atenaNumber;
    QString mergedInto;
};

/// The person a command names by id or by 宛名番号. Only ids go into messages: what was typed
/// may be anything. Callers check the command's permission first, so the answer tells nobody
/// without it whether a record exists.
Result<PersonRef> findPerson(Workspace& workspace, const QString& text, const QString& what)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral(
        "SELECT id, atena_number, merged_into FROM person WHERE id = ? OR atena_number = ?"));
    query.addBindValue(text.trimmed());
    query.addBindValue(text.trimmed());
    if (!query.exec())
        return Error{ErrorCode::Sql, CliCommands::tr("The person could not be read.")};
    if (!query.next())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("No person has the id or 宛名番号 given as %1.").arg(what)};
    return PersonRef{query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString()};
}

/// findPerson() for work on one living record: a merged one names the record to use instead.
Result<PersonRef> findCurrentPerson(Workspace& workspace, const QString& text)
{
    auto found = findPerson(workspace, text, QStringLiteral("--person"));
    if (found && !found->mergedInto.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("The record %1 was merged into %2; use that one.")
                         .arg(found->id, found->mergedInto)};
    return found;
}

Status require(SignedIn& workspace, const char* permission)
{
    return workspace->authorizer().require(workspace.session(), QString::fromLatin1(permission));
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int CliCommands::personMerge(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status allowed = require(workspace, "person.merge"); !allowed)
        return fail(allowed.error());
    auto survivor =
        findPerson(workspace.workspace(), context.arguments.at(2), QStringLiteral("SURVIVOR"));
    if (!survivor)
        return fail(survivor.error());
    auto merged =
        findPerson(workspace.workspace(), context.arguments.at(3), QStringLiteral("MERGED"));
    if (!merged)
        return fail(merged.error());

    registry::PersonRegistry registry(workspace->database().connection(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    if (Status done = registry.merge(workspace.session(), survivor->id, merged->id); !done)
        return fail(done.code() == ErrorCode::NotFound ? ExitUsage : exitCodeFor(done.code()),
                    done.message());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("merged"), true},
                              {QStringLiteral("survivor_id"), survivor->id},
                              {QStringLiteral("survivor_atena_number"), survivor->atenaNumber},
                              {QStringLiteral("merged_id"), merged->id},
                              {QStringLiteral("merged_atena_number"), merged->atenaNumber}});
    } else {
        out() << tr("Merged the record %1 (宛名番号 %2) into %3 (宛名番号 %4), which remains.")
                     .arg(merged->id, merged->atenaNumber, survivor->id, survivor->atenaNumber)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::myNumberNotProvided(const CliContext& context)
{
    if (context.person.isEmpty())
        return fail(ExitUsage, tr("mynumber not-provided needs --person ID (or 宛名番号)."));
    QStringList codes;
    for (const mynumber::Choice& choice : mynumber::MyNumberService::notProvidedReasons())
        codes << choice.code;
    if (!codes.contains(context.reason))
        return fail(ExitUsage, tr("mynumber not-provided needs --reason, one of: %1.")
                                   .arg(codes.join(QStringLiteral(", "))));

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status allowed = require(workspace, "person.edit"); !allowed)
        return fail(allowed.error());
    auto person = findCurrentPerson(workspace.workspace(), context.person);
    if (!person)
        return fail(person.error());
    mynumber::MyNumberService numbers(workspace->database(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    if (Status recorded =
            numbers.recordNotProvided(workspace.session(), person->id, context.reason);
        !recorded)
        return fail(recorded.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("person_id"), person->id},
                              {QStringLiteral("not_provided_reason"), context.reason}});
    } else {
        out() << tr("Recorded that the person %1 did not provide the My Number (%2).")
                     .arg(person->id, context.reason)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::jukinetRequest(const CliContext& context)
{
    if (context.person.isEmpty())
        return fail(ExitUsage, tr("jukinet request needs --person ID (or 宛名番号)."));
    QStringList items;
    for (const QString& item : context.items.split(u',', Qt::SkipEmptyParts)) {
        const QString code = item.trimmed();
        if (!kItems.contains(code))
            return fail(ExitUsage, tr("--items takes a comma-separated list of: %1.")
                                       .arg(kItems.join(QStringLiteral(", "))));
        if (!items.contains(code))
            items << code;
    }
    // The assessment's rule, checked by core before anything else (and before signing in).
    const auto wanted = [&items](const char* item) {
        return items.contains(QString::fromLatin1(item));
    };
    jukinet::JukinetInquiry shape;
    shape.name = wanted("name") ? QStringLiteral("-") : QString();
    shape.address = wanted("address") ? QStringLiteral("-") : QString();
    shape.birthDate = wanted("birth_date") ? QDate(2000, 1, 1) : QDate();
    shape.sex = wanted("sex") ? QStringLiteral("male") : QString();
    if (Status rule = jukinet::InquiryRule::check(shape); !rule)
        return fail(ExitUsage, rule.message());

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status allowed = require(workspace, "person.edit"); !allowed)
        return fail(allowed.error());
    auto person = findCurrentPerson(workspace.workspace(), context.person);
    if (!person)
        return fail(person.error());
    // What is sent is what the registry holds: the 住民票 name, the current address.
    registry::PersonRegistry registry(workspace->database().connection(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    auto record = registry.get(workspace.session(), person->id);
    if (!record)
        return fail(record.error());
    jukinet::JukinetInquiry inquiry;
    inquiry.personId = person->id;
    if (wanted("name"))
        inquiry.name = record->person.fullName();
    if (wanted("address")) {
        if (!record->currentAddress)
            return fail(ExitUsage,
                        tr("The person %1 has no current address on record.").arg(person->id));
        inquiry.address = record->currentAddress->address;
    }
    if (wanted("birth_date"))
        inquiry.birthDate = record->person.birthDate;
    if (wanted("sex"))
        inquiry.sex = record->person.sex;

    mynumber::MyNumberService numbers(workspace->database(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    jukinet::JukinetService service(workspace->database(), workspace->audit(),
                                    workspace->authorizer(), numbers, workspace->clock());
    auto requestId = service.request(workspace.session(), inquiry);
    if (!requestId)
        return fail(requestId.code() == ErrorCode::NotFound ? ExitUsage
                                                            : exitCodeFor(requestId.code()),
                    requestId.message());
    const QString itemsCode = jukinet::InquiryRule::itemsCode(inquiry);
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("request_id"), requestId.value()},
                              {QStringLiteral("person_id"), person->id},
                              {QStringLiteral("items"), itemsCode},
                              {QStringLiteral("state"), QStringLiteral("queued")}});
    } else {
        out() << tr("Queued the 住基ネット inquiry %1 for the person %2 (items: %3).")
                     .arg(requestId.value(), person->id, itemsCode)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::jukinetList(const CliContext& context)
{
    if (!context.state.isEmpty() && !kStates.contains(context.state))
        return fail(ExitUsage,
                    tr("--state takes one of: %1.").arg(kStates.join(QStringLiteral(", "))));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    mynumber::MyNumberService numbers(workspace->database(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    jukinet::JukinetService service(workspace->database(), workspace->audit(),
                                    workspace->authorizer(), numbers, workspace->clock());
    auto requests = service.requests(workspace.session(), context.state);
    if (!requests)
        return fail(requests.error());
    // Ids, items and states only: the 4情報 sent are in the batch file and the person's record.
    if (context.json) {
        QJsonArray array;
        for (const jukinet::JukinetRequest& request : std::as_const(requests.value()))
            array.append(QJsonObject{{QStringLiteral("request_id"), request.id},
                                     {QStringLiteral("person_id"), request.personId},
                                     {QStringLiteral("items"), request.items},
                                     {QStringLiteral("state"), request.state},
                                     {QStringLiteral("batch_id"), request.batchId},
                                     {QStringLiteral("created_at"), request.createdAt},
                                     {QStringLiteral("answered_at"), request.answeredAt}});
        printJson(array);
    } else if (requests->isEmpty()) {
        out() << tr("No inquiry requests.") << '\n';
        out().flush();
    } else {
        QList<QStringList> rows{{tr("REQUEST ID"), tr("PERSON ID"), tr("STATE"), tr("BATCH ID"),
                                 tr("CREATED (UTC)"), tr("ITEMS")}};
        for (const jukinet::JukinetRequest& request : std::as_const(requests.value()))
            rows << QStringList{request.id,
                                request.personId,
                                request.state,
                                request.batchId.isEmpty() ? QStringLiteral("-") : request.batchId,
                                request.createdAt.left(19),
                                request.items};
        printTable(rows);
    }
    return ExitOk;
}

int CliCommands::jukinetExport(const CliContext& context)
{
    if (context.filePath.isEmpty())
        return fail(ExitUsage, tr("jukinet export needs --file FILE, the batch file to write."));
    // A batch file is never overwritten: the one there may not have been keyed in yet.
    if (QFileInfo::exists(context.filePath))
        return fail(
            ExitUsage,
            tr("%1 exists already; choose a new file name.").arg(nativePath(context.filePath)));

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    mynumber::MyNumberService numbers(workspace->database(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    jukinet::JukinetService service(workspace->database(), workspace->audit(),
                                    workspace->authorizer(), numbers, workspace->clock());

    // The requests count as sent only if the file is really there: the export's savepoint is
    // committed after the file.
    store::Transaction transaction(workspace->database().connection());
    if (!transaction.isActive())
        return fail(ExitIntegrity, tr("The batch could not be started."));
    // Owner-only: it holds names, addresses and dates of birth.
    QSaveFile file(context.filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            ExitUsage,
            tr("Cannot write %1: %2").arg(nativePath(context.filePath), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto batch = service.exportBatch(workspace.session(), file);
    if (!batch) {
        file.cancelWriting();
        return fail(batch.error());
    }
    if (!file.commit())
        return fail(ExitIntegrity, tr("Cannot write %1: %2; no request was marked as sent.")
                                       .arg(nativePath(context.filePath), file.errorString()));
    if (!transaction.commit()) {
        QFile::remove(context.filePath);
        return fail(ExitIntegrity, tr("The batch could not be saved; the file was removed."));
    }
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("batch_id"), batch->batchId},
                              {QStringLiteral("requests"), batch->requests},
                              {QStringLiteral("file"), nativePath(context.filePath)}});
    } else {
        out() << tr("Wrote the batch %1 with %n request(s) to %2.", nullptr, batch->requests)
                     .arg(batch->batchId, nativePath(context.filePath))
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::jukinetImport(const CliContext& context)
{
    if (context.filePath.isEmpty())
        return fail(ExitUsage, tr("jukinet import needs --file FILE, the result file to read."));
    QFile file(context.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitUsage,
                    tr("Cannot read %1: %2").arg(nativePath(context.filePath), file.errorString()));

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    mynumber::MyNumberService numbers(workspace->database(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    jukinet::JukinetService service(workspace->database(), workspace->audit(),
                                    workspace->authorizer(), numbers, workspace->clock());
    auto summary = service.importResults(workspace.session(), file);
    if (!summary)
        return fail(exitCodeFor(summary.code()),
                    tr("%1: %2").arg(nativePath(context.filePath), summary.message()));
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("batch_id"), summary->batchId},
                              {QStringLiteral("answered"), summary->answered},
                              {QStringLiteral("no_match"), summary->noMatch}});
    } else {
        out() << tr("Imported results of the batch %1:").arg(summary->batchId) << u' '
              << tr("%n My Number(s) recorded,", nullptr, summary->answered) << u' '
              << tr("%n without a match.", nullptr, summary->noMatch) << '\n';
        out().flush();
    }
    return ExitOk;
}

} // namespace madoguchi::cli
